package org.oms4j.forecasting;

import org.oms4j.forecasting.internal.Args;

/**
 * Point forecasts for the next {@link #horizon()} periods with a normal predictive distribution per period (mean and
 * standard deviation), from which quantiles and central prediction intervals are derived.
 *
 * <p>Forecasts are never negative: {@link #point(int)} is max(0, mean) and every quantile is max(0, mean + z sd),
 * which is the quantile of the normal distribution censored at zero.
 */
public final class Forecast {
  private final String method;
  private final double[] mean;
  private final double[] sd;
  /** sd of the sum of steps 1..k at k - 1, computed on first use; empty: independent steps. */
  private final java.util.function.Supplier<double[]> totalSdSource;
  private final java.util.concurrent.atomic.AtomicReference<double[]> totalSd =
      new java.util.concurrent.atomic.AtomicReference<>();

  Forecast(String method, double[] mean, double[] sd) {
    this(method, mean, sd, () -> new double[0]);
  }

  /**
   * A forecast that knows the standard deviation of its running totals ({@code totalSd.get()[k - 1]} for steps
   * 1..k), for methods whose step errors are correlated. The supplier runs when a total is first asked for (twice at
   * most if two threads ask at once; it must give equal results) and may return an empty array for independent
   * steps.
   */
  Forecast(String method, double[] mean, double[] sd, java.util.function.Supplier<double[]> totalSd) {
    this.method = method;
    this.totalSdSource = totalSd;
    for (int i = 0; i < mean.length; i++) {
      if (!Double.isFinite(mean[i]) || !Double.isFinite(sd[i]) || sd[i] < 0) {
        throw new ForecastFailedException(
            method + " produced an invalid forecast at step " + (i + 1) + ": mean " + mean[i] + ", sd " + sd[i]);
      }
    }
    this.mean = mean.clone();
    this.sd = sd.clone();
  }

  /** The name of the method that made this forecast, for example {@code "SES(alpha=0.231)"}. */
  public String method() {
    return method;
  }

  /** The number of periods forecast. */
  public int horizon() {
    return mean.length;
  }

  /** The point forecast (mean, at least 0) for step {@code step} (1-based). */
  public double point(int step) {
    return Math.max(0, mean[index(step)]);
  }

  /** All point forecasts, steps 1 to horizon. */
  public double[] points() {
    double[] out = new double[mean.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.max(0, mean[i]);
    }
    return out;
  }

  /** The standard deviation of the forecast error at step {@code step} (1-based). */
  public double sd(int step) {
    return sd[index(step)];
  }

  /**
   * The {@code p}-quantile of demand at each step, at least 0.
   *
   * @throws org.oms4j.core.InvalidInputException if {@code p} is not strictly between 0 and 1
   */
  public double[] quantile(double p) {
    double z = StandardNormal.quantile(Args.openProbability("p", p));
    double[] out = new double[mean.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.max(0, mean[i] + z * sd[i]);
    }
    return out;
  }

  /**
   * The lower bound of the central prediction interval with coverage {@code level} (for example 0.95).
   *
   * @throws org.oms4j.core.InvalidInputException if {@code level} is not strictly between 0 and 1
   */
  public double[] lower(double level) {
    Args.openProbability("level", level);
    return quantile((1 - level) / 2);
  }

  /**
   * The upper bound of the central prediction interval with coverage {@code level}.
   *
   * @throws org.oms4j.core.InvalidInputException if {@code level} is not strictly between 0 and 1
   */
  public double[] upper(double level) {
    Args.openProbability("level", level);
    return quantile(1 - (1 - level) / 2);
  }

  /** The same forecast under another method name. */
  Forecast named(String newMethod) {
    return new Forecast(newMethod, mean, sd, this::totals);
  }

  /**
   * The {@code p}-quantile of total demand over the first {@code periods} steps (for example a lead time), at
   * least 0: normal with mean the sum of the step means and standard deviation {@link #totalSd(int)}; for one
   * period it is exactly {@code quantile(p)[0]}.
   *
   * @throws org.oms4j.core.InvalidInputException if {@code p} is not in (0, 1) or {@code periods} not in
   *     1..horizon
   */
  public double totalQuantile(int periods, double p) {
    double z = StandardNormal.quantile(Args.openProbability("p", p));
    return Math.max(0, totalMean(periods) + z * totalSd(periods));
  }

  /**
   * The sum of the step means over the first {@code periods} steps (may be below the sum of {@link #points()} when
   * a mean is negative).
   *
   * @throws org.oms4j.core.InvalidInputException if {@code periods} is not in 1..horizon
   */
  public double totalMean(int periods) {
    index(periods);
    double s = 0;
    for (int i = 0; i < periods; i++) {
      s += mean[i];
    }
    return s;
  }

  /**
   * The standard deviation of total demand over the first {@code periods} steps. For the exponential smoothing
   * methods (SES, Holt, Holt-Winters, ETS, AutoETS) it accounts for the positive correlation of their step errors
   * (one error moves the level, and with it every later forecast): for additive errors exactly (an approximation
   * for Holt-Winters with multiplicative season and additive errors), sigma^2 times the
   * sum over i = 1..k of (1 + c_1 + ... + c_(k-i))^2 (Hyndman et al. 2008, section 6.6); for ETS models with
   * multiplicative errors or season from 2,000 simulated sample paths of the fitted model (fixed seed, so the same
   * every call). For the other methods sqrt(sum of the step variances), treating steps as independent.
   *
   * @throws org.oms4j.core.InvalidInputException if {@code periods} is not in 1..horizon
   */
  public double totalSd(int periods) {
    index(periods);
    double[] totals = totals();
    if (totals.length != 0) {
      return totals[periods - 1];
    }
    double s = 0;
    for (int i = 0; i < periods; i++) {
      s += sd[i] * sd[i];
    }
    return Math.sqrt(s);
  }

  private double[] totals() {
    double[] t = totalSd.get();
    if (t == null) {
      t = totalSdSource.get();
      for (int i = 0; i < t.length; i++) {
        if (!Double.isFinite(t[i]) || t[i] < 0) {
          throw new ForecastFailedException(
              method + " produced an invalid total sd over " + (i + 1) + " steps: " + t[i]);
        }
      }
      if (t.length != 0 && t.length != mean.length) {
        throw new ForecastFailedException(method + ": " + t.length + " total sds for " + mean.length + " steps");
      }
      totalSd.compareAndSet(null, t);
      t = totalSd.get();
    }
    return t;
  }

  private int index(int step) {
    if (step < 1 || step > mean.length) {
      throw new org.oms4j.core.InvalidInputException("step", step, "must be between 1 and " + mean.length);
    }
    return step - 1;
  }

  @Override
  public String toString() {
    return "Forecast{" + method + ", h=" + mean.length + "}";
  }
}
