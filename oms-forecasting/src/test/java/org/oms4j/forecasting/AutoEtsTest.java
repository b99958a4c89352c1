package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
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
    assertThat(f.method()).matches("ETS\\(A,A[d]?,N\\).*");
    assertThat(f.point(1)).isCloseTo(100 + 3 * 60, within(8.0));
  }

  @Test
  void choosesASeasonForASeason() {
    double[] s = {20, -10, -25, 15};
    Forecast f = ForecastMethod.autoEts(4).forecast(series(48, 200, 0, s, 2, 3), 4);
    assertThat(f.method()).matches("ETS\\(A,[NAd]+,[AM]\\).*");
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
  void seasonalModelsNeedTwoSeasonsAndPositiveDataForMultiplicative() {
    AutoEts auto = new AutoEts(12);
    assertThat(auto.candidates(new double[25])).hasSize(3);
    double[] positive = series(26, 50, 0, new double[0], 1, 4);
    assertThat(auto.candidates(positive)).hasSize(9);
    positive[3] = 0;
    assertThat(auto.candidates(positive)).hasSize(6);
    // like ets(): no seasonal models for weekly data with a yearly period
    assertThat(new AutoEts(52).candidates(series(156, 50, 0, new double[0], 1, 5))).hasSize(3);
  }
}
