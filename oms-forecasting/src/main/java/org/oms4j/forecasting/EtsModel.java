package org.oms4j.forecasting;

/**
 * The exponential smoothing state-space models (Hyndman, Koehler, Ord and Snyder, <i>Forecasting with Exponential
 * Smoothing</i>, 2008) that oms4j fits by maximum likelihood, named ETS(error, trend, season) as in R's ets(): error
 * Additive or Multiplicative; trend None, Additive or Additive damped; season None, Additive or Multiplicative.
 *
 * <p>These are the fifteen models R's ets() considers by default ({@code restrict = TRUE}, no multiplicative trend):
 * additive errors with a multiplicative season are left out, as ets() forbids them (their likelihood is numerically
 * unstable). Multiplicative-error and multiplicative-season models need strictly positive data.
 */
public enum EtsModel {
  /** ETS(A,N,N): simple exponential smoothing, additive errors. */
  A_N_N('A', 'N', false, 'N'),
  /** ETS(A,A,N): Holt's linear trend, additive errors. */
  A_A_N('A', 'A', false, 'N'),
  /** ETS(A,Ad,N): damped trend, additive errors. */
  A_AD_N('A', 'A', true, 'N'),
  /** ETS(A,N,A): additive season, no trend. */
  A_N_A('A', 'N', false, 'A'),
  /** ETS(A,A,A): additive Holt-Winters. */
  A_A_A('A', 'A', false, 'A'),
  /** ETS(A,Ad,A): additive Holt-Winters, damped. */
  A_AD_A('A', 'A', true, 'A'),
  /** ETS(M,N,N): simple exponential smoothing, multiplicative errors. */
  M_N_N('M', 'N', false, 'N'),
  /** ETS(M,A,N): linear trend, multiplicative errors. */
  M_A_N('M', 'A', false, 'N'),
  /** ETS(M,Ad,N): damped trend, multiplicative errors. */
  M_AD_N('M', 'A', true, 'N'),
  /** ETS(M,N,A): additive season, multiplicative errors. */
  M_N_A('M', 'N', false, 'A'),
  /** ETS(M,A,A): trend and additive season, multiplicative errors. */
  M_A_A('M', 'A', false, 'A'),
  /** ETS(M,Ad,A): damped trend and additive season, multiplicative errors. */
  M_AD_A('M', 'A', true, 'A'),
  /** ETS(M,N,M): multiplicative season and errors. */
  M_N_M('M', 'N', false, 'M'),
  /** ETS(M,A,M): multiplicative Holt-Winters with multiplicative errors. */
  M_A_M('M', 'A', false, 'M'),
  /** ETS(M,Ad,M): damped multiplicative Holt-Winters with multiplicative errors. */
  M_AD_M('M', 'A', true, 'M');

  private final boolean multiplicativeError;
  private final boolean trend;
  private final boolean damped;
  private final char season;

  EtsModel(char error, char trend, boolean damped, char season) {
    this.multiplicativeError = error == 'M';
    this.trend = trend == 'A';
    this.damped = damped;
    this.season = season;
  }

  /** Whether the errors are multiplicative (relative). */
  public boolean multiplicativeError() {
    return multiplicativeError;
  }

  /** Whether the model has a trend (damped or not). */
  public boolean trend() {
    return trend;
  }

  /** Whether the trend is damped. */
  public boolean damped() {
    return damped;
  }

  /** Whether the model has a season (additive or multiplicative). */
  public boolean seasonal() {
    return season != 'N';
  }

  /** Whether the season is multiplicative. */
  public boolean multiplicativeSeason() {
    return season == 'M';
  }

  /** Whether the model needs strictly positive data (multiplicative errors or season), as in ets(). */
  public boolean needsPositiveData() {
    return multiplicativeError || multiplicativeSeason();
  }

  /** The label R's ets() prints, for example {@code ETS(M,Ad,M)}. */
  public String label() {
    return "ETS(" + (multiplicativeError ? 'M' : 'A') + "," + (trend ? (damped ? "Ad" : "A") : "N") + "," + season
        + ")";
  }
}
