package org.oms4j.carriers;

import java.util.Objects;
import org.oms4j.carriers.spi.Rate;
import org.oms4j.core.internal.Checks;

/**
 * A rate a filter removed, and why.
 *
 * @param rate the rate
 * @param reason which filter, for people
 */
public record RejectedRate(Rate rate, String reason) {
  /** Checks the arguments. */
  public RejectedRate {
    Objects.requireNonNull(rate, "rate");
    Checks.present("reason", reason);
  }
}
