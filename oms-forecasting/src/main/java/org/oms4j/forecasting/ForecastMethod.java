package org.oms4j.forecasting;

import org.oms4j.core.InvalidInputException;

/**
 * A forecasting method: fits itself to a demand history and forecasts the next periods with a predictive standard
 * deviation per period. Implementations are immutable and thread-safe; each call fits afresh.
 *
 * <p>Every method documents its initialisation and optimiser, because both change the numbers. Prediction errors are
 * taken as normal with the documented variance; forecasts are never negative (see {@link Forecast}). A history
 * shorter than {@link #minimumLength()} is refused with an {@link InvalidInputException} naming {@code history};
 * {@link #orElse(ForecastMethod)} gives a documented fallback instead.
 */
public interface ForecastMethod {

  /** A short name, for example {@code "SES"} or {@code "Croston(0.1)"}. */
  String name();

  /** The fewest periods this method accepts. */
  int minimumLength();

  /**
   * Fits the method to {@code history} (oldest first) and forecasts {@code horizon} periods.
   *
   * @throws InvalidInputException naming {@code history} if it is shorter than {@link #minimumLength()} or holds a
   *     NaN, infinite or negative value (naming the index), or naming {@code horizon} if it is not positive
   * @throws ForecastFailedException if the fit fails numerically
   */
  Forecast forecast(double[] history, int horizon);

  /**
   * Forecasts from a {@link DemandHistory}.
   *
   * @throws InvalidInputException as {@link #forecast(double[], int)}
   */
  default Forecast forecast(DemandHistory history, int horizon) {
    return forecast(history.values(), horizon);
  }

  /** This method, or {@code fallback} for histories shorter than this method's minimum length. */
  default ForecastMethod orElse(ForecastMethod fallback) {
    return new Methods.Fallback(this, fallback);
  }

  /** Naive: every forecast is the last value; variance sigma^2 h, sigma from one-step differences. Minimum 2. */
  static ForecastMethod naive() {
    return new Methods.Naive();
  }

  /**
   * Seasonal naive: the value one season earlier; variance sigma^2 (floor((h - 1) / m) + 1), sigma from lag-m
   * differences. Minimum m + 1.
   *
   * @throws InvalidInputException if {@code period} is below 1
   */
  static ForecastMethod seasonalNaive(int period) {
    return new Methods.SeasonalNaive(period);
  }

  /**
   * Moving average of the last {@code window} values; variance sigma^2 (1 + 1/k), sigma from the in-sample one-step
   * errors of the same moving average. Minimum window + 1.
   *
   * @throws InvalidInputException if {@code window} is below 1
   */
  static ForecastMethod movingAverage(int window) {
    return new Methods.MovingAverage(window);
  }

  /**
   * Simple exponential smoothing with fixed alpha. Initial level: the first observation. Minimum 2.
   *
   * @throws InvalidInputException if alpha is not in (0, 1]
   */
  static ForecastMethod ses(double alpha) {
    return ExponentialSmoothing.ses(alpha);
  }

  /**
   * Simple exponential smoothing, alpha and the initial level chosen together by Nelder-Mead minimising the
   * in-sample sum of squared one-step errors (for additive Gaussian errors the same optimum as the likelihood, as in
   * R's ets(y, "ANN", opt.crit = "mse")), alpha within [0.0001, 0.9999]. Minimum 2.
   */
  static ForecastMethod ses() {
    return ExponentialSmoothing.sesOptimised();
  }

  /**
   * Holt's linear trend, optionally damped (phi in [0.80, 0.98]). Parameters by Nelder-Mead on the in-sample sum of
   * squared one-step errors within R ets()'s admissible box; initial level and slope from a least-squares line through
   * the first min(n, 10) values (not re-optimised). Intervals: the class-1 ETS variance formula.
   * Minimum 4.
   */
  static ForecastMethod holt(boolean damped) {
    return ExponentialSmoothing.holt(damped);
  }

  /**
   * Holt-Winters with additive seasonality of {@code period}, parameters optimised by SSE (see
   * {@link ExponentialSmoothing}). Minimum 2 period + 2.
   *
   * @throws InvalidInputException if {@code period} is below 2
   */
  static ForecastMethod holtWintersAdditive(int period, boolean damped) {
    return ExponentialSmoothing.holtWinters(period, false, damped);
  }

  /**
   * Holt-Winters with multiplicative seasonality of {@code period} (additive errors), optionally damped; needs
   * strictly positive history (else an {@link InvalidInputException} naming the index). Initialised as the additive
   * model with ratio seasonal indices averaging 1; intervals use the additive variance formula (an approximation). R's
   * ets() refuses additive errors with a multiplicative season; its multiplicative-error counterparts are
   * {@code ets(EtsModel.M_A_M, period)} and {@code ets(EtsModel.M_AD_M, period)}. Minimum 2 period + 2.
   *
   * @throws InvalidInputException if {@code period} is below 2
   */
  static ForecastMethod holtWintersMultiplicative(int period, boolean damped) {
    return ExponentialSmoothing.holtWinters(period, true, damped);
  }

  /**
   * Croston's method with the classic alpha 0.1 for sizes and intervals. The first size is the first non-zero
   * demand; the first inter-demand interval counts from the start of the series. The sd is the in-sample RMSE of
   * one-step forecasts after the first demand, flat over the horizon; no demand at all forecasts 0. Minimum 1.
   */
  static ForecastMethod croston() {
    return Croston.croston(0.1);
  }

  /**
   * Croston's method with alpha (sizes and intervals alike) chosen by a grid search over 0.01..0.50 minimising the
   * in-sample mean squared one-step error; initialised as {@link #croston()}.
   */
  static ForecastMethod crostonOptimised() {
    return Croston.crostonOptimised(false);
  }

  /** The Syntetos-Boylan approximation: Croston (initialised as {@link #croston()}) times (1 - alpha/2), alpha 0.05. */
  static ForecastMethod sba() {
    return Croston.sba(0.05);
  }

  /** SBA with alpha chosen as {@link #crostonOptimised()}. */
  static ForecastMethod sbaOptimised() {
    return Croston.crostonOptimised(true);
  }

  /** TSB with alpha and beta chosen on the grid 0.05..0.50 by in-sample mean squared one-step error. */
  static ForecastMethod tsbOptimised() {
    return Croston.tsbOptimised();
  }

  /**
   * Teunter-Syntetos-Babai: demand probability updated every period with {@code beta}, size on demand with
   * {@code alpha}; size initialised as {@link #croston()}, probability as 1 / (first interval), both updated after
   * the first demand.
   *
   * @throws InvalidInputException if a smoothing constant is not in (0, 1]
   */
  static ForecastMethod tsb(double alpha, double beta) {
    return Croston.tsb(alpha, beta);
  }

  /**
   * ADIDA: temporal aggregation to buckets of the rounded mean inter-demand interval, SES on the buckets, the bucket
   * forecast spread evenly. The rounding is half up; buckets are aligned to the end of the history (the first
   * n mod k periods are left out), k at most n / 2; SES alpha on the grid 0.01..1.00 by in-sample SSE. Minimum 2.
   */
  static ForecastMethod adida() {
    return new Aggregation.Adida();
  }

  /**
   * IMAPA: the average over aggregation levels 1..round(ADI) (buckets as {@link #adida()}) of per-period forecasts,
   * each level by SBA (alpha 0.05) if its bucket series has ADI at least 1.32, else by grid-search SES. Minimum 2.
   */
  static ForecastMethod imapa() {
    return new Aggregation.Imapa();
  }

  /**
   * Automatic exponential smoothing as R's forecast::ets() with its defaults: fits every {@link EtsModel} the data
   * allow (multiplicative errors or season only for strictly positive data; seasonal models only for a {@code period}
   * from 2 to 24, as ets(), and at least 2 period + 2 values) by maximum likelihood, smoothing parameters and initial
   * states together (see {@link #ets(EtsModel, int)}), and keeps the lowest AICc = -2 log L + 2k + 2k(k + 1) /
   * (n - k - 1), k = parameters + initial states + 1. On M3 monthly data it selected ets()'s model on every series of
   * a 204-series sample and scores ets()'s sMAPE over all 1,428 (last digits of the arithmetic can still move the
   * optimiser elsewhere on a rare series). Histories of 2 or 3 periods get SES fitted by
   * SSE. Minimum 2.
   *
   * @throws InvalidInputException if {@code period} is below 1
   */
  static ForecastMethod autoEts(int period) {
    return new AutoEts(period);
  }

  /**
   * One ETS state-space model fitted as R's ets(y, model) does: smoothing parameters and initial states by
   * maximum likelihood (Nelder-Mead as R's optim(), from ets()'s heuristic initial states, within ets()'s usual and
   * admissible bounds); intervals from ets()'s analytic forecast variances (see {@link EtsModel} for the models).
   * Minimum: the number of parameters and initial states + 2, for seasonal models at least 2 period + 2.
   *
   * @throws InvalidInputException if a seasonal {@code model} gets a {@code period} below 2, and at forecast time,
   *     naming the index, if a model that needs positive data meets a zero
   */
  static ForecastMethod ets(EtsModel model, int period) {
    return new Ets(model, period);
  }

  /**
   * Chooses a method by the history's {@link DemandClass} (see {@link DemandClass#defaultMethod()}) at each call,
   * falling back to SBA for histories too short for that method.
   */
  static ForecastMethod byDemandClass() {
    return new Methods.ByDemandClass();
  }
}
