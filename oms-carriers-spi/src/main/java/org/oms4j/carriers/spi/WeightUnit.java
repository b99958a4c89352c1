package org.oms4j.carriers.spi;

import java.math.BigDecimal;

/** A unit of mass with its exact size in grams (the pound is 453.59237 g by the 1959 international agreement). */
public enum WeightUnit {
  /** Gram. */
  G(new BigDecimal("1")),
  /** Kilogram, 1000 g. */
  KG(new BigDecimal("1000")),
  /** Avoirdupois ounce, 1/16 lb = 28.349523125 g exactly. */
  OZ(new BigDecimal("28.349523125")),
  /** Avoirdupois pound, 453.59237 g exactly. */
  LB(new BigDecimal("453.59237"));

  private final BigDecimal grams;

  WeightUnit(BigDecimal grams) {
    this.grams = grams;
  }

  /** The exact number of grams in one unit. */
  public BigDecimal grams() {
    return grams;
  }
}
