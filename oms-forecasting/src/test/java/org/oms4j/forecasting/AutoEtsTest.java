package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.oms4j.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class AutoEtsTest {
  private static double[] series(int n, double level, double slope, double[] season, double noise, long seed) {
    Random r = new Random(seed);
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      y[t] = level + slope * t + (season.length == 0 ? 0 : season[t % season.length]) + noise * r.nextGaussian();
    }
    return y;
  }

  @Test
  void choosesSesForALevelWithNoise() {
    Forecast f = ForecastMethod.autoEts(12).forecast(series(60, 100, 0, new double[0], 5, 1), 6);
    assertThat(f.method()).startsWith("ETS(A,N,N)");
    assertThat(f.point(6)).isCloseTo(100, within(6.0));
  }

  @Test
  void choosesATrendForATrend() {
    Forecast f = ForecastMethod.autoEts(1).forecast(series(60, 100, 3, new double[0], 2, 2), 3);
    assertThat(f.method()).matches("ETS\\([AM],A[d]?,N\\).*");
    assertThat(f.point(1)).isCloseTo(100 + 3 * 60, within(8.0));
  }

  @Test
  void choosesASeasonForASeason() {
    double[] s = {20, -10, -25, 15};
    Forecast f = ForecastMethod.autoEts(4).forecast(series(48, 200, 0, s, 2, 3), 4);
    assertThat(f.method()).matches("ETS\\([AM],[NAd]+,[AM]\\).*");
    for (int h = 1; h <= 4; h++) {
      assertThat(f.point(h)).isCloseTo(200 + s[(47 + h) % 4], within(8.0));
    }
  }

  @Test
  void shortHistoriesFallBackToSes() {
    Forecast f = ForecastMethod.autoEts(12).forecast(new double[] {5, 7, 6}, 2);
    assertThat(f.method()).startsWith("ETS(A,N,N)");
    assertThat(f.point(2)).isBetween(5.0, 7.0);
  }

  @Test
  void candidatesAreEtsDefaultsForTheData() {
    AutoEts auto = new AutoEts(12);
    // 25 periods: too short for seasonal models (2m + 2); positive data: (A|M) x (N, A, Ad)
    assertThat(auto.candidates(series(25, 50, 0, new double[0], 1, 6))).hasSize(6);
    double[] positive = series(26, 50, 0, new double[0], 1, 4);
    assertThat(auto.candidates(positive)).extracting(Ets::model).containsExactly(EtsModel.values());
    // a zero: no multiplicative errors or seasons (R: "Inappropriate model for data with negative or zero values")
    positive[3] = 0;
    assertThat(auto.candidates(positive)).extracting(Ets::model).containsExactly(
        EtsModel.A_N_N, EtsModel.A_A_N, EtsModel.A_AD_N, EtsModel.A_N_A, EtsModel.A_A_A, EtsModel.A_AD_A);
    // like ets(): no seasonal models for weekly data with a yearly period
    assertThat(new AutoEts(52).candidates(series(156, 50, 0, new double[0], 1, 5))).extracting(Ets::model)
        .containsExactly(EtsModel.A_N_N, EtsModel.A_A_N, EtsModel.A_AD_N, EtsModel.M_N_N, EtsModel.M_A_N,
            EtsModel.M_AD_N);
    // the additive-error, multiplicative-season models ets() forbids are not among them
    assertThat(EtsModel.values()).noneMatch(m -> !m.multiplicativeError() && m.multiplicativeSeason());
  }

  @Test
  void etsModelLabelsAreRs() {
    assertThat(EtsModel.M_AD_M.label()).isEqualTo("ETS(M,Ad,M)");
    assertThat(EtsModel.A_N_N.label()).isEqualTo("ETS(A,N,N)");
    assertThat(EtsModel.M_A_N.needsPositiveData()).isTrue();
    assertThat(EtsModel.A_N_A.needsPositiveData()).isFalse();
  }

  @Test
  void multiplicativeModelsRefuseZerosNamingTheIndex() {
    double[] y = series(40, 50, 0, new double[0], 1, 7);
    y[17] = 0;
    assertThatThrownBy(() -> ForecastMethod.ets(EtsModel.M_N_N, 1).forecast(y, 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("history[17]");
    assertThat(ForecastMethod.ets(EtsModel.A_N_N, 1).forecast(y, 3).point(1)).isBetween(40.0, 60.0);
    assertThatThrownBy(() -> ForecastMethod.ets(EtsModel.M_N_M, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("period");
    assertThatThrownBy(() -> ForecastMethod.ets(EtsModel.A_A_N, 1).forecast(new double[] {1, 2, 3, 4, 5}, 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("history");
  }

  @Test
  void admissibilityFollowsTheCharacteristicRoots() {
    // roots 0.5 and -0.5: inside; 2 and 0.1: outside; +-i on the circle: accepted (ets() allows 1 + 1e-10)
    assertThat(Ets.rootsInUnitDisc(new double[] {-0.25, 0, 1}, 1e-10)).isTrue();
    assertThat(Ets.rootsInUnitDisc(new double[] {0.2, -2.1, 1}, 1e-10)).isFalse();
    assertThat(Ets.rootsInUnitDisc(new double[] {1.0, 0, 1}, 1e-10)).isTrue();
    assertThat(Ets.rootsInUnitDisc(new double[] {1.01, 0, 1}, 1e-10)).isFalse();
    // (z - 0.9)(z^2 + 0.81) inside; (z - 1.1)(z^2 + 0.25) outside
    assertThat(Ets.rootsInUnitDisc(new double[] {-0.729, 0.81, -0.9, 1}, 1e-10)).isTrue();
    assertThat(Ets.rootsInUnitDisc(new double[] {-0.275, 0.25, -1.1, 1}, 1e-10)).isFalse();
    // R's forecast:::admissible(alpha, beta, gamma, phi, 12) on points that pass its simple bounds, so that only the
    // characteristic roots decide
    assertThat(Ets.admissible(0.3983, 0.4326, 0.8593, 0.9816, 12)).isFalse();
    assertThat(Ets.admissible(0.3025, 1.3273, 1.4170, 0.9322, 12)).isFalse();
    assertThat(Ets.admissible(1.0764, 1.4862, 0.5701, 0.9555, 12)).isFalse();
    assertThat(Ets.admissible(0.3682, 0.0436, 0.3594, 0.8118, 12)).isTrue();
    assertThat(Ets.admissible(1.0733, -0.0246, 0.6694, 0.9280, 12)).isTrue();
    assertThat(Ets.admissible(0.7944, -0.0720, 0.4166, 0.8425, 12)).isTrue();
    assertThat(Ets.admissible(0.0168, 0.0017, 0.0491, 0.978, 12)).isTrue(); // ets()'s starting values
  }
}
