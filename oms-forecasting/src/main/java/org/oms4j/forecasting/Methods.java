package org.oms4j.forecasting;

import org.oms4j.core.InvalidInputException;

/** Simple methods and shared checks. */
final class Methods {
  private Methods() {}

  /** Checks a history and horizon; returns a defensive copy of the history. */
  static double[] check(ForecastMethod m, double[] history, int horizon) {
    if (history == null) {
      throw new InvalidInputException("history", null, "must not be null");
    }
    if (horizon < 1) {
      throw new InvalidInputException("horizon", horizon, "must be positive");
    }
    for (int i = 0; i < history.length; i++) {
      double v = history[i];
      if (!Double.isFinite(v) || v < 0) {
        throw new InvalidInputException("history[" + i + "]", v, "demand must be a finite number of zero or more");
      }
    }
    if (history.length < m.minimumLength()) {
      throw new InvalidInputException(
          "history", history.length + " periods", m.name() + " needs at least " + m.minimumLength() + " periods");
    }
    return history.clone();
  }

  /**
   * Refuses a history with a zero (for models with multiplicative errors or seasons).
   *
   * @throws InvalidInputException naming the first index whose value is not positive
   */
  static void requirePositive(ForecastMethod m, double[] y) {
    for (int i = 0; i < y.length; i++) {
      if (y[i] <= 0) {
        throw new InvalidInputException(
            "history[" + i + "]", y[i], m.name() + " needs strictly positive demand in every period");
      }
    }
  }

  /**
   * The least-squares line through y[0..k-1] against t = 0..k-1: {value at t = -1, slope}.
   */
  static double[] leastSquaresLine(double[] y, int k) {
    double mx = (k - 1) / 2.0;
    double my = 0;
    for (int t = 0; t < k; t++) {
      my += y[t] / k;
    }
    double sxy = 0;
    double sxx = 0;
    for (int t = 0; t < k; t++) {
      sxy += (t - mx) * (y[t] - my);
      sxx += (t - mx) * (t - mx);
    }
    double slope = sxy / sxx;
    return new double[] {my - mx * slope - slope, slope};
  }

  /** A parameter as short text: 0.05, not 0.0500. */
  static String number(double v) {
    return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /** "name(alpha=0.1234, beta=.., phi=.., gamma=..)", leaving out the parameters that are NaN. */
  static String smoothingLabel(String name, double alpha, double beta, double phi, double gamma) {
    StringBuilder b = new StringBuilder(name).append(String.format(java.util.Locale.ROOT, "(alpha=%.4f", alpha));
    if (!Double.isNaN(beta)) {
      b.append(String.format(java.util.Locale.ROOT, ", beta=%.4f", beta));
    }
    if (!Double.isNaN(phi)) {
      b.append(String.format(java.util.Locale.ROOT, ", phi=%.3f", phi));
    }
    if (!Double.isNaN(gamma)) {
      b.append(String.format(java.util.Locale.ROOT, ", gamma=%.4f", gamma));
    }
    return b.append(')').toString();
  }

  static double[] constant(int h, double v) {
    double[] out = new double[h];
    java.util.Arrays.fill(out, v);
    return out;
  }

  /** sqrt(sum of squares / count), 0 for no terms. */
  static double rms(double sumSquares, int count) {
    return count == 0 ? 0 : Math.sqrt(sumSquares / count);
  }

  static final class Naive implements ForecastMethod {
    @Override
    public String name() {
      return "Naive";
    }

    @Override
    public int minimumLength() {
      return 2;
    }

    @Override
    public Forecast forecast(double[] history, int horizon) {
      double[] y = check(this, history, horizon);
      double ss = 0;
      for (int t = 1; t < y.length; t++) {
        ss += (y[t] - y[t - 1]) * (y[t] - y[t - 1]);
      }
      double sigma = rms(ss, y.length - 1);
      double[] sd = new double[horizon];
      for (int h = 1; h <= horizon; h++) {
        sd[h - 1] = sigma * Math.sqrt(h);
      }
      return new Forecast(name(), constant(horizon, y[y.length - 1]), sd);
    }
  }

  static final class SeasonalNaive implements ForecastMethod {
    private final int m;

    SeasonalNaive(int m) {
      if (m < 1) {
        throw new InvalidInputException("period", m, "must be at least 1");
      }
      this.m = m;
    }

    @Override
    public String name() {
      return "SeasonalNaive(" + m + ")";
    }

    @Override
    public int minimumLength() {
      return m + 1;
    }

    @Override
    public Forecast forecast(double[] history, int horizon) {
      double[] y = check(this, history, horizon);
      int n = y.length;
      double ss = 0;
      for (int t = m; t < n; t++) {
        ss += (y[t] - y[t - m]) * (y[t] - y[t - m]);
      }
      double sigma = rms(ss, n - m);
      double[] mean = new double[horizon];
      double[] sd = new double[horizon];
      for (int h = 1; h <= horizon; h++) {
        int k = (h - 1) / m;
        mean[h - 1] = y[n - m + (h - 1) % m];
        sd[h - 1] = sigma * Math.sqrt(k + 1);
      }
      return new Forecast(name(), mean, sd);
    }
  }

  static final class MovingAverage implements ForecastMethod {
    private final int k;

    MovingAverage(int k) {
      if (k < 1) {
        throw new InvalidInputException("window", k, "must be at least 1");
      }
      this.k = k;
    }

    @Override
    public String name() {
      return "MovingAverage(" + k + ")";
    }

    @Override
    public int minimumLength() {
      return k + 1;
    }

    @Override
    public Forecast forecast(double[] history, int horizon) {
      double[] y = check(this, history, horizon);
      int n = y.length;
      double sum = 0;
      for (int t = 0; t < k; t++) {
        sum += y[t];
      }
      double ss = 0;
      for (int t = k; t < n; t++) {
        double e = y[t] - sum / k;
        ss += e * e;
        sum += y[t] - y[t - k];
      }
      double sigma = rms(ss, n - k);
      return new Forecast(name(), constant(horizon, sum / k), constant(horizon, sigma * Math.sqrt(1 + 1.0 / k)));
    }
  }

  static final class Fallback implements ForecastMethod {
    private final ForecastMethod primary;
    private final ForecastMethod fallback;

    Fallback(ForecastMethod primary, ForecastMethod fallback) {
      this.primary = primary;
      this.fallback = org.oms4j.core.internal.Checks.present("fallback", fallback);
    }

    @Override
    public String name() {
      return primary.name() + " else " + fallback.name();
    }

    @Override
    public int minimumLength() {
      return Math.min(primary.minimumLength(), fallback.minimumLength());
    }

    @Override
    public Forecast forecast(double[] history, int horizon) {
      check(this, history, horizon);
      return history.length >= primary.minimumLength()
          ? primary.forecast(history, horizon)
          : fallback.forecast(history, horizon);
    }
  }

  static final class ByDemandClass implements ForecastMethod {
    @Override
    public String name() {
      return "ByDemandClass";
    }

    @Override
    public int minimumLength() {
      return 1;
    }

    @Override
    public Forecast forecast(double[] history, int horizon) {
      double[] y = check(this, history, horizon);
      ForecastMethod m = DemandClass.of(y).defaultMethod().orElse(Croston.sba(0.05));
      return m.forecast(y, horizon);
    }
  }
}
