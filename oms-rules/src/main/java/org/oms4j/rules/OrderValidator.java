package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.Order;

/** Checks an order and says why it should be held, if it should. Implementations must be thread-safe. */
@FunctionalInterface
public interface OrderValidator {
  /** The findings for an order; empty when it may go on. */
  List<Finding> check(Order order);

  /** Holds ({@link HoldType#ADDRESS}) orders whose ship-to address the validator rejects. */
  static OrderValidator address(AddressValidator addresses) {
    return BuiltInValidators.address(requireNonNull(addresses, "addresses"));
  }

  /**
   * Holds ({@link HoldType#ADDRESS}) orders shipping to a PO box with a service level that
   * cannot deliver there (e.g. couriers for next-day).
   */
  static OrderValidator poBox(Set<ServiceLevel> undeliverable) {
    return BuiltInValidators.poBox(undeliverable);
  }

  /** Holds ({@link HoldType#PAYMENT}) orders whose payment is not authorised or captured. */
  static OrderValidator paymentSecured() {
    return BuiltInValidators.paymentSecured();
  }

  /**
   * Holds ({@link HoldType#FRAUD_REVIEW}) orders the scorer rates above {@code threshold}.
   *
   * @throws InvalidInputException if the threshold is not between 0 and 100
   */
  static OrderValidator fraud(FraudScorer scorer, int threshold) {
    return BuiltInValidators.fraud(requireNonNull(scorer, "scorer"), threshold);
  }

  /**
   * Holds ({@link HoldType#MANUAL}) orders whose total is above the threshold of their
   * currency, for a person to review; currencies without a threshold pass.
   *
   * @throws InvalidInputException if a threshold is in another currency than its key
   */
  static OrderValidator highValue(Map<CurrencyUnit, MonetaryAmount> thresholds) {
    return BuiltInValidators.highValue(thresholds);
  }

  /**
   * Holds orders that match {@code when}, e.g. "B2B customers over 10,000.00 EUR need a credit check".
   *
   * @param rule the validator's name in findings
   * @param type the hold to place
   * @param reason what the person who releases the hold should check
   */
  static OrderValidator hold(String rule, Condition when, HoldType type, String reason) {
    Finding finding = new Finding(requireNonNull(type, "type"), rule, reason); // checks rule and reason
    requireNonNull(when, "when");
    return order -> when.test(Condition.Facts.of(order)) ? List.of(finding) : List.of();
  }
}
