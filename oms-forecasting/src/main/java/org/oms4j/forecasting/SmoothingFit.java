package org.oms4j.forecasting;

/**
 * An exponential smoothing model fitted to n periods: smoothing parameters, the states after the last observation
 * and the fit's statistics. Mutable working state of {@link ExponentialSmoothing} and {@link Ets}; not API.
 */
final class SmoothingFit {
  double alpha;
  double beta;
  double gamma;
  double phi = 1;
  double level;
  double slope;
  /** Seasonal ring: the season of period t (0-based) is at t mod m; empty or unused without season. */
  double[] season;
  int n;
  /** Sum of squared one-step errors (relative errors for multiplicative-error models). */
  double sse;
  /** The one-step error variance, sse / (n - estimated parameters and states). */
  double sigma2;
  /** -2 log likelihood up to a constant (likelihood-fitted models only). */
  double lik;
  /** AICc (likelihood-fitted models only). */
  double aicc;
}
