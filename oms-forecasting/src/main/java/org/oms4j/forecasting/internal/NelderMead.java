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
    return minimize(f, x0, step, maxEvaluations, 1e-10);
  }

  /**
   * As {@link #minimize(BoundedObjective, double[], double, int)}, stopping once the simplex's worst and best values
   * are within {@code relativeTolerance} |best| of each other.
   */
  public static double[] minimize(
      BoundedObjective f, double[] x0, double step, int maxEvaluations, double relativeTolerance) {
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
      if (Math.abs(v[n] - v[0]) <= relativeTolerance * (Math.abs(v[0]) + 1e-12)) {
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

  /**
   * The Nelder-Mead variant of R's {@code optim()} (J. C. Nash's {@code nmmin}: reflection 1, contraction 0.5,
   * expansion 2), followed step by step so that results match R's: one step for every coordinate, 10% of the largest
   * |x0_i| (0.1 if all are 0); non-finite values count as 1e35; stops when the worst and best values of the simplex
   * are within {@code relativeTolerance} (|f(x0)| + relativeTolerance), after more than {@code maxEvaluations}
   * evaluations, or when a shrink no longer reduces the simplex.
   *
   * @return the best point found; its value is not finite only if f(x0) was not
   */
  public static double[] minimizeLikeR(
      ToDoubleFunction<double[]> f, double[] x0, int maxEvaluations, double relativeTolerance) {
    final double big = 1.0e35;
    int n = x0.length;
    double[] b = x0.clone();
    double f0 = f.applyAsDouble(b);
    if (!Double.isFinite(f0)) {
      return b;
    }
    int n1 = n + 1;
    double[][] p = new double[n1][]; // vertices
    double[] v = new double[n1];
    double[] centroid = new double[n];
    int funcount = 1;
    double convtol = relativeTolerance * (Math.abs(f0) + relativeTolerance);
    p[0] = b.clone();
    v[0] = f0;
    int low = 0;
    double step = 0;
    for (int i = 0; i < n; i++) {
      step = Math.max(step, 0.1 * Math.abs(b[i]));
    }
    if (step == 0) {
      step = 0.1;
    }
    double size = 0;
    for (int j = 1; j < n1; j++) {
      p[j] = b.clone();
      double tryStep = step;
      while (p[j][j - 1] == b[j - 1]) {
        p[j][j - 1] = b[j - 1] + tryStep;
        tryStep *= 10;
      }
      size += tryStep;
    }
    double oldSize = size;
    boolean calcVertices = true;
    do {
      if (calcVertices) {
        for (int j = 0; j < n1; j++) {
          if (j != low) {
            v[j] = finiteOr(f.applyAsDouble(p[j]), big);
            funcount++;
          }
        }
        calcVertices = false;
      }
      double vl = v[low];
      double vh = vl;
      int high = low;
      for (int j = 0; j < n1; j++) {
        if (j != low) {
          if (v[j] < vl) {
            low = j;
            vl = v[j];
          }
          if (v[j] > vh) {
            high = j;
            vh = v[j];
          }
        }
      }
      if (vh <= vl + convtol) {
        break;
      }
      for (int i = 0; i < n; i++) {
        double t = -p[high][i];
        for (int j = 0; j < n1; j++) {
          t += p[j][i];
        }
        centroid[i] = t / n;
      }
      double[] r = new double[n];
      for (int i = 0; i < n; i++) {
        r[i] = 2 * centroid[i] - p[high][i];
      }
      double vr = finiteOr(f.applyAsDouble(r), big);
      funcount++;
      if (vr < vl) {
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
          e[i] = 2 * r[i] - centroid[i];
        }
        double fe = finiteOr(f.applyAsDouble(e), big);
        funcount++;
        if (fe < vr) {
          p[high] = e;
          v[high] = fe;
        } else {
          p[high] = r;
          v[high] = vr;
        }
      } else {
        if (vr < vh) {
          p[high] = r;
          v[high] = vr;
        }
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
          c[i] = 0.5 * p[high][i] + 0.5 * centroid[i];
        }
        double fc = finiteOr(f.applyAsDouble(c), big);
        funcount++;
        if (fc < v[high]) {
          p[high] = c;
          v[high] = fc;
        } else if (vr >= vh) {
          calcVertices = true;
          size = 0;
          for (int j = 0; j < n1; j++) {
            if (j != low) {
              for (int i = 0; i < n; i++) {
                p[j][i] = 0.5 * (p[j][i] - p[low][i]) + p[low][i];
                size += Math.abs(p[j][i] - p[low][i]);
              }
            }
          }
          if (size < oldSize) {
            oldSize = size;
          } else {
            break;
          }
        }
      }
    } while (funcount <= maxEvaluations);
    return p[low].clone();
  }

  private static double finiteOr(double y, double otherwise) {
    return Double.isFinite(y) ? y : otherwise;
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
