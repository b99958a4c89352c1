package org.oms4j.carriers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.Length;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.oms4j.core.InvalidInputException;

/**
 * How one carrier service turns a parcel into a billable weight: dimensional weight is the volume (in {@code
 * lengthUnit}³, each side first rounded by {@code dimensionRounding}) divided by {@code divisor}, giving {@code
 * weightUnit}s (for example 139 in³/lb or 5000 cm³/kg); it counts only when the volume is above {@code
 * cubicThreshold}. Both weights are rounded by {@code weightRounding}, which must never round down, so the billable
 * weight is never below the actual weight.
 *
 * @param divisor the dimensional divisor, positive
 * @param lengthUnit the unit of the sides and of the volume
 * @param weightUnit the unit of the quotient and of weight rounding
 * @param dimensionRounding rounding of each side before the volume is computed
 * @param weightRounding rounding of actual and dimensional weight, up or ceiling
 * @param cubicThreshold dimensional weight applies only above this volume in {@code lengthUnit}³; empty: always
 */
public record DimensionalWeightRule(BigDecimal divisor, LengthUnit lengthUnit, WeightUnit weightUnit,
    Optional<Rounding> dimensionRounding, Optional<Rounding> weightRounding, Optional<BigDecimal> cubicThreshold) {
  /** @throws InvalidInputException if the divisor is not positive or weight rounding could round down */
  public DimensionalWeightRule {
    Objects.requireNonNull(divisor, "divisor");
    Objects.requireNonNull(lengthUnit, "lengthUnit");
    Objects.requireNonNull(weightUnit, "weightUnit");
    Objects.requireNonNull(dimensionRounding, "dimensionRounding");
    Objects.requireNonNull(weightRounding, "weightRounding");
    Objects.requireNonNull(cubicThreshold, "cubicThreshold");
    if (divisor.signum() <= 0) {
      throw new InvalidInputException("divisor", divisor, "must be positive");
    }
    if (weightRounding.isPresent() && !weightRounding.get().neverDown()) {
      throw new InvalidInputException("weightRounding", weightRounding.get(),
          "must round up (UP or CEILING): billable weight is never below actual weight");
    }
    if (cubicThreshold.isPresent() && cubicThreshold.get().signum() < 0) {
      throw new InvalidInputException("cubicThreshold", cubicThreshold.get(), "must not be negative");
    }
  }

  /** A rule with no rounding and no threshold. */
  public static DimensionalWeightRule of(BigDecimal divisor, LengthUnit lengthUnit, WeightUnit weightUnit) {
    return new DimensionalWeightRule(divisor, lengthUnit, weightUnit, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** The volume in {@code lengthUnit}³ after per-side rounding. */
  public BigDecimal volume(Dimensions dimensions) {
    return side(dimensions.length()).multiply(side(dimensions.width())).multiply(side(dimensions.height()));
  }

  private BigDecimal side(Length side) {
    Length rounded = dimensionRounding.map(r -> r.apply(side, lengthUnit)).orElse(side);
    return rounded.in(lengthUnit);
  }

  /** The billable weight of a parcel of {@code actual} weight and {@code dimensions}. */
  public BillableWeight billableWeight(Weight actual, Dimensions dimensions) {
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(dimensions, "dimensions");
    Weight roundedActual = round(actual);
    BigDecimal volume = volume(dimensions);
    boolean applies = cubicThreshold.map(t -> volume.compareTo(t) > 0).orElse(true);
    Weight dimensional = applies
        ? round(Weight.of(volume.divide(divisor, MathContext.DECIMAL128), weightUnit))
        : Weight.ZERO;
    return new BillableWeight(actual, roundedActual, dimensional, roundedActual.max(dimensional));
  }

  private Weight round(Weight w) {
    return weightRounding.map(r -> r.apply(w, weightUnit)).orElse(w);
  }
}
