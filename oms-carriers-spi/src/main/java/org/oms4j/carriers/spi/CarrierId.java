package org.oms4j.carriers.spi;

import org.oms4j.core.internal.Checks;

/**
 * A carrier's identifier, such as {@code acme-parcel}; compared exactly (never by substring or case folding).
 *
 * @param value the identifier
 */
public record CarrierId(String value) {
  /** @throws org.oms4j.core.InvalidInputException if blank or containing white space */
  public CarrierId {
    Checks.identifier("carrierId", value);
  }

  /** The id {@code value}. */
  public static CarrierId of(String value) {
    return new CarrierId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
