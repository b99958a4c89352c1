package org.oms4j.carriers.spi;

import java.time.LocalDate;
import java.util.Objects;
import org.oms4j.core.internal.Checks;

/**
 * A scheduled pickup.
 *
 * @param confirmation the carrier's confirmation number
 * @param date the day it will come
 */
public record Pickup(String confirmation, LocalDate date) {
  /** Checks the arguments. */
  public Pickup {
    Checks.identifier("confirmation", confirmation);
    Objects.requireNonNull(date, "date");
  }
}
