package org.oms4j.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.Length;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.oms4j.core.InvalidInputException;

class BillableWeightTest {
  @Test
  void exactConversionFactors() {
    assertThat(Weight.of("1", WeightUnit.LB).grams()).isEqualByComparingTo("453.59237");
    assertThat(Weight.of("16", WeightUnit.OZ)).isEqualTo(Weight.of("1", WeightUnit.LB));
    assertThat(Weight.of("1", WeightUnit.KG).in(WeightUnit.LB)).isEqualByComparingTo(
        BigDecimal.ONE.divide(new BigDecimal("0.45359237"), java.math.MathContext.DECIMAL128));
    assertThat(Length.of("1", LengthUnit.IN).in(LengthUnit.CM)).isEqualByComparingTo("2.54");
    assertThat(Length.of("12", LengthUnit.IN)).isEqualTo(Length.of("30.48", LengthUnit.CM));
    assertThat(Weight.of("2.50", WeightUnit.KG)).isEqualTo(Weight.of("2500", WeightUnit.G))
        .hasSameHashCodeAs(Weight.of("2500", WeightUnit.G));
  }

  @Test
  void dimensionalWeightInInchesAndPounds() {
    // 12.2 x 12 x 12 in, rounded per side to 13 x 12 x 12 = 1872 in3; / 139 = 13.47 -> 14 lb
    DimensionalWeightRule rule = new DimensionalWeightRule(new BigDecimal("139"), LengthUnit.IN, WeightUnit.LB,
        Optional.of(Rounding.up("1")), Optional.of(Rounding.up("1")), Optional.empty());
    BillableWeight b = rule.billableWeight(Weight.of("3.2", WeightUnit.LB), Dimensions.of("12.2", "12", "12",
        LengthUnit.IN));
    assertThat(b.roundedActual()).isEqualTo(Weight.of("4", WeightUnit.LB));
    assertThat(b.dimensional()).isEqualTo(Weight.of("14", WeightUnit.LB));
    assertThat(b.billable()).isEqualTo(Weight.of("14", WeightUnit.LB));
    assertThat(b.dimensionalApplied()).isTrue();
  }

  @Test
  void cubicThresholdSwitchesDimensionalWeightOff() {
    DimensionalWeightRule rule = new DimensionalWeightRule(new BigDecimal("139"), LengthUnit.IN, WeightUnit.LB,
        Optional.empty(), Optional.of(Rounding.up("1")), Optional.of(new BigDecimal("1728")));
    BillableWeight small = rule.billableWeight(Weight.of("1.1", WeightUnit.LB), Dimensions.of("12", "12", "12",
        LengthUnit.IN));
    assertThat(small.dimensional()).isEqualTo(Weight.ZERO);
    assertThat(small.billable()).isEqualTo(Weight.of("2", WeightUnit.LB));
    BillableWeight big = rule.billableWeight(Weight.of("1.1", WeightUnit.LB), Dimensions.of("12", "12", "12.1",
        LengthUnit.IN));
    assertThat(big.dimensional()).isEqualTo(Weight.of("13", WeightUnit.LB));
  }

  @Test
  void metricDivisorWithHalfKiloSteps() {
    DimensionalWeightRule rule = new DimensionalWeightRule(new BigDecimal("5000"), LengthUnit.CM, WeightUnit.KG,
        Optional.empty(), Optional.of(Rounding.up("0.5")), Optional.empty());
    // 40 x 30 x 20 = 24000 cm3 / 5000 = 4.8 kg -> 5.0
    BillableWeight b = rule.billableWeight(Weight.of("5.01", WeightUnit.KG), Dimensions.of("40", "30", "20",
        LengthUnit.CM));
    assertThat(b.dimensional()).isEqualTo(Weight.of("5", WeightUnit.KG));
    assertThat(b.billable()).isEqualTo(Weight.of("5.5", WeightUnit.KG));
    assertThat(b.dimensionalApplied()).isFalse();
  }

  @Test
  void refusesBadValues() {
    assertThatThrownBy(() -> Weight.of("-1", WeightUnit.G)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Length.of("x", LengthUnit.CM)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Dimensions.of("0", "1", "1", LengthUnit.CM)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new DimensionalWeightRule(BigDecimal.TEN, LengthUnit.CM, WeightUnit.KG, Optional.empty(),
        Optional.of(new Rounding(BigDecimal.ONE, RoundingMode.HALF_UP)), Optional.empty()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("round up");
  }

  @Test
  void lengthPlusGirthUsesLongestSide() {
    Dimensions d = Dimensions.of("10", "30", "20", LengthUnit.CM);
    assertThat(d.longest()).isEqualTo(Length.of("30", LengthUnit.CM));
    assertThat(d.lengthPlusGirth()).isEqualTo(Length.of("90", LengthUnit.CM));
  }
}
