package org.oms4j.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.Length;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;

class UnitsProperties {
  private static BigDecimal decimal(long unscaled, int scale) {
    return BigDecimal.valueOf(unscaled, scale);
  }

  @Test
  void weightConversionsRoundTripExactly() {
    qt().withExamples(2_000)
        .forAll(longs().between(0, 10_000_000_000L), integers().between(0, 6), integers().between(0, 3),
            integers().between(0, 3))
        .checkAssert((unscaled, scale, from, to) -> {
          WeightUnit a = WeightUnit.values()[from];
          WeightUnit b = WeightUnit.values()[to];
          BigDecimal amount = decimal(unscaled, scale);
          Weight w = Weight.of(amount, a);
          assertThat(w.in(a)).isEqualByComparingTo(amount);
          // a -> b -> a is exact: the grams value is the same mass again
          Weight back = Weight.of(w.in(b), b);
          if (b == WeightUnit.G || b == WeightUnit.KG || a == b) {
            assertThat(back).isEqualTo(w);
          } else {
            // oz and lb quotients may not terminate: within 34 significant digits
            assertThat(back.grams().subtract(w.grams()).abs())
                .isLessThanOrEqualTo(w.grams().abs().movePointLeft(30).add(BigDecimal.ONE.movePointLeft(30)));
          }
        });
  }

  @Test
  void lengthConversionsRoundTripExactly() {
    qt().withExamples(2_000)
        .forAll(longs().between(0, 10_000_000_000L), integers().between(0, 6), integers().between(0, 2))
        .checkAssert((unscaled, scale, from) -> {
          LengthUnit a = LengthUnit.values()[from];
          BigDecimal amount = decimal(unscaled, scale);
          Length l = Length.of(amount, a);
          for (LengthUnit b : LengthUnit.values()) {
            // mm -> in may not terminate, but in -> mm is always exact, and cm/mm always are
            if (a == LengthUnit.IN || b != LengthUnit.IN) {
              assertThat(Length.of(l.in(b), b)).isEqualTo(l);
            }
          }
          assertThat(l.in(a)).isEqualByComparingTo(amount);
        });
  }

  @Test
  void billableWeightIsNeverBelowActual() {
    qt().withExamples(2_000)
        .forAll(integers().between(1, 100_000),
            integers().between(1, 2_000).zip(integers().between(1, 2_000), integers().between(1, 2_000),
                (l, w, h) -> new Dimensions(Length.ofMillimetres(l), Length.ofMillimetres(w),
                    Length.ofMillimetres(h))),
            integers().between(0, 5))
        .checkAssert((grams, dims, ruleIndex) -> {
          DimensionalWeightRule rule = RULES[ruleIndex];
          Weight actual = Weight.ofGrams(grams);
          BillableWeight b = rule.billableWeight(actual, dims);
          assertThat(b.billable()).isGreaterThanOrEqualTo(actual);
          assertThat(b.billable()).isGreaterThanOrEqualTo(b.dimensional());
          assertThat(b.billable()).isGreaterThanOrEqualTo(b.roundedActual());
          assertThat(b.billable()).isIn(b.roundedActual(), b.dimensional());
        });
  }

  private static final DimensionalWeightRule[] RULES = {
      DimensionalWeightRule.of(new BigDecimal("139"), LengthUnit.IN, WeightUnit.LB),
      DimensionalWeightRule.of(new BigDecimal("5000"), LengthUnit.CM, WeightUnit.KG),
      new DimensionalWeightRule(new BigDecimal("139"), LengthUnit.IN, WeightUnit.LB,
          Optional.of(Rounding.up("1")), Optional.of(Rounding.up("1")), Optional.of(new BigDecimal("1728"))),
      new DimensionalWeightRule(new BigDecimal("5000"), LengthUnit.CM, WeightUnit.KG,
          Optional.of(new Rounding(BigDecimal.ONE, java.math.RoundingMode.HALF_UP)), Optional.of(Rounding.up("0.5")),
          Optional.empty()),
      new DimensionalWeightRule(new BigDecimal("166"), LengthUnit.IN, WeightUnit.OZ,
          Optional.empty(), Optional.of(Rounding.up("1")), Optional.empty()),
      new DimensionalWeightRule(new BigDecimal("6000"), LengthUnit.MM, WeightUnit.G,
          Optional.of(Rounding.up("10")), Optional.of(Rounding.up("100")), Optional.of(new BigDecimal("1000000"))),
  };
}
