package org.oms4j.carriers.spi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.oms4j.core.InvalidInputException;

/**
 * A non-negative mass held exactly in grams as a {@link BigDecimal}. Every conversion into grams is exact because
 * each {@link WeightUnit} is a terminating decimal number of grams; conversions out of grams are exact whenever the
 * result terminates (so {@code of(x, LB).in(LB)} is {@code x}) and otherwise carry 34 significant digits.
 * Two weights are equal when they are the same mass, whatever scale they were written in.
 */
public final class Weight implements Comparable<Weight> {
  /** Zero grams. */
  public static final Weight ZERO = new Weight(BigDecimal.ZERO);

  private final BigDecimal grams;

  private Weight(BigDecimal grams) {
    this.grams = grams.signum() == 0 ? BigDecimal.ZERO : grams.stripTrailingZeros();
  }

  /**
   * A weight of {@code amount} {@code unit}s.
   *
   * @throws InvalidInputException if the amount is negative
   */
  public static Weight of(BigDecimal amount, WeightUnit unit) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unit, "unit");
    if (amount.signum() < 0) {
      throw new InvalidInputException("weight", amount + " " + unit, "must not be negative");
    }
    return new Weight(amount.multiply(unit.grams()));
  }

  /**
   * A weight of {@code amount} (decimal text such as {@code "2.5"}) {@code unit}s.
   *
   * @throws InvalidInputException if the text is not a non-negative decimal number
   */
  public static Weight of(String amount, WeightUnit unit) {
    try {
      return of(new BigDecimal(amount), unit);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("weight", amount, "not a decimal number", e);
    }
  }

  /** A weight of {@code grams} grams. */
  public static Weight ofGrams(long grams) {
    return of(BigDecimal.valueOf(grams), WeightUnit.G);
  }

  /** The exact mass in grams. */
  public BigDecimal grams() {
    return grams;
  }

  /** The mass in {@code unit}: exact where the quotient terminates, else to 34 significant digits (half-even). */
  public BigDecimal in(WeightUnit unit) {
    return grams.divide(unit.grams(), MathContext.DECIMAL128).stripTrailingZeros();
  }

  /**
   * This weight rounded to a multiple of {@code increment} {@code unit}s, for example up to the next 0.5 lb.
   *
   * @throws InvalidInputException if the increment is not positive
   */
  public Weight roundTo(BigDecimal increment, WeightUnit unit, RoundingMode mode) {
    if (increment.signum() <= 0) {
      throw new InvalidInputException("increment", increment, "must be positive");
    }
    BigDecimal step = increment.multiply(unit.grams());
    BigDecimal steps = grams.divide(step, 0, mode);
    return new Weight(steps.multiply(step));
  }

  /** The sum of two weights. */
  public Weight plus(Weight other) {
    return new Weight(grams.add(other.grams));
  }

  /** The heavier of two weights. */
  public Weight max(Weight other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Whether this weight is more than {@code other}. */
  public boolean exceeds(Weight other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(Weight other) {
    return grams.compareTo(other.grams);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Weight && ((Weight) o).grams.equals(grams);
  }

  @Override
  public int hashCode() {
    return grams.hashCode();
  }

  @Override
  public String toString() {
    return grams.toPlainString() + " g";
  }
}
