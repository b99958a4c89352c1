package org.oms4j.forecasting;

import org.oms4j.core.InvalidInputException;

/**
 * The Syntetos-Boylan-Croston demand classes by average inter-demand interval (ADI) and squared coefficient of
 * variation of the non-zero demand sizes (CV^2), with the cut-offs ADI 1.32 and CV^2 0.49.
 *
 * <p>ADI is the number of periods divided by the number of periods with demand (so a first demand late in the
 * series counts its leading zeros). CV^2 uses the population variance of the non-zero sizes (0 for a single demand).
 */
public enum DemandClass {
  /** ADI &lt; 1.32, CV^2 &lt; 0.49: regular demand of stable size. */
  SMOOTH,
  /** ADI &lt; 1.32, CV^2 &gt;= 0.49: regular demand of varying size. */
  ERRATIC,
  /** ADI &gt;= 1.32, CV^2 &lt; 0.49: sporadic demand of stable size. */
  INTERMITTENT,
  /** ADI &gt;= 1.32, CV^2 &gt;= 0.49: sporadic demand of varying size. */
  LUMPY,
  /** No demand at all in the history. */
  NO_DEMAND;

  /** The ADI cut-off. */
  public static final double ADI_CUTOFF = 1.32;
  /** The CV^2 cut-off. */
  public static final double CV2_CUTOFF = 0.49;

  /**
   * Classifies a history.
   *
   * @throws InvalidInputException if it is empty or holds a NaN, infinite or negative value
   */
  public static DemandClass of(double[] history) {
    checked(history);
    int nonZero = 0;
    for (double v : history) {
      if (v > 0) {
        nonZero++;
      }
    }
    if (nonZero == 0) {
      return NO_DEMAND;
    }
    boolean sporadic = adi(history) >= ADI_CUTOFF;
    boolean variable = cv2(history) >= CV2_CUTOFF;
    if (sporadic) {
      return variable ? LUMPY : INTERMITTENT;
    }
    return variable ? ERRATIC : SMOOTH;
  }

  /** Classifies a demand history. */
  public static DemandClass of(DemandHistory history) {
    return of(history.values());
  }

  /**
   * The average inter-demand interval: periods / periods with demand (infinite without demand).
   *
   * @throws InvalidInputException if the history is empty or holds a bad value
   */
  public static double adi(double[] history) {
    checked(history);
    int nonZero = 0;
    for (double v : history) {
      if (v > 0) {
        nonZero++;
      }
    }
    return nonZero == 0 ? Double.POSITIVE_INFINITY : (double) history.length / nonZero;
  }

  /**
   * The squared coefficient of variation of the non-zero demand sizes (0 without demand).
   *
   * @throws InvalidInputException if the history is empty or holds a bad value
   */
  public static double cv2(double[] history) {
    checked(history);
    double sum = 0;
    int n = 0;
    for (double v : history) {
      if (v > 0) {
        sum += v;
        n++;
      }
    }
    if (n == 0) {
      return 0;
    }
    double mean = sum / n;
    double ss = 0;
    for (double v : history) {
      if (v > 0) {
        ss += (v - mean) * (v - mean);
      }
    }
    return ss / n / (mean * mean);
  }

  /**
   * The method oms4j uses by default for this class: optimised SES for smooth and erratic demand, SBA with alpha
   * 0.05 for intermittent and lumpy demand, and Croston (which forecasts 0) without demand.
   */
  public ForecastMethod defaultMethod() {
    switch (this) {
      case SMOOTH:
      case ERRATIC:
        return ForecastMethod.ses();
      case INTERMITTENT:
      case LUMPY:
        return ForecastMethod.sba();
      default:
        return ForecastMethod.croston();
    }
  }

  private static void checked(double[] history) {
    if (history == null || history.length == 0) {
      throw new InvalidInputException("history", history == null ? null : "[]", "must hold at least one period");
    }
    for (int i = 0; i < history.length; i++) {
      if (!Double.isFinite(history[i]) || history[i] < 0) {
        throw new InvalidInputException("history[" + i + "]", history[i], "demand must be a finite number of zero or more");
      }
    }
  }
}
