package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lead-time totals: the sd of the sum of several steps accounts for the correlation of smoothing methods' errors. */
class ForecastTotalsTest {
  private static double[] trendingSeries(long seed) {
    Random r = new Random(seed);
    double[] y = new double[80];
    double level = 100;
    for (int t = 0; t < y.length; t++) {
      level += 0.8 + 3 * r.nextGaussian(); // a random walk with drift: SES/Holt territory
      y[t] = level + 4 * r.nextGaussian();
    }
    return y;
  }

  @Test
  void sesTotalsFollowTheClosedForm() {
    // SES: c_j = alpha, so Var(sum of k steps) = sigma^2 sum_{r=0}^{k-1} (1 + r alpha)^2
    double[] y = trendingSeries(1);
    ExponentialSmoothing ses = (ExponentialSmoothing) ForecastMethod.ses(0.4);
    SmoothingFit fit = ses.fit(y);
    Forecast f = ses.forecastFrom(fit, y.length, 6);
    for (int k = 1; k <= 6; k++) {
      double v = 0;
      for (int r = 0; r < k; r++) {
        v += (1 + r * 0.4) * (1 + r * 0.4);
      }
      assertThat(f.totalSd(k)).isCloseTo(Math.sqrt(fit.sigma2 * v), within(1e-9));
    }
    assertThat(f.totalSd(1)).isCloseTo(f.sd(1), within(1e-9));
    // correlated errors: more spread than independent steps would give
    double independent = 0;
    for (int k = 1; k <= 6; k++) {
      independent += f.sd(k) * f.sd(k);
    }
    assertThat(f.totalSd(6)).isGreaterThan(Math.sqrt(independent) * 1.2);
  }

  @Test
  void analyticAndSimulatedTotalsAgreeForAnAdditiveModel() {
    double[] y = trendingSeries(2);
    Ets ets = new Ets(EtsModel.A_AD_N, 1);
    SmoothingFit fit = ets.fit(y);
    double[] exact = EtsVariance.class1Totals(true, 0, fit, 12);
    double[] simulated = ets.simulatedTotalSd(fit, 12, 40_000, 7);
    for (int k = 0; k < 12; k++) {
      assertThat(simulated[k]).as("k=" + (k + 1)).isCloseTo(exact[k], within(0.02 * exact[k]));
    }
  }

  @Test
  void multiplicativeTotalsAreSimulatedAndMatchTheAnalyticOneStepSd() {
    double[] y = trendingSeries(3);
    Forecast f = ForecastMethod.ets(EtsModel.M_A_N, 1).forecast(y, 8);
    // one step: the simulated sd agrees with class 2's sigma mu (2,000 paths: within a few percent)
    assertThat(f.totalSd(1)).isCloseTo(f.sd(1), within(0.05 * f.sd(1)));
    // deterministic (fixed seed) and growing with the lead time
    assertThat(ForecastMethod.ets(EtsModel.M_A_N, 1).forecast(y, 8).totalSd(8)).isEqualTo(f.totalSd(8));
    for (int k = 2; k <= 8; k++) {
      assertThat(f.totalSd(k)).isGreaterThan(f.totalSd(k - 1));
    }
    assertThat(f.totalQuantile(8, 0.95)).isGreaterThan(f.totalMean(8));
  }

  @Test
  void methodsWithoutStateKeepIndependentTotals() {
    Forecast f = ForecastMethod.naive().forecast(new double[] {3, 5, 4, 6, 5}, 4);
    double v = 0;
    for (int k = 1; k <= 4; k++) {
      v += f.sd(k) * f.sd(k);
    }
    assertThat(f.totalSd(4)).isCloseTo(Math.sqrt(v), within(1e-12));
  }
}
