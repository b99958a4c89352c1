package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import org.oms4j.core.internal.Checks;
import org.oms4j.core.order.HoldType;

/**
 * A reason to hold an order, found by a validator.
 *
 * @param holdType the hold it calls for
 * @param rule the validator that found it, e.g. {@code postal-code-format}
 * @param reason what is wrong, for the person who releases the hold
 */
public record Finding(HoldType holdType, String rule, String reason) {
  /** Checks the arguments. */
  public Finding {
    requireNonNull(holdType, "holdType");
    Checks.text("rule", rule, 100);
    Checks.text("reason", reason, 500);
  }
}
