package org.oms4j.forecasting;

import java.util.function.ToDoubleFunction;
import org.oms4j.core.InvalidInputException;
import org.oms4j.forecasting.internal.NelderMead;

/**
 * One ETS state-space model fitted by maximum likelihood with its initial states, as R's ets() does (forecast 8.20,
 * {@code opt.crit = "lik"}, {@code bounds = "both"}).
 *
 * <p><b>Recursions</b> (the same for both error types; R's {@code update()}): with q = l + phi b the level and trend
 * carried forward and s the season of this period, the one-step forecast is f = q, q + s or q s; the level becomes
 * q + alpha (p - q) with p = y, y - s or y / s; the trend phi b + (beta / alpha)(l_new - l - phi b); the season
 * s + gamma (y - q - s) or s + gamma (y / q - s). The error is y - f (additive) or (y - f) / f (multiplicative).
 *
 * <p><b>Likelihood</b> (Hyndman et al. 2008, eq. 5.3): -2 log L = n log(sum e^2) + 2 sum log|f| for multiplicative
 * errors (the last term is absent for additive ones), up to a constant common to all models of one series.
 *
 * <p><b>Estimation</b>, step by step as ets(): the vector (alpha, beta, gamma, phi, l0, b0, s0..s(m-2)) is minimised by
 * the Nelder-Mead variant of R's optim() ({@link NelderMead#minimizeLikeR}: one initial step of 10% of the largest
 * |coordinate|, relative tolerance sqrt(machine epsilon), at most 2,000 evaluations). Parameters outside ets()'s
 * usual bounds (alpha in [0.0001, 0.9999], beta in [0.0001, alpha], gamma in [0.0001, 1 - alpha], phi in [0.80,
 * 0.98]) or, for seasonal models, not admissible (ets()'s conditions and the characteristic polynomial's roots
 * within 1 + 1e-10 of the unit circle, tested here by the Schur-Cohn recursion instead of R's polyroot()), and
 * multiplicative seasons below 0, count as infinitely bad. Start values as ets(): alpha 0.0001 + 0.2 x 0.9998 / m,
 * beta and gamma 10% and 5% of their ranges, phi 0.9782; initial states from ets()'s heuristic: for seasonal models
 * the seasonal figure of a classical decomposition of the whole history (R's decompose(), a 2 x m moving average for
 * even m) when it spans three seasons, else of a regression on a line and one Fourier pair; level (and trend) from
 * the mean (least-squares line) of the first max(10, 2m) seasonally adjusted values. Of the m seasonal states m - 1
 * are estimated, the last makes them sum to 0 (additive) or m (multiplicative). The fitted models, AICc and
 * forecasts agree with forecast 8.20's on M3 monthly series (test fixtures; over all 1,428 series the same sMAPE);
 * as Nelder-Mead follows every comparison, a difference in the last bits (R sums means in long double) can still
 * send it to another optimum on a rare series.
 *
 * <p><b>Variance</b> of the h-step forecast as ets()'s classes 1 to 3 (Hyndman et al. 2008, ch. 6): additive errors
 * sigma^2 (1 + sum c_j^2); multiplicative errors with no or an additive season (1 + sigma^2) theta_h - mu_h^2; with a
 * multiplicative season the exact matrix recursion of class 3, whose mean (the expectation, slightly above the
 * plug-in forecast beyond one season) is the point forecast, as in ets(). Intervals are normal with these moments
 * and censored at 0 (see {@link Forecast}). sigma^2 = sum e^2 / (n - k), k the number of
 * estimated parameters and initial states. R's class 3 code drops phi from the first row of its transition for
 * damped trends; oms4j uses the model's own matrices, so its (M,Ad,M) means and intervals differ from ets()'s by up to
 * about 0.5%.
 */
final class Ets implements ForecastMethod {
  private static final double LO = 1e-4;
  private static final double HI = 0.9999;
  private static final double PHI_LO = 0.8;
  private static final double PHI_HI = 0.98;
  private static final double TOL = 1e-10;
  private static final double HUGE = 1e10;

  private static final int SIMULATED_PATHS = 2000;
  private static final long SIMULATION_SEED = 20081;

  /** ets()'s maxit and optim()'s default reltol, sqrt(machine epsilon). */
  private static final int MAX_EVALUATIONS = 2000;
  private static final double TOLERANCE = 1.4901161193847656e-8;
  private final EtsModel model;
  private final int m; // 1 without season

  Ets(EtsModel model, int period) {
    this.model = org.oms4j.core.internal.Checks.present("model", model);
    if (model.seasonal() && period < 2) {
      throw new InvalidInputException("period", period, model.label() + " needs a seasonal period of at least 2");
    }
    this.m = model.seasonal() ? period : 1;
  }

  EtsModel model() {
    return model;
  }

  @Override
  public String name() {
    return model.label() + (model.seasonal() ? "[" + m + "]" : "");
  }

  /** Smoothing parameters plus initial states (ets()'s length(par)). */
  int parameterCount() {
    int k = 2; // alpha, level
    if (model.trend()) {
      k += 2 + (model.damped() ? 1 : 0);
    }
    if (model.seasonal()) {
      k += 1 + (m - 1);
    }
    return k;
  }

  @Override
  public int minimumLength() {
    // ets() needs more observations than parameters + 1; seasonal models here want two seasons and two periods
    return model.seasonal() ? Math.max(parameterCount() + 2, 2 * m + 2) : parameterCount() + 2;
  }

  @Override
  public Forecast forecast(double[] history, int horizon) {
    double[] y = Methods.check(this, history, horizon);
    if (model.needsPositiveData()) {
      Methods.requirePositive(this, y);
    }
    return forecastFrom(fit(y), horizon);
  }

  /** Fits the model; the history must suit it (length, positivity). */
  SmoothingFit fit(double[] y) {
    int n = y.length;
    double[] x0 = initialStates(y);
    int nPar = 1 + (model.trend() ? 1 : 0) + (model.seasonal() ? 1 : 0) + (model.damped() ? 1 : 0);
    int nState = 1 + (model.trend() ? 1 : 0) + (model.seasonal() ? m - 1 : 0);
    // ets()'s par: alpha, beta, gamma, phi, then l, b, s0..s(m-2) with s0 the most recent season (ring index m-1)
    double[] par = new double[nPar + nState];
    int i = 0;
    double alpha = LO + 0.2 * (HI - LO) / m;
    par[i++] = alpha;
    if (model.trend()) {
      par[i++] = LO + 0.1 * (Math.min(HI, alpha) - LO);
    }
    if (model.seasonal()) {
      par[i++] = LO + 0.05 * (Math.min(HI, 1 - alpha) - LO);
    }
    if (model.damped()) {
      par[i++] = PHI_LO + 0.99 * (PHI_HI - PHI_LO);
    }
    par[i++] = x0[0];
    if (model.trend()) {
      par[i++] = x0[1];
    }
    for (int k = 0; k < m - 1; k++) {
      par[i++] = x0[2 + m - 1 - k];
    }
    double[] ring = new double[m];
    SmoothingFit work = new SmoothingFit();
    ToDoubleFunction<double[]> objective = u -> {
      return decode(u, nPar, work, ring) ? run(y, work, ring) : Double.POSITIVE_INFINITY;
    };
    double[] best = NelderMead.minimizeLikeR(objective, par, MAX_EVALUATIONS, TOLERANCE);
    SmoothingFit fit = new SmoothingFit();
    fit.n = n;
    double lik = decode(best, nPar, fit, ring) ? run(y, fit, ring) : Double.POSITIVE_INFINITY;
    if (!Double.isFinite(lik)) {
      throw new ForecastFailedException(name() + " could not be fitted to a history of " + n + " periods");
    }
    fit.season = ring;
    fit.lik = lik;
    int k = parameterCount();
    int np = k + 1;
    fit.aicc = n - np - 1 <= 0 ? Double.POSITIVE_INFINITY : lik + 2 * np + 2.0 * np * (np + 1) / (n - np - 1);
    fit.sigma2 = fit.sse / (n - k > 0 ? n - k : n);
    return fit;
  }

  /**
   * Parameters and initial states from ets()'s par vector into {@code f} and {@code ring}; false if they are outside
   * the usual bounds, not admissible, or a multiplicative season starts negative.
   */
  private boolean decode(double[] par, int nPar, SmoothingFit f, double[] ring) {
    int i = 0;
    double alpha = par[i++];
    double beta = model.trend() ? par[i++] : 0;
    double gamma = model.seasonal() ? par[i++] : 0;
    double phi = model.damped() ? par[i++] : 1;
    if (alpha < LO || alpha > HI) {
      return false;
    }
    if (model.trend() && (beta < LO || beta > alpha || beta > HI)) {
      return false;
    }
    if (model.damped() && (phi < PHI_LO || phi > PHI_HI)) {
      return false;
    }
    if (model.seasonal()
        && (gamma < LO || gamma > 1 - alpha || gamma > HI || !admissible(alpha, beta, gamma, phi, m))) {
      return false;
    }
    f.alpha = alpha;
    f.beta = beta;
    f.gamma = gamma;
    f.phi = phi;
    f.level = par[i++];
    f.slope = model.trend() ? par[i++] : 0;
    if (model.seasonal()) {
      double sum = 0;
      for (int k = 0; k < m - 1; k++) {
        double s = par[i++];
        ring[m - 1 - k] = s;
        sum += s;
      }
      ring[0] = (model.multiplicativeSeason() ? m : 0) - sum;
      if (model.multiplicativeSeason()) {
        for (double s : ring) {
          if (s < 0) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * Runs the recursions from the states in {@code f} (level, slope) and {@code ring}; returns -2 log L up to a
   * constant (infinite if not a number). Leaves the final states in {@code f} and {@code ring}, and the sum of
   * squared errors in {@code f.sse}.
   */
  private double run(double[] y, SmoothingFit f, double[] ring) {
    int n = y.length;
    boolean multError = model.multiplicativeError();
    double l = f.level;
    double b = f.slope;
    double phi = f.phi;
    double a = f.alpha;
    double be = model.trend() ? f.beta : 0;
    double g = f.gamma;
    int season = model.seasonal() ? (model.multiplicativeSeason() ? 2 : 1) : 0;
    double sse = 0;
    double logSum = 0;
    double product = 1;
    int k = 0; // t mod m
    for (int t = 0; t < n; t++) {
      double yt = y[t];
      double phib = phi * b;
      double q = l + phib;
      double s = season == 0 ? 0 : ring[k];
      double fc = season == 0 ? q : season == 1 ? q + s : q * s;
      double e;
      if (multError) {
        e = (yt - fc) / (Math.abs(fc) < TOL ? fc + TOL : fc);
        product *= Math.abs(fc); // sum of log|f| as the log of a product, folded before it leaves the double range
        if (product > 1e150 || product < 1e-150) {
          logSum += Math.log(product);
          product = 1;
        }
      } else {
        e = yt - fc;
      }
      sse += e * e;
      double p = season == 0 ? yt : season == 1 ? yt - s : (Math.abs(s) < TOL ? HUGE : yt / s);
      double d = p - q;
      l = q + a * d;
      b = phib + be * d; // R: phi b + (beta / alpha)(l_new - l - phi b), the same value in a shorter dependency chain
      if (season == 1) {
        ring[k] = s + g * (yt - q - s);
      } else if (season == 2) {
        ring[k] = s + g * ((Math.abs(q) < TOL ? HUGE : yt / q) - s);
      }
      if (++k == m) {
        k = 0;
      }
    }
    f.level = l;
    f.slope = b;
    f.sse = sse;
    double lik = n * Math.log(sse) + (multError ? 2 * (logSum + Math.log(product)) : 0);
    return Double.isNaN(lik) ? Double.POSITIVE_INFINITY : Math.max(lik, -1e10);
  }

  /** Forecasts {@code horizon} steps from a fit. */
  Forecast forecastFrom(SmoothingFit fit, int horizon) {
    double[] mean = new double[horizon];
    double phiSum = 0;
    for (int h = 1; h <= horizon; h++) {
      phiSum += Math.pow(fit.phi, h);
      double base = fit.level + (model.trend() ? phiSum * fit.slope : 0);
      if (model.seasonal()) {
        double s = fit.season[(fit.n + h - 1) % m];
        base = model.multiplicativeSeason() ? base * s : base + s;
      }
      mean[h - 1] = base;
    }
    double[][] moments = EtsVariance.of(model, m, fit, mean);
    double[] sd = new double[horizon];
    for (int h = 0; h < horizon; h++) {
      sd[h] = Math.sqrt(Math.max(0, moments[1][h]));
    }
    return new Forecast(describe(fit), moments[0], sd, model.needsPositiveData()
        ? () -> simulatedTotalSd(fit, horizon, SIMULATED_PATHS, SIMULATION_SEED)
        : () -> EtsVariance.class1Totals(model.trend(), model.seasonal() ? m : 0, fit, horizon));
  }

  /**
   * The standard deviations of the running totals of steps 1..k, from {@code paths} sample paths of the fitted model
   * (normal errors with variance sigma^2, relative for multiplicative errors; the states updated by each simulated
   * value as in {@link #run}), with a fixed seed.
   */
  double[] simulatedTotalSd(SmoothingFit fit, int horizon, int paths, long seed) {
    java.util.Random random = new java.util.Random(seed);
    double sigma = Math.sqrt(fit.sigma2);
    double[] sum = new double[horizon];
    double[] sumSquares = new double[horizon];
    double[] ring = new double[m];
    int season = model.seasonal() ? (model.multiplicativeSeason() ? 2 : 1) : 0;
    for (int path = 0; path < paths; path++) {
      double l = fit.level;
      double b = fit.slope;
      if (season != 0) {
        System.arraycopy(fit.season, 0, ring, 0, m);
      }
      double total = 0;
      for (int j = 0; j < horizon; j++) {
        int k = (fit.n + j) % m;
        double phib = fit.phi * b;
        double q = l + phib;
        double s = season == 0 ? 0 : ring[k];
        double fc = season == 0 ? q : season == 1 ? q + s : q * s;
        double e = sigma * random.nextGaussian();
        double yt = model.multiplicativeError() ? fc * (1 + e) : fc + e;
        double p = season == 0 ? yt : season == 1 ? yt - s : (Math.abs(s) < TOL ? HUGE : yt / s);
        double d = p - q;
        l = q + fit.alpha * d;
        b = phib + (model.trend() ? fit.beta : 0) * d;
        if (season == 1) {
          ring[k] = s + fit.gamma * (yt - q - s);
        } else if (season == 2) {
          ring[k] = s + fit.gamma * ((Math.abs(q) < TOL ? HUGE : yt / q) - s);
        }
        total += yt;
        sum[j] += total;
        sumSquares[j] += total * total;
      }
    }
    double[] out = new double[horizon];
    for (int j = 0; j < horizon; j++) {
      double mean = sum[j] / paths;
      out[j] = Math.sqrt(Math.max(0, (sumSquares[j] - paths * mean * mean) / (paths - 1)));
    }
    return out;
  }

  String describe(SmoothingFit f) {
    return Methods.smoothingLabel(name(), f.alpha, model.trend() ? f.beta : Double.NaN,
        model.damped() ? f.phi : Double.NaN, model.seasonal() ? f.gamma : Double.NaN);
  }

  /**
   * ets()'s heuristic initial states: [level, slope, season for periods 0..m-1] (slope 0 without trend, seasons
   * absent without season).
   */
  double[] initialStates(double[] y) {
    int n = y.length;
    double[] out = new double[2 + (model.seasonal() ? m : 0)];
    double[] adjusted = y;
    if (model.seasonal()) {
      boolean mult = model.multiplicativeSeason();
      double[] seasonal = n >= 3 * m ? decompose(y, m, mult) : fourierSeasonal(y, m, mult);
      double[] s = new double[m];
      double sum = 0;
      for (int k = 1; k < m; k++) {
        s[k] = mult ? Math.max(seasonal[k], 0.01) : seasonal[k];
        sum += s[k];
      }
      if (mult && sum > m) {
        double d = sum + 0.01 * (m - 1);
        sum = 0;
        for (int k = 1; k < m; k++) {
          s[k] /= d;
          sum += s[k];
        }
      }
      s[0] = (mult ? m : 0) - sum;
      System.arraycopy(s, 0, out, 2, m);
      adjusted = new double[n];
      for (int t = 0; t < n; t++) {
        double st = seasonal[t % m];
        adjusted[t] = mult ? y[t] / Math.max(st, 0.01) : y[t] - st;
      }
    }
    int maxn = Math.min(Math.max(10, 2 * m), n);
    if (!model.trend()) {
      double mean = 0;
      for (int t = 0; t < maxn; t++) {
        mean += adjusted[t] / maxn;
      }
      out[0] = mean;
      return out;
    }
    double[] line = Methods.leastSquaresLine(adjusted, maxn); // R: lsfit(1:maxn, .), intercept at 0
    double l0 = line[0];
    double slope = line[1];
    if (Math.abs(l0 + slope) < 1e-8) {
      l0 *= 1 + 1e-3;
      slope *= 1 - 1e-3;
    }
    out[0] = l0;
    out[1] = slope;
    return out;
  }

  /**
   * The seasonal figure of R's decompose(): a centred moving average of order m (2 x m for even m) as the trend,
   * ratios or differences to it averaged per season position and normalised to mean 1 or 0. Index k is the season
   * of periods t with t mod m = k.
   */
  static double[] decompose(double[] y, int m, boolean mult) {
    int n = y.length;
    double[] filter = new double[m % 2 == 0 ? m + 1 : m];
    java.util.Arrays.fill(filter, 1.0 / m);
    if (m % 2 == 0) {
      filter[0] = 0.5 / m;
      filter[m] = 0.5 / m;
    }
    int half = filter.length / 2;
    double[] sum = new double[m];
    int[] count = new int[m];
    for (int t = half; t + half < n; t++) {
      double trend = 0;
      for (int i = 0; i < filter.length; i++) {
        trend += filter[i] * y[t - half + i];
      }
      sum[t % m] += mult ? y[t] / trend : y[t] - trend;
      count[t % m]++;
    }
    double mean = 0;
    for (int k = 0; k < m; k++) {
      sum[k] /= count[k];
      mean += sum[k] / m;
    }
    for (int k = 0; k < m; k++) {
      sum[k] = mult ? sum[k] / mean : sum[k] - mean;
    }
    return sum;
  }

  /**
   * For histories shorter than three seasons, as ets(): regress y on a line and one Fourier pair (sin, cos of
   * 2 pi t / m, t = 1..n) and take the first m values less (or divided by) the fitted line.
   */
  static double[] fourierSeasonal(double[] y, int m, boolean mult) {
    int n = y.length;
    boolean withSin = m > 2; // for m = 2 the sine column is zero and dropped
    int p = withSin ? 4 : 3;
    double[][] xtx = new double[p][p];
    double[] xty = new double[p];
    double[] row = new double[p];
    for (int t = 1; t <= n; t++) {
      row[0] = 1;
      row[1] = t;
      int c = 2;
      if (withSin) {
        row[c++] = Math.sin(2 * Math.PI * t / m);
      }
      row[c] = Math.cos(2 * Math.PI * t / m);
      for (int i = 0; i < p; i++) {
        xty[i] += row[i] * y[t - 1];
        for (int j = 0; j < p; j++) {
          xtx[i][j] += row[i] * row[j];
        }
      }
    }
    double[] beta = EtsVariance.solve(xtx, xty);
    double[] out = new double[m];
    for (int t = 1; t <= m; t++) {
      double line = beta[0] + beta[1] * t;
      out[t - 1] = mult ? y[t - 1] / line : y[t - 1] - line;
    }
    return out;
  }

  /**
   * ets()'s admissibility of a seasonal model's parameters (Hyndman et al. 2008, ch. 10): bounds on gamma, alpha,
   * beta and the roots of phi (1 - alpha - gamma) + (alpha + beta - alpha phi + gamma - 1) z + (alpha + beta - alpha
   * phi)(z^2 + ... + z^(m-1)) + (alpha + beta - phi) z^m + z^(m+1) inside the unit circle.
   */
  static boolean admissible(double alpha, double beta, double gamma, double phi, int m) {
    if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) {
      return false;
    }
    if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) {
      return false;
    }
    if (beta < -(1 - phi) * (gamma / m + alpha)) {
      return false;
    }
    double[] p = new double[m + 2];
    p[0] = phi * (1 - alpha - gamma);
    p[1] = alpha + beta - alpha * phi + gamma - 1;
    for (int k = 2; k < m; k++) {
      p[k] = alpha + beta - alpha * phi;
    }
    p[m] = alpha + beta - phi;
    p[m + 1] = 1;
    return rootsInUnitDisc(p, 1e-10);
  }

  /**
   * Schur-Cohn: whether every root of sum p[k] z^k (p[last] != 0) has modulus at most 1 + tol, by the step-down
   * recursion on reflection coefficients. Roots on the circle itself (|k| = 1 within tol) are accepted.
   */
  static boolean rootsInUnitDisc(double[] p, double tol) {
    // scale z by (1 + tol) so roots with |z| <= 1 + tol fall inside the unit disc
    int d = p.length - 1;
    double[] a = new double[d + 1];
    double r = 1;
    for (int k = 0; k <= d; k++) {
      a[k] = p[k] * r;
      r *= 1 + tol;
    }
    for (int deg = d; deg >= 1; deg--) {
      double lead = a[deg];
      double refl = a[0] / lead;
      if (!(Math.abs(refl) < 1 + 1e-12)) {
        return false;
      }
      double den = 1 - refl * refl;
      if (den <= 1e-14) {
        return true; // a root on the circle: accept (within tolerance), as ets() does up to 1e-10
      }
      double[] next = new double[deg];
      for (int k = 0; k < deg; k++) {
        next[k] = (a[k + 1] - refl * a[deg - k - 1]) / lead;
      }
      // next is the reduced polynomial of degree deg - 1 (leading coefficient next[deg-1] = den)
      a = next;
    }
    return true;
  }
}
