package org.oms4j.carriers.spi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.oms4j.core.InvalidInputException;

/**
 * A non-negative length held exactly in millimetres as a {@link BigDecimal}; conversions into millimetres are exact
 * (1 in = 25.4 mm) and out of them exact whenever the quotient terminates. Equal when the same length.
 */
public final class Length implements Comparable<Length> {
  /** Zero. */
  public static final Length ZERO = new Length(BigDecimal.ZERO);

  private final BigDecimal millimetres;

  private Length(BigDecimal millimetres) {
    this.millimetres = millimetres.signum() == 0 ? BigDecimal.ZERO : millimetres.stripTrailingZeros();
  }

  /**
   * A length of {@code amount} {@code unit}s.
   *
   * @throws InvalidInputException if the amount is negative
   */
  public static Length of(BigDecimal amount, LengthUnit unit) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unit, "unit");
    if (amount.signum() < 0) {
      throw new InvalidInputException("length", amount + " " + unit, "must not be negative");
    }
    return new Length(amount.multiply(unit.millimetres()));
  }

  /**
   * A length of {@code amount} (decimal text) {@code unit}s.
   *
   * @throws InvalidInputException if the text is not a non-negative decimal number
   */
  public static Length of(String amount, LengthUnit unit) {
    try {
      return of(new BigDecimal(amount), unit);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("length", amount, "not a decimal number", e);
    }
  }

  /** A length of whole millimetres. */
  public static Length ofMillimetres(long millimetres) {
    return of(BigDecimal.valueOf(millimetres), LengthUnit.MM);
  }

  /** The exact length in millimetres. */
  public BigDecimal millimetres() {
    return millimetres;
  }

  /** The length in {@code unit}: exact where the quotient terminates, else to 34 significant digits. */
  public BigDecimal in(LengthUnit unit) {
    return millimetres.divide(unit.millimetres(), MathContext.DECIMAL128).stripTrailingZeros();
  }

  /**
   * This length rounded to a multiple of {@code increment} {@code unit}s, for example up to the next whole inch.
   *
   * @throws InvalidInputException if the increment is not positive
   */
  public Length roundTo(BigDecimal increment, LengthUnit unit, RoundingMode mode) {
    if (increment.signum() <= 0) {
      throw new InvalidInputException("increment", increment, "must be positive");
    }
    BigDecimal step = increment.multiply(unit.millimetres());
    return new Length(millimetres.divide(step, 0, mode).multiply(step));
  }

  /** The sum of two lengths. */
  public Length plus(Length other) {
    return new Length(millimetres.add(other.millimetres));
  }

  /** Whether this length is more than {@code other}. */
  public boolean exceeds(Length other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(Length other) {
    return millimetres.compareTo(other.millimetres);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Length && ((Length) o).millimetres.equals(millimetres);
  }

  @Override
  public int hashCode() {
    return millimetres.hashCode();
  }

  @Override
  public String toString() {
    return millimetres.toPlainString() + " mm";
  }
}
