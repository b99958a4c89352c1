package org.oms4j.forecasting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Automatic exponential smoothing in the spirit of R's ets(): fits every admissible additive-error model and keeps
 * the one with the lowest AICc.
 *
 * <p>Candidates: ETS(A,N,N), (A,A,N), (A,Ad,N); with a seasonal period 2 &lt;= m &lt;= 24 (ets() refuses seasonal
 * models above 24, for example weekly data with m = 52) and at least 2m + 2 periods also
 * (A,N,A), (A,A,A), (A,Ad,A), and for strictly positive data (A,N,M), (A,A,M), (A,Ad,M). Each is fitted as
 * {@link ForecastMethod#holt} describes (Nelder-Mead on SSE, admissible box alpha [0.0001, 0.9999], 0 &lt; beta &lt;
 * alpha, 0 &lt; gamma &lt; 1 - alpha, phi [0.80, 0.98], heuristic initial states).
 *
 * <p>Selection: with Gaussian errors -2 log L = n log(SSE / n) + constant, so AICc = n log(SSE / n) + 2k +
 * 2k(k + 1) / (n - k - 1), k = smoothing parameters + initial states + 1 (the variance), as ets() counts them. Models
 * with n - k - 1 &lt;= 0 are not considered. Differences from ets(): no multiplicative-error models, initial states
 * not optimised, no Box-Cox.
 */
final class AutoEts implements ForecastMethod {
  /** As in R's ets(), seasonal models are only tried for periods up to 24 (so not for weekly data, m = 52). */
  static final int MAX_SEASONAL_PERIOD = 24;

  private final int period;

  AutoEts(int period) {
    if (period < 1) {
      throw new org.oms4j.core.InvalidInputException("period", period, "must be at least 1");
    }
    this.period = period;
  }

  @Override
  public String name() {
    return "AutoETS(" + period + ")";
  }

  @Override
  public int minimumLength() {
    return 2;
  }

  List<ExponentialSmoothing> candidates(double[] y) {
    List<ExponentialSmoothing> c = new ArrayList<>();
    c.add((ExponentialSmoothing) ExponentialSmoothing.sesOptimised());
    if (y.length >= 4) {
      c.add((ExponentialSmoothing) ExponentialSmoothing.holt(false));
      c.add((ExponentialSmoothing) ExponentialSmoothing.holt(true));
    }
    if (period >= 2 && period <= MAX_SEASONAL_PERIOD && y.length >= 2 * period + 2) {
      boolean positive = true;
      for (double v : y) {
        positive &= v > 0;
      }
      for (boolean mult : positive ? new boolean[] {false, true} : new boolean[] {false}) {
        c.add((ExponentialSmoothing) ExponentialSmoothing.seasonalOnly(period, mult));
        c.add((ExponentialSmoothing) ExponentialSmoothing.holtWinters(period, mult, false));
        c.add((ExponentialSmoothing) ExponentialSmoothing.holtWinters(period, mult, true));
      }
    }
    return c;
  }

  @Override
  public Forecast forecast(double[] history, int horizon) {
    double[] y = Methods.check(this, history, horizon);
    int n = y.length;
    ExponentialSmoothing best = null;
    ExponentialSmoothing.Fit bestFit = null;
    double bestAicc = Double.POSITIVE_INFINITY;
    for (ExponentialSmoothing es : candidates(y)) {
      int k = es.parameterCount() + 1;
      if (n - k - 1 <= 0 && best != null) {
        continue;
      }
      ExponentialSmoothing.Fit fit;
      try {
        fit = es.fit(y);
      } catch (ForecastFailedException e) {
        continue;
      }
      double aicc = n - k - 1 <= 0
          ? Double.MAX_VALUE // SES on a very short history: kept only as the fallback
          : n * Math.log(Math.max(fit.sse / n, 1e-300)) + 2 * k + 2.0 * k * (k + 1) / (n - k - 1);
      if (best == null || aicc < bestAicc) {
        best = es;
        bestFit = fit;
        bestAicc = aicc;
      }
    }
    if (best == null) {
      throw new ForecastFailedException(name() + ": no candidate model could be fitted to " + n + " periods");
    }
    Forecast f = best.forecastFrom(bestFit, n, horizon);
    String label = best.etsLabel() + String.format(Locale.ROOT, " AICc=%.2f ", bestAicc) + f.method();
    double[] mean = new double[horizon];
    double[] sd = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      mean[h - 1] = f.point(h);
      sd[h - 1] = f.sd(h);
    }
    return new Forecast(label, mean, sd);
  }
}
