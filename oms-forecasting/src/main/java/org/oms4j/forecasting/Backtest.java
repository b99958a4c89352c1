package org.oms4j.forecasting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.internal.Checks;

/**
 * A rolling-origin backtest of one method on one history: the method is refitted at each of {@code origins}
 * consecutive forecast origins (the last one leaving exactly {@code horizon} periods to forecast) and each forecast
 * is scored against the actuals that followed. Scores are means over origins.
 */
public final class Backtest {
  private final String method;
  private final int period;
  private final List<double[]> insamples;
  private final List<double[]> actuals;
  private final List<double[]> forecasts;

  private Backtest(String method, int period, List<double[]> in, List<double[]> act, List<double[]> fc) {
    this.method = method;
    this.period = period;
    this.insamples = in;
    this.actuals = act;
    this.forecasts = fc;
  }

  /**
   * Runs the backtest. Origin i (0-based) fits on the first n - horizon - (origins - 1) + i periods.
   *
   * @param period the seasonal period for MASE (1 if none)
   * @throws InvalidInputException naming the argument if horizon, origins or period is below 1, or the history is too
   *     short for the first origin to meet the method's minimum length
   */
  public static Backtest rollingOrigin(
      double[] history, ForecastMethod method, int horizon, int origins, int period) {
    Checks.present("history", history);
    Checks.present("method", method);
    if (horizon < 1) {
      throw new InvalidInputException("horizon", horizon, "must be positive");
    }
    if (origins < 1) {
      throw new InvalidInputException("origins", origins, "must be positive");
    }
    if (period < 1) {
      throw new InvalidInputException("period", period, "must be at least 1");
    }
    int firstTrain = history.length - horizon - (origins - 1);
    if (firstTrain < Math.max(1, method.minimumLength())) {
      throw new InvalidInputException(
          "history",
          history.length + " periods",
          "too short for " + origins + " origins of horizon " + horizon + " with " + method.name());
    }
    List<double[]> in = new ArrayList<>();
    List<double[]> act = new ArrayList<>();
    List<double[]> fc = new ArrayList<>();
    for (int i = 0; i < origins; i++) {
      int n = firstTrain + i;
      double[] train = Arrays.copyOf(history, n);
      in.add(train);
      act.add(Arrays.copyOfRange(history, n, n + horizon));
      fc.add(method.forecast(train, horizon).points());
    }
    return new Backtest(method.name(), period, in, act, fc);
  }

  /** The method's name. */
  public String method() {
    return method;
  }

  /** The number of forecast origins. */
  public int origins() {
    return actuals.size();
  }

  /**
   * The metric averaged over the origins.
   *
   * @throws InvalidInputException if the metric is undefined for some origin (see {@link Metric})
   */
  public double score(Metric metric) {
    double s = 0;
    for (int i = 0; i < actuals.size(); i++) {
      s += metric.compute(insamples.get(i), actuals.get(i), forecasts.get(i), period);
    }
    return s / actuals.size();
  }

  /**
   * Backtests each candidate and picks the one with the lowest mean {@code metric} (ties: the earlier candidate).
   * Candidates the history is too short for, or for which the metric is undefined, are left out of the scores.
   *
   * @return the scores of the candidates that ran, by method name, in candidate order, best first in
   *     {@link Selection#best()}
   * @throws InvalidInputException naming {@code history} (or an index) if it is empty or holds a NaN, infinite or
   *     negative value, or naming {@code candidates} if no candidate could be scored
   */
  public static Selection select(
      double[] history, List<ForecastMethod> candidates, Metric metric, int horizon, int origins, int period) {
    Checks.present("candidates", candidates);
    Checks.present("metric", metric);
    Methods.check(ForecastMethod.naive().orElse(ForecastMethod.croston()), history, horizon);
    ForecastMethod best = null;
    double bestScore = Double.POSITIVE_INFINITY;
    Map<String, Double> scores = new LinkedHashMap<>();
    for (ForecastMethod m : candidates) {
      double s;
      try {
        s = rollingOrigin(history, m, horizon, origins, period).score(metric);
      } catch (InvalidInputException e) {
        // the history was checked above: this candidate cannot use it (too short, not positive) or the metric is
        // undefined for it
        continue;
      }
      scores.put(m.name(), s);
      if (best == null || Math.abs(s) < Math.abs(bestScore)) {
        best = m;
        bestScore = s;
      }
    }
    if (best == null) {
      throw new InvalidInputException(
          "candidates", candidates.size() + " methods", "none could be backtested on " + history.length + " periods");
    }
    return new Selection(best, scores);
  }

  /** The outcome of {@link #select}: the chosen method and every candidate's score. */
  public static final class Selection {
    private final ForecastMethod best;
    private final Map<String, Double> scores;

    Selection(ForecastMethod best, Map<String, Double> scores) {
      this.best = best;
      this.scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** The method with the lowest score (for BIAS, the lowest absolute bias). */
    public ForecastMethod best() {
      return best;
    }

    /** Each scored candidate's mean metric, by method name, in candidate order. */
    public Map<String, Double> scores() {
      return scores;
    }
  }
}
