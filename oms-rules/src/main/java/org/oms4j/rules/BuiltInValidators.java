package org.oms4j.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.Order;

/** The validators behind {@link OrderValidator}'s factories. */
final class BuiltInValidators {
  private BuiltInValidators() {}

  /** "PO Box 12", "P.O. Box", "Post Office Box", "Postfach 10 01", "Boîte postale", "BP 123", "GPO Box". */
  static final Pattern PO_BOX = Pattern.compile(
      "\\b(?:(?:g\\.?\\s*)?p\\.?\\s*o\\.?\\s*box|post\\s+office\\s+box|postfach|bo[iî]te\\s+postale|b\\.?p\\.?\\s*\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static OrderValidator address(AddressValidator addresses) {
    return order -> {
      AddressCheck check = addresses.check(order.draft().shipTo());
      return check.valid() ? List.of()
          : List.of(new Finding(HoldType.ADDRESS, "address", check.problem().orElse("address rejected")));
    };
  }

  static OrderValidator poBox(Set<ServiceLevel> undeliverable) {
    Set<ServiceLevel> levels = Set.copyOf(undeliverable);
    return order -> {
      Address to = order.draft().shipTo();
      if (!levels.contains(order.draft().serviceLevel())) {
        return List.of();
      }
      for (String line : to.lines()) {
        if (PO_BOX.matcher(line).find()) {
          return List.of(new Finding(HoldType.ADDRESS, "po-box",
              "ships " + order.draft().serviceLevel() + " to a PO box ('" + line + "'), which that service cannot "
                  + "deliver to"));
        }
      }
      return List.of();
    };
  }

  static OrderValidator paymentSecured() {
    return order -> order.paymentStatus().secured() ? List.of()
        : List.of(new Finding(HoldType.PAYMENT, "payment", "payment is " + order.paymentStatus()
            + ", not authorised or paid"));
  }

  static OrderValidator fraud(FraudScorer scorer, int threshold) {
    if (threshold < 0 || threshold > 100) {
      throw new InvalidInputException("threshold", threshold, "must be between 0 and 100");
    }
    return order -> {
      int score = scorer.score(order);
      return score > threshold
          ? List.of(new Finding(HoldType.FRAUD_REVIEW, "fraud-score",
              "fraud score " + score + " above the threshold " + threshold))
          : List.of();
    };
  }

  static OrderValidator highValue(Map<CurrencyUnit, MonetaryAmount> thresholds) {
    Map<CurrencyUnit, MonetaryAmount> limits = Map.copyOf(thresholds);
    for (Map.Entry<CurrencyUnit, MonetaryAmount> e : limits.entrySet()) {
      if (!e.getValue().getCurrency().equals(e.getKey())) {
        throw new InvalidInputException("thresholds[" + e.getKey() + "]", e.getValue(), "is in another currency");
      }
    }
    return order -> {
      MonetaryAmount limit = limits.get(order.currency());
      return limit != null && order.total().isGreaterThan(limit)
          ? List.of(new Finding(HoldType.MANUAL, "high-value",
              "order total " + order.total() + " above " + limit + ": manual review"))
          : List.of();
    };
  }
}
