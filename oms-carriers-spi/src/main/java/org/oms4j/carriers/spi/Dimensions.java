package org.oms4j.carriers.spi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.oms4j.core.InvalidInputException;

/**
 * The outer size of a parcel: length, width, height, each positive. {@link #sorted()} gives them longest first,
 * which is how carriers define "length" and girth.
 *
 * @param length the first side
 * @param width the second side
 * @param height the third side
 */
public record Dimensions(Length length, Length width, Length height) {
  /** @throws InvalidInputException if a side is zero */
  public Dimensions {
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(width, "width");
    Objects.requireNonNull(height, "height");
    if (length.millimetres().signum() == 0 || width.millimetres().signum() == 0
        || height.millimetres().signum() == 0) {
      throw new InvalidInputException("dimensions", length + " x " + width + " x " + height,
          "every side must be positive");
    }
  }

  /** Dimensions of {@code l x w x h} {@code unit}s given as decimal text. */
  public static Dimensions of(String l, String w, String h, LengthUnit unit) {
    return new Dimensions(Length.of(l, unit), Length.of(w, unit), Length.of(h, unit));
  }

  /** The sides, longest first. */
  public List<Length> sorted() {
    Length[] sides = {length, width, height};
    Arrays.sort(sides, (a, b) -> b.compareTo(a));
    return List.of(sides);
  }

  /** The longest side. */
  public Length longest() {
    return sorted().get(0);
  }

  /** Length plus girth: longest side + 2 x (the other two), the measure of carriers' oversize rules. */
  public Length lengthPlusGirth() {
    List<Length> s = sorted();
    return s.get(0).plus(s.get(1)).plus(s.get(1)).plus(s.get(2)).plus(s.get(2));
  }

  /** The exact volume in cubic millimetres. */
  public BigDecimal cubicMillimetres() {
    return length.millimetres().multiply(width.millimetres()).multiply(height.millimetres());
  }
}
