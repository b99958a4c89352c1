package org.oms4j.carriers.spi;

import java.math.BigDecimal;

/** A unit of length with its exact size in millimetres (the inch is 25.4 mm exactly). */
public enum LengthUnit {
  /** Millimetre. */
  MM(new BigDecimal("1")),
  /** Centimetre, 10 mm. */
  CM(new BigDecimal("10")),
  /** Inch, 25.4 mm exactly. */
  IN(new BigDecimal("25.4"));

  private final BigDecimal millimetres;

  LengthUnit(BigDecimal millimetres) {
    this.millimetres = millimetres;
  }

  /** The exact number of millimetres in one unit. */
  public BigDecimal millimetres() {
    return millimetres;
  }
}
