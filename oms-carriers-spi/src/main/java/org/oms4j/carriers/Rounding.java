package org.oms4j.carriers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.oms4j.carriers.spi.Length;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.oms4j.core.InvalidInputException;

/**
 * A carrier's rounding rule: to a multiple of {@code increment} in a unit, with a rounding mode; for example
 * "each dimension up to the next whole inch" or "weight up to the next 0.5 kg".
 *
 * @param increment the step, positive, in the unit given to {@link #apply(Weight, WeightUnit)} or {@link
 *     #apply(Length, LengthUnit)}
 * @param mode how to round
 */
public record Rounding(BigDecimal increment, RoundingMode mode) {
  /** @throws InvalidInputException if the increment is not positive or the mode is UNNECESSARY */
  public Rounding {
    Objects.requireNonNull(increment, "increment");
    Objects.requireNonNull(mode, "mode");
    if (increment.signum() <= 0) {
      throw new InvalidInputException("rounding.increment", increment, "must be positive");
    }
    if (mode == RoundingMode.UNNECESSARY) {
      throw new InvalidInputException("rounding.mode", mode, "must round");
    }
  }

  /** Rounds up to the next multiple of {@code increment} (decimal text). */
  public static Rounding up(String increment) {
    return new Rounding(new BigDecimal(increment), RoundingMode.CEILING);
  }

  /** Whether the rule never gives less than its input. */
  public boolean neverDown() {
    return mode == RoundingMode.CEILING || mode == RoundingMode.UP;
  }

  /** {@code weight} rounded in {@code unit}. */
  public Weight apply(Weight weight, WeightUnit unit) {
    return weight.roundTo(increment, unit, mode);
  }

  /** {@code length} rounded in {@code unit}. */
  public Length apply(Length length, LengthUnit unit) {
    return length.roundTo(increment, unit, mode);
  }
}
