package org.oms4j.carriers.spi;

import java.util.Objects;
import javax.money.MonetaryAmount;
import org.oms4j.core.internal.Checks;

/**
 * One line of a rate.
 *
 * @param type what it is for
 * @param description carrier's wording
 * @param amount the amount; negative only for {@link ChargeType#DISCOUNT}
 */
public record Charge(ChargeType type, String description, MonetaryAmount amount) {
  /** Checks the arguments. */
  public Charge {
    Objects.requireNonNull(type, "type");
    Checks.text("charge.description", description, 200);
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative() && type != ChargeType.DISCOUNT) {
      throw new org.oms4j.core.InvalidInputException("charge.amount", amount, "only a discount may be negative");
    }
  }
}
