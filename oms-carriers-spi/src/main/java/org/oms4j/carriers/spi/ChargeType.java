package org.oms4j.carriers.spi;

/** The kind of a line in a rate. */
public enum ChargeType {
  /** The base transport price. */
  BASE,
  /** Fuel surcharge. */
  FUEL,
  /** Residential delivery surcharge. */
  RESIDENTIAL,
  /** Oversize surcharge. */
  OVERSIZE,
  /** Additional handling surcharge. */
  ADDITIONAL_HANDLING,
  /** Signature service. */
  SIGNATURE,
  /** Insurance of the declared value. */
  INSURANCE,
  /** Hazardous-materials handling. */
  HAZMAT,
  /** A discount (negative amount). */
  DISCOUNT,
  /** Anything else. */
  OTHER
}
