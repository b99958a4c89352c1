package org.oms4j.forecasting;

import org.oms4j.core.InvalidInputException;
import org.oms4j.forecasting.internal.Args;

/**
 * The standard normal distribution: density, distribution function, its inverse (quantile) and the standard normal
 * loss function used by fill-rate (type 2) service targets.
 *
 * <ul>
 *   <li>{@link #cdf} follows Hart (1968) as given by West, "Better approximations to cumulative normal functions"
 *       (Wilmott, 2005): absolute error below 1e-14 over the whole line;
 *       {@link #complementaryCdf} keeps a relative error below 1e-7 in the far upper tail (z &gt; 7).
 *   <li>{@link #quantile} starts from Acklam's rational approximation (relative error 1.15e-9) and refines it with
 *       one Halley step on {@link #cdf}, which brings it to about 1e-15 relative error.
 *   <li>{@link #loss} is G(z) = phi(z) - z (1 - Phi(z)), the expected shortfall E[(Z - z)+] of a standard normal Z.
 *   <li>{@link #inverseLoss} solves G(z) = g by safeguarded Newton iteration (G'(z) = Phi(z) - 1).
 * </ul>
 */
public final class StandardNormal {
  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
    6.680131188771972e+01, -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };
  private static final double P_LOW = 0.02425;

  private StandardNormal() {}

  /** The density phi(z). */
  public static double pdf(double z) {
    return Math.exp(-0.5 * z * z) / SQRT_2PI;
  }

  /**
   * The distribution function Phi(z) = P(Z &lt;= z).
   *
   * @throws InvalidInputException if {@code z} is NaN
   */
  public static double cdf(double z) {
    if (Double.isNaN(z)) {
      throw new InvalidInputException("z", z, "must be a number");
    }
    double tail = upperTail(Math.abs(z));
    return z > 0 ? 1 - tail : tail;
  }

  /**
   * 1 - Phi(z), computed without cancellation for large z.
   *
   * @throws InvalidInputException if {@code z} is NaN
   */
  public static double complementaryCdf(double z) {
    if (Double.isNaN(z)) {
      throw new InvalidInputException("z", z, "must be a number");
    }
    double tail = upperTail(Math.abs(z));
    return z > 0 ? tail : 1 - tail;
  }

  /** P(Z &gt; x) for x &gt;= 0 (Hart 1968, West 2005). */
  private static double upperTail(double x) {
    if (x > 37) {
      return 0;
    }
    double e = Math.exp(-x * x / 2);
    if (x < 7.07106781186547) {
      double n = 3.52624965998911e-02 * x + 0.700383064443688;
      n = n * x + 6.37396220353165;
      n = n * x + 33.912866078383;
      n = n * x + 112.079291497871;
      n = n * x + 221.213596169931;
      n = n * x + 220.206867912376;
      double d = 8.83883476483184e-02 * x + 1.75566716318264;
      d = d * x + 16.064177579207;
      d = d * x + 86.7807322029461;
      d = d * x + 296.564248779674;
      d = d * x + 637.333633378831;
      d = d * x + 793.826512519948;
      d = d * x + 440.413735824752;
      return e * n / d;
    }
    double b = x + 0.65;
    b = x + 4 / b;
    b = x + 3 / b;
    b = x + 2 / b;
    b = x + 1 / b;
    return e / b / 2.506628274631;
  }

  /**
   * The quantile z with Phi(z) = p.
   *
   * @throws InvalidInputException if {@code p} is not strictly between 0 and 1
   */
  public static double quantile(double p) {
    Args.openProbability("p", p);
    if (p > 0.5) {
      return -lowerQuantile(1 - p);
    }
    return lowerQuantile(p);
  }

  /** The quantile for p in (0, 0.5]: Acklam's approximation plus one Halley step. */
  private static double lowerQuantile(double p) {
    double x;
    if (p < P_LOW) {
      double q = Math.sqrt(-2 * Math.log(p));
      x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    } else {
      double q = p - 0.5;
      double r = q * q;
      x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
          / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
    double e = upperTail(-x) - p; // x <= 0 here, so Phi(x) = upperTail(-x)
    double u = e * SQRT_2PI * Math.exp(x * x / 2);
    return x - u / (1 + x * u / 2);
  }

  /**
   * The standard normal loss function G(z) = E[(Z - z)+] = phi(z) - z (1 - Phi(z)): the expected amount by which a
   * standard normal exceeds z.
   *
   * @throws InvalidInputException if {@code z} is not finite
   */
  public static double loss(double z) {
    Args.finite("z", z);
    return Math.max(0, pdf(z) - z * complementaryCdf(z));
  }

  /**
   * The z at which the standard normal loss function equals {@code g}; G is strictly decreasing, so z is unique.
   *
   * @throws InvalidInputException if {@code g} is not positive and finite
   */
  public static double inverseLoss(double g) {
    Args.positive("g", g);
    // G(z) >= -z, so the root is >= -g; G(z) < 1e-300 above z = 37.
    double lo = -g - 1;
    double hi = 37;
    double z = g < 0.3989 ? quantile(Math.max(1e-300, Math.min(0.5, 1 - g))) : -g;
    for (int i = 0; i < 200; i++) {
      double f = loss(z) - g;
      if (f > 0) {
        lo = z;
      } else {
        hi = z;
      }
      double slope = -complementaryCdf(z);
      double next = slope < 0 ? z - f / slope : Double.NaN;
      if (!(next > lo && next < hi)) {
        next = (lo + hi) / 2;
      }
      if (Math.abs(next - z) <= 1e-14 * Math.max(1, Math.abs(z))) {
        return next;
      }
      z = next;
    }
    return z;
  }
}
