package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oms4j.core.InvalidInputException;

/** Reference values from Python's statistics.NormalDist (Wichura AS241) and math.erfc. */
class StandardNormalTest {

  @ParameterizedTest
  @CsvSource({
    "0.5, 0.0",
    "0.9, 1.2815515655446008",
    "0.95, 1.6448536269514715",
    "0.975, 1.9599639845400536",
    "0.99, 2.3263478740408408",
    "0.999, 3.090232306167813",
    "0.3, -0.5244005127080407",
    "0.02425, -1.9729610513118845",
    "1e-9, -5.9978070150076865"
  })
  void quantileMatchesReference(double p, double z) {
    assertThat(StandardNormal.quantile(p)).isCloseTo(z, within(1e-9 * Math.max(1, Math.abs(z))));
  }

  @ParameterizedTest
  @CsvSource({
    "-3, 0.0013498980316301035",
    "-1, 0.15865525393145707",
    "0, 0.5",
    "1.96, 0.9750021048517796",
    "5, 0.9999997133484282"
  })
  void cdfMatchesReference(double z, double p) {
    assertThat(StandardNormal.cdf(z)).isCloseTo(p, within(1e-14));
  }

  @Test
  void complementaryCdfKeepsRelativePrecisionInTheTail() {
    // beyond z = 7.07 Hart's continued fraction is accurate to about 1e-8 relative (1 - Phi would round to 0 there)
    assertThat(StandardNormal.complementaryCdf(8) / 6.220960574271819e-16).isCloseTo(1, within(1e-7));
    assertThat(StandardNormal.complementaryCdf(3)).isCloseTo(0.0013498980316300957, within(1e-16));
  }

  @Test
  void lossAtOnePointThreeIsSnyderAndShensTableValue() {
    // Snyder & Shen, Fundamentals of Supply Chain Theory, standard normal loss table: G(1.30) = 0.0455280
    assertThat(StandardNormal.loss(1.3)).isCloseTo(0.0455280, within(5e-8));
  }

  @ParameterizedTest
  @CsvSource({
    "-2, 2.0084907026168297",
    "0, 0.3989422804014327",
    "1, 0.08331547058768629",
    "2, 0.008490702616829625",
    "3, 0.00038215431704772054"
  })
  void lossMatchesReference(double z, double g) {
    assertThat(StandardNormal.loss(z)).isCloseTo(g, within(1e-13));
  }

  @ParameterizedTest
  @CsvSource({"-4", "-2", "0", "1", "1.3", "2.5", "4", "6"})
  void inverseLossInvertsLoss(double z) {
    assertThat(StandardNormal.inverseLoss(StandardNormal.loss(z))).isCloseTo(z, within(1e-9));
  }

  @Test
  void refusesImpossibleArguments() {
    assertThatThrownBy(() -> StandardNormal.quantile(0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("p");
    assertThatThrownBy(() -> StandardNormal.quantile(1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> StandardNormal.quantile(Double.NaN)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> StandardNormal.cdf(Double.NaN)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> StandardNormal.inverseLoss(0))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("g"));
  }
}
