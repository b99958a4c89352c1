package org.oms4j.forecasting;

import org.oms4j.core.InvalidInputException;
import org.oms4j.forecasting.internal.NelderMead;

/**
 * Exponential smoothing with additive errors in error-correction form (Hyndman, Koehler, Ord and Snyder,
 * <i>Forecasting with Exponential Smoothing</i>, 2008, table 2.3): SES, Holt, damped Holt, Holt-Winters additive and
 * multiplicative.
 *
 * <p>Recursions, with one-step error e = y - yhat: level l += phi b + alpha e (divided by s for multiplicative
 * seasons); trend b = phi b + beta e (likewise); season s += gamma e (additive) or gamma e / (l + phi b)
 * (multiplicative). beta is the ETS beta (= alpha times Holt's beta*).
 *
 * <p><b>Optimiser.</b> Nelder-Mead minimising the in-sample sum of squared one-step errors, over alpha in
 * [0.0001, 0.9999], beta in (0, alpha), gamma in (0, 1 - alpha), phi in [0.80, 0.98] (the usual admissible box of R's
 * ets()), enforced by logistic transforms, starting from alpha 0.3, beta 0.03, gamma 0.07, phi 0.95.
 *
 * <p><b>Initial states.</b> SES: the initial level is optimised together with alpha (the fixed-alpha SES starts from
 * the first observation). Holt: intercept and slope of a least-squares line through the first min(n, 10) values.
 * Holt-Winters: level and trend from the means of the first two seasons; seasonal indices from the first season
 * detrended by that line, normalised to sum 0 (additive) or average 1 (multiplicative); for multiplicative seasons
 * the initial trend is set to 0 if it would start the level at or below 0. Initial states are not
 * re-optimised, so numbers differ from ets(), which optimises them too ({@link Ets} does it as ets() and backs
 * {@link ForecastMethod#ets} and {@link ForecastMethod#autoEts}).
 *
 * <p><b>Prediction intervals.</b> Var(h) = sigma^2 (1 + sum over j &lt; h of c_j^2) with c_j = alpha + beta phi_j +
 * gamma [j mod m = 0], phi_j = phi + ... + phi^j (class 1 of Hyndman et al. 2008); sigma^2 = SSE / (n - k) with k the
 * number of estimated parameters and states. For multiplicative seasonality this additive formula is an
 * approximation.
 */
final class ExponentialSmoothing implements ForecastMethod {
  private static final double A_LO = 1e-4;
  private static final double A_HI = 0.9999;

  private final boolean trend;
  private final boolean damped;
  private final int m; // 0 = no season
  private final boolean multiplicative;
  private final double fixedAlpha; // NaN = optimise

  private ExponentialSmoothing(boolean trend, boolean damped, int m, boolean multiplicative, double fixedAlpha) {
    this.trend = trend;
    this.damped = damped;
    this.m = m;
    this.multiplicative = multiplicative;
    this.fixedAlpha = fixedAlpha;
  }

  static ForecastMethod ses(double alpha) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw new InvalidInputException("alpha", alpha, "must be in (0, 1]");
    }
    return new ExponentialSmoothing(false, false, 0, false, alpha);
  }

  static ForecastMethod sesOptimised() {
    return new ExponentialSmoothing(false, false, 0, false, Double.NaN);
  }

  static ForecastMethod holt(boolean damped) {
    return new ExponentialSmoothing(true, damped, 0, false, Double.NaN);
  }

  static ForecastMethod holtWinters(int period, boolean multiplicative, boolean damped) {
    if (period < 2) {
      throw new InvalidInputException("period", period, "must be at least 2");
    }
    return new ExponentialSmoothing(true, damped, period, multiplicative, Double.NaN);
  }

  /** A Holt-Winters model without trend (ETS(A,N,A) or (A,N,M)), for the automatic selector. */
  static ForecastMethod seasonalOnly(int period, boolean multiplicative) {
    if (period < 2) {
      throw new InvalidInputException("period", period, "must be at least 2");
    }
    return new ExponentialSmoothing(false, false, period, multiplicative, Double.NaN);
  }

  @Override
  public String name() {
    if (m == 0 && !trend) {
      return Double.isNaN(fixedAlpha) ? "SES" : "SES(" + Methods.number(fixedAlpha) + ")";
    }
    String t = trend ? (damped ? "Ad" : "A") : "N";
    if (m == 0) {
      return damped ? "DampedHolt" : "Holt";
    }
    return "HoltWinters(" + t + "," + (multiplicative ? "M" : "A") + "," + m + ")";
  }

  @Override
  public int minimumLength() {
    if (m > 0) {
      return 2 * m + 2;
    }
    return trend ? 4 : 2;
  }

  /** Parameter count: smoothing parameters plus initial states. */
  int parameterCount() {
    int k = 1 + 1; // alpha, level
    if (trend) {
      k += 2 + (damped ? 1 : 0);
    }
    if (m > 0) {
      k += 1 + (m - 1);
    }
    return k;
  }

  @Override
  public Forecast forecast(double[] history, int horizon) {
    double[] y = Methods.check(this, history, horizon);
    if (multiplicative) {
      Methods.requirePositive(this, y);
    }
    return forecastFrom(fit(y), y.length, horizon);
  }

  /** Forecasts from a fit made on {@code n} periods. */
  Forecast forecastFrom(SmoothingFit fit, int n, int horizon) {
    double[] mean = new double[horizon];
    double phiH = 0;
    for (int h = 1; h <= horizon; h++) {
      phiH += Math.pow(fit.phi, h);
      double base = fit.level + (trend ? phiH * fit.slope : 0);
      if (m > 0) {
        double s = fit.season[(n + h - 1) % m];
        base = multiplicative ? base * s : base + s;
      }
      mean[h - 1] = base;
    }
    double[] var = EtsVariance.class1(trend, m, fit, horizon);
    double[] sd = new double[horizon];
    for (int h = 0; h < horizon; h++) {
      sd[h] = Math.sqrt(var[h]);
    }
    return new Forecast(describe(fit), mean, sd, () -> EtsVariance.class1Totals(trend, m, fit, horizon));
  }

  String describe(SmoothingFit f) {
    return Methods.smoothingLabel(name(), f.alpha, trend ? f.beta : Double.NaN, damped ? f.phi : Double.NaN,
        m > 0 ? f.gamma : Double.NaN);
  }

  /** Fits parameters and returns the states after the last observation. */
  SmoothingFit fit(double[] y) {
    int n = y.length;
    double[] init = initialStates(y);
    double l0 = init[0];
    double b0 = init[1];
    double[] s0 = new double[Math.max(m, 1)];
    System.arraycopy(init, 2, s0, 0, m);
    double scale = Math.max(1e-9, meanAbs(y));
    SmoothingFit fit = new SmoothingFit();
    fit.n = n;
    double[] work = new double[Math.max(m, 1)];
    if (!Double.isNaN(fixedAlpha)) {
      fit.alpha = fixedAlpha;
      fit.level = y[0];
    } else {
      boolean optLevel = !trend && m == 0;
      int dims = 1 + (trend ? 1 : 0) + (m > 0 ? 1 : 0) + (damped ? 1 : 0) + (optLevel ? 1 : 0);
      double[] u0 = new double[dims];
      u0[0] = logit((0.3 - A_LO) / (A_HI - A_LO));
      int i = 1;
      if (trend) {
        u0[i++] = logit(0.1);
      }
      if (m > 0) {
        u0[i++] = logit(0.1);
      }
      if (damped) {
        u0[i++] = logit((0.95 - 0.8) / 0.18);
      }
      double[] best = NelderMead.minimize(
          (u, bound) -> {
            SmoothingFit f = new SmoothingFit();
            decode(u, f, optLevel ? l0 + u[u.length - 1] * scale : l0);
            return run(y, f, optLevel ? f.level : l0, b0, s0, work, bound);
          },
          u0,
          0.5,
          60 + 60 * dims);
      decode(best, fit, optLevel ? l0 + best[best.length - 1] * scale : l0);
    }
    if (Double.isNaN(fit.level) || !Double.isNaN(fixedAlpha)) {
      fit.level = Double.isNaN(fixedAlpha) ? l0 : y[0];
    }
    double startLevel = fit.level;
    double[] season = new double[Math.max(m, 1)];
    double sse = run(y, fit, startLevel, b0, s0, season, Double.POSITIVE_INFINITY);
    if (!Double.isFinite(sse)) {
      throw new ForecastFailedException(name() + " diverged on a history of " + n + " periods");
    }
    // run() leaves the final states in fit.level / fit.slope and the seasonal ring in `season`
    fit.season = season;
    fit.sse = sse;
    int dof = n - parameterCount();
    fit.sigma2 = sse / (dof >= 1 ? dof : n);
    return fit;
  }

  private void decode(double[] u, SmoothingFit f, double level) {
    f.alpha = A_LO + (A_HI - A_LO) * sigmoid(u[0]);
    int i = 1;
    f.beta = trend ? f.alpha * sigmoid(u[i++]) : 0;
    f.gamma = m > 0 ? (1 - f.alpha) * sigmoid(u[i++]) : 0;
    f.phi = damped ? 0.8 + 0.18 * sigmoid(u[i++]) : 1;
    f.level = level;
  }

  /**
   * Runs the recursions from the given initial states; returns SSE (infinite if a multiplicative model's level
   * goes non-positive) and leaves the final level/slope in {@code f} and the seasonal ring in {@code seasonOut}.
   * Stops early, returning the partial SSE, once it exceeds {@code bound}.
   */
  private double run(double[] y, SmoothingFit f, double l0, double b0, double[] s0, double[] seasonOut, double bound) {
    double l = l0;
    double b = trend ? b0 : 0;
    double[] s = seasonOut;
    if (m > 0) {
      System.arraycopy(s0, 0, s, 0, m);
    }
    double a = f.alpha;
    double be = f.beta;
    double g = f.gamma;
    double phi = f.phi;
    double sse = 0;
    for (int t = 0; t < y.length; t++) {
      double lb = l + phi * b;
      double e;
      if (m == 0) {
        e = y[t] - lb;
        l = lb + a * e;
        b = phi * b + be * e;
      } else if (!multiplicative) {
        int k = t % m;
        e = y[t] - (lb + s[k]);
        l = lb + a * e;
        b = phi * b + be * e;
        s[k] += g * e;
      } else {
        int k = t % m;
        if (lb <= 0 || s[k] <= 0) {
          return Double.POSITIVE_INFINITY;
        }
        e = y[t] - lb * s[k];
        double sk = s[k];
        l = lb + a * e / sk;
        b = phi * b + be * e / sk;
        s[k] = sk + g * e / lb;
      }
      sse += e * e;
      if (sse > bound) {
        return sse;
      }
    }
    f.level = l;
    f.slope = b;
    return sse;
  }

  /** [level, slope, season_0..season_{m-1}] before the first observation. */
  private double[] initialStates(double[] y) {
    double[] out = new double[2 + m];
    if (m == 0) {
      if (!trend) {
        out[0] = y[0];
        return out;
      }
      double[] line = Methods.leastSquaresLine(y, Math.min(y.length, 10));
      out[0] = line[0]; // level at time -1
      double slope = line[1];
      out[1] = slope;
      return out;
    }
    double m1 = 0;
    double m2 = 0;
    for (int t = 0; t < m; t++) {
      m1 += y[t] / m;
      m2 += y[t + m] / m;
    }
    double centre = (m - 1) / 2.0;
    double slope = trend ? (m2 - m1) / m : 0;
    if (multiplicative && m1 - (centre + 1) * slope <= 0) {
      slope = 0; // a steep early rise would start the level at or below 0, where multiplicative seasons break down
    }
    double sum = 0;
    for (int t = 0; t < m; t++) {
      double line = m1 + (t - centre) * slope;
      double s = multiplicative ? y[t] / Math.max(line, 1e-9 * Math.max(m1, 1e-9)) : y[t] - line;
      out[2 + t] = s;
      sum += s;
    }
    for (int t = 0; t < m; t++) {
      out[2 + t] = multiplicative ? out[2 + t] / (sum / m) : out[2 + t] - sum / m;
    }
    out[0] = m1 - (centre + 1) * slope;
    out[1] = slope;
    return out;
  }

  private static double meanAbs(double[] y) {
    double s = 0;
    for (double v : y) {
      s += Math.abs(v);
    }
    return s / y.length;
  }

  private static double sigmoid(double u) {
    return 1 / (1 + Math.exp(-u));
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }
}
