package org.oms4j.forecasting;

import java.util.Arrays;
import java.util.Locale;
import org.oms4j.core.InvalidInputException;

/**
 * Croston's method, the Syntetos-Boylan approximation (SBA) and Teunter-Syntetos-Babai (TSB) for intermittent demand.
 *
 * <p><b>Initialisation (Croston, SBA).</b> The first demand size is the first non-zero value; the first inter-demand
 * interval counts from the start of the series, so a first demand in period 3 (1-based) gives an interval of 3.
 * After each later demand: size z += alpha (y - z), interval p += alpha (q - p), q the periods since the previous
 * demand. Forecast z / p (Croston) or (1 - alpha/2) z / p (SBA). Size and interval share one alpha.
 *
 * <p><b>Initialisation (TSB).</b> Size as Croston; demand probability pi = 1 / (first interval). After the first
 * demand, every period: pi += beta ([y &gt; 0] - pi); on demand z += alpha (y - z). Forecast pi z.
 *
 * <p><b>Optimiser.</b> The optimised variants search alpha on the grid 0.01, 0.02, ..., 0.50 (for TSB, alpha and beta
 * on 0.05, 0.10, ..., 0.50) minimising the in-sample mean squared one-step error after the first demand.
 *
 * <p><b>Intervals.</b> The forecast is flat; its standard deviation is the root mean squared in-sample one-step error
 * after the first demand, the same for every step. A history without any demand forecasts 0 with sd 0.
 */
final class Croston implements ForecastMethod {
  enum Variant { CROSTON, SBA, TSB }

  private final Variant variant;
  private final double alpha; // NaN = optimise
  private final double beta; // TSB only

  private Croston(Variant variant, double alpha, double beta) {
    this.variant = variant;
    this.alpha = alpha;
    this.beta = beta;
  }

  static Croston croston(double alpha) {
    return new Croston(Variant.CROSTON, checkSmoothing("alpha", alpha), Double.NaN);
  }

  static Croston crostonOptimised(boolean sba) {
    return new Croston(sba ? Variant.SBA : Variant.CROSTON, Double.NaN, Double.NaN);
  }

  static Croston sba(double alpha) {
    return new Croston(Variant.SBA, checkSmoothing("alpha", alpha), Double.NaN);
  }

  static Croston tsb(double alpha, double beta) {
    return new Croston(Variant.TSB, checkSmoothing("alpha", alpha), checkSmoothing("beta", beta));
  }

  static Croston tsbOptimised() {
    return new Croston(Variant.TSB, Double.NaN, Double.NaN);
  }

  private static double checkSmoothing(String field, double v) {
    if (!(v > 0 && v <= 1)) {
      throw new InvalidInputException(field, v, "must be in (0, 1]");
    }
    return v;
  }

  @Override
  public String name() {
    String base = variant == Variant.CROSTON ? "Croston" : variant.name();
    if (Double.isNaN(alpha)) {
      return base + "(optimised)";
    }
    return variant == Variant.TSB
        ? "TSB(" + Methods.number(alpha) + "," + Methods.number(beta) + ")"
        : base + "(" + Methods.number(alpha) + ")";
  }

  @Override
  public int minimumLength() {
    return 1;
  }

  @Override
  public Forecast forecast(double[] history, int horizon) {
    double[] y = Methods.check(this, history, horizon);
    Result r = fit(y);
    return new Forecast(r.describe(variant), Methods.constant(horizon, r.forecast), Methods.constant(horizon, r.rmse));
  }

  Result fit(double[] y) {
    if (!Double.isNaN(alpha)) {
      return run(y, variant, alpha, beta);
    }
    Result best = null;
    if (variant == Variant.TSB) {
      for (int i = 1; i <= 10; i++) {
        for (int j = 1; j <= 10; j++) {
          Result r = run(y, variant, 0.05 * i, 0.05 * j);
          if (best == null || r.mse < best.mse) {
            best = r;
          }
        }
      }
      return best;
    }
    for (int i = 1; i <= 50; i++) {
      Result r = run(y, variant, 0.01 * i, Double.NaN);
      if (best == null || r.mse < best.mse) {
        best = r;
      }
    }
    return best;
  }

  /** A fit: the final forecast, its in-sample error and the one-step in-sample forecasts (NaN before the first demand). */
  static final class Result {
    double forecast;
    double mse;
    double rmse;
    double alpha;
    double beta;
    double[] fitted;

    String describe(Variant v) {
      String base = v == Variant.CROSTON ? "Croston" : v.name();
      return v == Variant.TSB
          ? String.format(Locale.ROOT, "TSB(alpha=%.2f, beta=%.2f)", alpha, beta)
          : String.format(Locale.ROOT, "%s(alpha=%.2f)", base, alpha);
    }
  }

  static Result run(double[] y, Variant v, double a, double b) {
    Result r = new Result();
    r.alpha = a;
    r.beta = b;
    r.fitted = new double[y.length];
    Arrays.fill(r.fitted, Double.NaN);
    int first = -1;
    for (int t = 0; t < y.length; t++) {
      if (y[t] > 0) {
        first = t;
        break;
      }
    }
    if (first < 0) {
      r.forecast = 0;
      return r;
    }
    double z = y[first];
    double p = first + 1;
    double pi = 1.0 / p;
    int last = first;
    double factor = v == Variant.SBA ? 1 - a / 2 : 1;
    double ss = 0;
    int count = 0;
    for (int t = first + 1; t < y.length; t++) {
      double f = v == Variant.TSB ? pi * z : factor * z / p;
      r.fitted[t] = f;
      double e = y[t] - f;
      ss += e * e;
      count++;
      if (v == Variant.TSB) {
        if (y[t] > 0) {
          pi += b * (1 - pi);
          z += a * (y[t] - z);
        } else {
          pi -= b * pi;
        }
      } else if (y[t] > 0) {
        z += a * (y[t] - z);
        p += a * ((t - last) - p);
        last = t;
      }
    }
    r.forecast = v == Variant.TSB ? pi * z : factor * z / p;
    r.mse = count == 0 ? 0 : ss / count;
    r.rmse = Math.sqrt(r.mse);
    return r;
  }
}
