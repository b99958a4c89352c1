package org.oms4j.forecasting.internal;

import java.util.function.ToDoubleFunction;

/**
 * Nelder-Mead simplex minimisation (standard coefficients: reflection 1, expansion 2, contraction 0.5, shrink 0.5)
 * from a starting point with a fixed initial step per coordinate. Deterministic. Not API.
 */
public final class NelderMead {
  private NelderMead() {}

  /**
   * An objective that may stop early: once it knows its value exceeds {@code bound} it may return any value above
   * {@code bound}. The simplex only compares such values with that bound, so the result is the same as with the full
   * value.
   */
  @FunctionalInterface
  public interface BoundedObjective {
    /** The value at x, or any number above {@code bound} if the value is above it. */
    double value(double[] x, double bound);
  }

  /** Minimises {@code f} from {@code x0}; returns the best point found after at most {@code maxEvaluations}. */
  public static double[] minimize(ToDoubleFunction<double[]> f, double[] x0, double step, int maxEvaluations) {
    return minimize((x, bound) -> f.applyAsDouble(x), x0, step, maxEvaluations);
  }

  /** As {@link #minimize(ToDoubleFunction, double[], double, int)}, letting the objective stop early. */
  public static double[] minimize(BoundedObjective f, double[] x0, double step, int maxEvaluations) {
    final double inf = Double.POSITIVE_INFINITY;
    int n = x0.length;
    double[][] p = new double[n + 1][];
    double[] v = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      p[i] = x0.clone();
      if (i > 0) {
        p[i][i - 1] += step;
      }
      v[i] = eval(f, p[i], inf);
    }
    int evals = n + 1;
    while (evals < maxEvaluations) {
      // order: best at 0, worst at n
      for (int i = 1; i <= n; i++) {
        for (int j = i; j > 0 && v[j] < v[j - 1]; j--) {
          double tv = v[j];
          v[j] = v[j - 1];
          v[j - 1] = tv;
          double[] tp = p[j];
          p[j] = p[j - 1];
          p[j - 1] = tp;
        }
      }
      if (Math.abs(v[n] - v[0]) <= 1e-10 * (Math.abs(v[0]) + 1e-12)) {
        break;
      }
      double[] c = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          c[j] += p[i][j] / n;
        }
      }
      double[] r = along(c, p[n], -1);
      double fr = eval(f, r, v[n]);
      evals++;
      if (fr < v[0]) {
        double[] e = along(c, p[n], -2);
        double fe = eval(f, e, fr);
        evals++;
        if (fe < fr) {
          p[n] = e;
          v[n] = fe;
        } else {
          p[n] = r;
          v[n] = fr;
        }
      } else if (fr < v[n - 1]) {
        p[n] = r;
        v[n] = fr;
      } else {
        double[] k = fr < v[n] ? along(c, p[n], -0.5) : along(c, p[n], 0.5);
        double fk = eval(f, k, Math.min(fr, v[n]));
        evals++;
        if (fk < Math.min(fr, v[n])) {
          p[n] = k;
          v[n] = fk;
        } else {
          for (int i = 1; i <= n; i++) {
            p[i] = along(p[0], p[i], 0.5);
            v[i] = eval(f, p[i], inf);
          }
          evals += n;
        }
      }
    }
    int best = 0;
    for (int i = 1; i <= n; i++) {
      if (v[i] < v[best]) {
        best = i;
      }
    }
    return p[best];
  }

  /** c + t (x - c). */
  private static double[] along(double[] c, double[] x, double t) {
    double[] out = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      out[i] = c[i] + t * (x[i] - c[i]);
    }
    return out;
  }

  private static double eval(BoundedObjective f, double[] x, double bound) {
    double y = f.value(x, bound);
    return Double.isNaN(y) ? Double.POSITIVE_INFINITY : y;
  }
}
