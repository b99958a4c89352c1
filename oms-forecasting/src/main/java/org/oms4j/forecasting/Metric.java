package org.oms4j.forecasting;

import org.oms4j.core.InvalidInputException;

/**
 * Forecast accuracy metrics over one forecast window. {@code insample} is the history the forecast was made from,
 * {@code actual} and {@code forecast} the outcomes and forecasts of the window, {@code period} the seasonal period
 * (MASE only).
 *
 * <ul>
 *   <li>MAE mean |y - f|; RMSE sqrt(mean (y - f)^2); bias mean (f - y) (positive: over-forecast).
 *   <li>MAPE 100 mean |y - f| / |y| over the periods with y != 0 (undefined if all actuals are 0).
 *   <li>sMAPE (M4) 200 mean |y - f| / (|y| + |f|), a period with y = f = 0 counting 0.
 *   <li>MASE (M4) MAE / mean |y_t - y_{t-m}| over the in-sample history (m = 1 for non-seasonal data).
 *   <li>RMSSE (M5) sqrt(MSE / mean (y_t - y_{t-1})^2), the in-sample mean taken from the first non-zero demand on.
 * </ul>
 *
 * <p>A metric that is undefined for its input (a zero scale, all actuals zero) throws {@link InvalidInputException}
 * rather than returning NaN or infinity.
 */
public enum Metric {
  /** Mean absolute error. */
  MAE,
  /** Root mean squared error. */
  RMSE,
  /** Mean absolute percentage error, in percent. */
  MAPE,
  /** Symmetric MAPE as in M3/M4, in percent (0 to 200). */
  SMAPE,
  /** Mean absolute scaled error, M4 definition with seasonal scaling. */
  MASE,
  /** Root mean squared scaled error, M5 definition. */
  RMSSE,
  /** Mean error forecast minus actual. */
  BIAS;

  /**
   * This metric for one forecast window.
   *
   * @throws InvalidInputException if the arrays are empty or of different lengths, hold a non-finite value, the
   *     period is below 1, or the metric is undefined for this input
   */
  public double compute(double[] insample, double[] actual, double[] forecast, int period) {
    if (actual.length == 0 || actual.length != forecast.length) {
      throw new InvalidInputException(
          "forecast", forecast.length + " values", "must match the " + actual.length + " actual values (at least 1)");
    }
    finite("actual", actual);
    finite("forecast", forecast);
    finite("insample", insample);
    if (period < 1) {
      throw new InvalidInputException("period", period, "must be at least 1");
    }
    int h = actual.length;
    double abs = 0;
    double sq = 0;
    double err = 0;
    for (int i = 0; i < h; i++) {
      double e = actual[i] - forecast[i];
      abs += Math.abs(e);
      sq += e * e;
      err += forecast[i] - actual[i];
    }
    switch (this) {
      case MAE:
        return abs / h;
      case RMSE:
        return Math.sqrt(sq / h);
      case BIAS:
        return err / h;
      case MAPE: {
        double s = 0;
        int n = 0;
        for (int i = 0; i < h; i++) {
          if (actual[i] != 0) {
            s += Math.abs(actual[i] - forecast[i]) / Math.abs(actual[i]);
            n++;
          }
        }
        if (n == 0) {
          throw new InvalidInputException("actual", "all zero", "MAPE is undefined when every actual value is 0");
        }
        return 100 * s / n;
      }
      case SMAPE: {
        double s = 0;
        for (int i = 0; i < h; i++) {
          double d = Math.abs(actual[i]) + Math.abs(forecast[i]);
          s += d == 0 ? 0 : 2 * Math.abs(actual[i] - forecast[i]) / d;
        }
        return 100 * s / h;
      }
      case MASE: {
        if (insample.length <= period) {
          throw new InvalidInputException(
              "insample", insample.length + " values", "MASE needs more than period = " + period + " values");
        }
        double s = 0;
        for (int t = period; t < insample.length; t++) {
          s += Math.abs(insample[t] - insample[t - period]);
        }
        double scale = s / (insample.length - period);
        if (scale == 0) {
          throw new InvalidInputException("insample", "constant", "MASE is undefined: seasonal naive errors are all 0");
        }
        return abs / h / scale;
      }
      default: {
        int first = 0;
        while (first < insample.length && insample[first] == 0) {
          first++;
        }
        double s = 0;
        int n = 0;
        for (int t = first + 1; t < insample.length; t++) {
          s += (insample[t] - insample[t - 1]) * (insample[t] - insample[t - 1]);
          n++;
        }
        if (n == 0 || s == 0) {
          throw new InvalidInputException(
              "insample", insample.length + " values", "RMSSE is undefined: no non-zero naive errors after the first demand");
        }
        return Math.sqrt(sq / h / (s / n));
      }
    }
  }

  private static void finite(String field, double[] v) {
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new InvalidInputException(field + "[" + i + "]", v[i], "must be a finite number");
      }
    }
  }
}
