package org.oms4j.forecasting;

import java.util.Locale;

/**
 * Temporal-aggregation methods for intermittent demand: ADIDA (Nikolopoulos et al. 2011) and IMAPA (Petropoulos and
 * Kourentzes 2015).
 *
 * <p><b>Aggregation.</b> A level k sums non-overlapping buckets of k periods aligned to the <i>end</i> of the history,
 * so the last bucket is complete; the first (n mod k) periods do not enter the buckets. k is at most n / 2 so that
 * there are two buckets or more.
 *
 * <p><b>ADIDA.</b> k = the mean inter-demand interval (periods / periods with demand, as {@link DemandClass#adi})
 * rounded half up ({@link Math#round(double)}), at least 1. The buckets are forecast with SES, alpha on the grid 0.01,
 * ..., 1.00 minimising in-sample squared one-step error, initial level the first bucket; the bucket forecast is spread
 * evenly over its k periods.
 *
 * <p><b>IMAPA.</b> Levels k = 1 .. round(ADI); at each level the bucket series is forecast with SBA (alpha 0.05) if
 * its own ADI is at least 1.32, else with SES as above; the per-period forecasts are averaged over the levels.
 *
 * <p><b>Intervals.</b> The standard deviation is the root mean squared error of each period's actual against its
 * bucket's in-sample one-step forecast divided by k (IMAPA: averaged over levels), flat over the horizon. A history
 * without demand forecasts 0 with sd 0.
 */
final class Aggregation {
  private Aggregation() {}

  static int level(double[] y) {
    double adi = DemandClass.adi(y);
    int k = Double.isInfinite(adi) ? 1 : (int) Math.max(1, Math.round(adi));
    return Math.max(1, Math.min(k, y.length / 2));
  }

  static double[] buckets(double[] y, int k) {
    int nb = y.length / k;
    int off = y.length - nb * k;
    double[] b = new double[nb];
    for (int j = 0; j < nb; j++) {
      for (int i = 0; i < k; i++) {
        b[j] += y[off + j * k + i];
      }
    }
    return b;
  }

  /** [per-period forecast, per-period sd] at level k using SES or SBA on the buckets. */
  static double[] atLevel(double[] y, int k, boolean allowSba) {
    double[] b = buckets(y, k);
    double[] fitted;
    double f;
    if (allowSba && DemandClass.adi(b) >= DemandClass.ADI_CUTOFF) {
      Croston.Result r = Croston.run(b, Croston.Variant.SBA, 0.05, Double.NaN);
      fitted = r.fitted;
      f = r.forecast;
    } else {
      double[] ses = sesGrid(b);
      f = ses[0];
      fitted = new double[b.length];
      System.arraycopy(ses, 1, fitted, 0, b.length);
    }
    int off = y.length - b.length * k;
    double ss = 0;
    int count = 0;
    for (int j = 0; j < b.length; j++) {
      if (Double.isNaN(fitted[j])) {
        continue;
      }
      for (int i = 0; i < k; i++) {
        double e = y[off + j * k + i] - fitted[j] / k;
        ss += e * e;
        count++;
      }
    }
    return new double[] {f / k, Methods.rms(ss, count)};
  }

  /** SES with alpha by grid search: [final forecast, fitted_0 (NaN), fitted_1, ...]. */
  static double[] sesGrid(double[] x) {
    double bestSse = Double.POSITIVE_INFINITY;
    double bestAlpha = 0.01;
    for (int i = 1; i <= 100; i++) {
      double a = 0.01 * i;
      double l = x[0];
      double sse = 0;
      for (int t = 1; t < x.length; t++) {
        double e = x[t] - l;
        sse += e * e;
        l += a * e;
      }
      if (sse < bestSse) {
        bestSse = sse;
        bestAlpha = a;
      }
    }
    double[] out = new double[x.length + 1];
    out[1] = Double.NaN;
    double l = x[0];
    for (int t = 1; t < x.length; t++) {
      out[t + 1] = l;
      l += bestAlpha * (x[t] - l);
    }
    out[0] = l;
    return out;
  }

  static final class Adida implements ForecastMethod {
    @Override
    public String name() {
      return "ADIDA";
    }

    @Override
    public int minimumLength() {
      return 2;
    }

    @Override
    public Forecast forecast(double[] history, int horizon) {
      double[] y = Methods.check(this, history, horizon);
      int k = level(y);
      double[] r = atLevel(y, k, false);
      return new Forecast("ADIDA(k=" + k + ")", Methods.constant(horizon, r[0]), Methods.constant(horizon, r[1]));
    }
  }

  static final class Imapa implements ForecastMethod {
    @Override
    public String name() {
      return "IMAPA";
    }

    @Override
    public int minimumLength() {
      return 2;
    }

    @Override
    public Forecast forecast(double[] history, int horizon) {
      double[] y = Methods.check(this, history, horizon);
      int max = level(y);
      double f = 0;
      double sd = 0;
      for (int k = 1; k <= max; k++) {
        double[] r = atLevel(y, k, true);
        f += r[0] / max;
        sd += r[1] / max;
      }
      return new Forecast(
          String.format(Locale.ROOT, "IMAPA(levels=1..%d)", max),
          Methods.constant(horizon, f),
          Methods.constant(horizon, sd));
    }
  }
}
