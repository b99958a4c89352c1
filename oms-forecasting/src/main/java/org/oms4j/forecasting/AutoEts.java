package org.oms4j.forecasting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Automatic exponential smoothing as R's ets() with its defaults: fits every admissible {@link EtsModel} by maximum
 * likelihood (parameters and initial states, see {@link Ets}) and keeps the one with the lowest AICc.
 *
 * <p>Candidates, as ets() with {@code restrict = TRUE} and no multiplicative trend: additive-error models always,
 * multiplicative-error ones only for strictly positive data; seasonal ones only for a period 2 &lt;= m &lt;= 24 (ets()
 * ignores the season above 24, for example weekly data with m = 52) and a history of at least
 * {@link Ets#minimumLength()} (two seasons and two periods); never additive errors with a multiplicative season.
 * AICc = -2 log L + 2k + 2k(k + 1) / (n - k - 1), k = parameters + initial states + 1 (the variance), as ets()
 * counts them; a model with n - k - 1 &lt;= 0 is not considered. Histories too short for any ETS model (fewer than 4
 * periods) get simple exponential smoothing fitted by SSE ({@link ForecastMethod#ses()}). Differences from ets(): no
 * Box-Cox, and the optimiser (see {@link Ets}) is not R's, so on some series another model wins.
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

  /** The models ets() would try on {@code y}, in its order. */
  List<Ets> candidates(double[] y) {
    boolean positive = true;
    for (double v : y) {
      positive &= v > 0;
    }
    boolean seasonal = period >= 2 && period <= MAX_SEASONAL_PERIOD;
    List<Ets> c = new ArrayList<>();
    for (EtsModel model : EtsModel.values()) {
      if ((model.seasonal() && !seasonal) || (model.needsPositiveData() && !positive)) {
        continue;
      }
      Ets ets = new Ets(model, period);
      if (y.length >= ets.minimumLength()) {
        c.add(ets);
      }
    }
    return c;
  }

  /** A fitted candidate. */
  record Choice(Ets ets, SmoothingFit fit) {}

  /**
   * The candidate with the lowest AICc (the first of equals, in {@link EtsModel} order), or empty if none could be
   * fitted.
   */
  java.util.Optional<Choice> choose(double[] y) {
    Choice best = null;
    for (Ets ets : candidates(y)) {
      SmoothingFit fit;
      try {
        fit = ets.fit(y);
      } catch (ForecastFailedException e) {
        continue;
      }
      if (fit.aicc < Double.POSITIVE_INFINITY && (best == null || fit.aicc < best.fit().aicc)) {
        best = new Choice(ets, fit);
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  @Override
  public Forecast forecast(double[] history, int horizon) {
    double[] y = Methods.check(this, history, horizon);
    int n = y.length;
    java.util.Optional<Choice> best = choose(y);
    if (best.isEmpty()) {
      if (n < new Ets(EtsModel.A_N_N, period).minimumLength()) {
        Forecast f = ExponentialSmoothing.sesOptimised().forecast(y, horizon);
        return f.named("ETS(A,N,N) by SSE, too short for the likelihood: " + f.method());
      }
      throw new ForecastFailedException(name() + ": no candidate model could be fitted to " + n + " periods");
    }
    Forecast f = best.get().ets().forecastFrom(best.get().fit(), horizon);
    return f.named(f.method() + String.format(Locale.ROOT, " AICc=%.2f", best.get().fit().aicc));
  }
}
