package org.oms4j.forecasting;

/**
 * Forecast variances of the ETS models, as R's forecast.ets() computes them analytically (Hyndman et al. 2008,
 * ch. 6): class 1 (additive errors), class 2 (multiplicative errors, no or additive season) and class 3
 * (multiplicative errors and season). Small dense matrices; not API.
 */
final class EtsVariance {
  private EtsVariance() {}

  /**
   * The mean and variance of each step's forecast, given the plug-in point forecasts {@code mu} (the recursions run
   * on with zero errors): {mean, variance}. For a multiplicative season the mean is class 3's exact E[y], which
   * differs from {@code mu} beyond one season (the level and season errors are correlated); else it is {@code mu}.
   */
  static double[][] of(EtsModel model, int m, SmoothingFit fit, double[] mu) {
    int h = mu.length;
    if (!model.multiplicativeError()) {
      return new double[][] {mu, class1(model.trend(), model.seasonal() ? m : 0, fit, h)};
    }
    double[] c = coefficients(model.trend(), model.seasonal() ? m : 0, fit, h);
    double s2 = fit.sigma2;
    double[] var = new double[h];
    if (!model.multiplicativeSeason()) {
      double[] theta = new double[h];
      for (int j = 0; j < h; j++) {
        double t = mu[j] * mu[j];
        for (int i = 0; i < j; i++) {
          t += s2 * c[i] * c[i] * theta[j - 1 - i];
        }
        theta[j] = t;
        var[j] = (1 + s2) * t - mu[j] * mu[j];
      }
      return new double[][] {mu, var};
    }
    return class3(model, m, fit, h);
  }

  /**
   * Class 1 (additive errors, no or additive season; also used as an approximation for additive errors with a
   * multiplicative season): sigma^2 (1 + c_1^2 + ... + c_(h-1)^2) for steps 1..h; {@code m} 0 without season.
   */
  static double[] class1(boolean trend, int m, SmoothingFit fit, int h) {
    double[] c = coefficients(trend, m, fit, h);
    double[] var = new double[h];
    double sum = 0;
    for (int j = 0; j < h; j++) {
      var[j] = fit.sigma2 * (1 + sum);
      sum += c[j] * c[j];
    }
    return var;
  }

  /**
   * Class 1 standard deviations of the running totals: for steps 1..k, sigma sqrt(sum over i = 1..k of
   * (1 + C_(k-i))^2), C_r = c_1 + ... + c_r; {@code m} 0 without season.
   */
  static double[] class1Totals(boolean trend, int m, SmoothingFit fit, int h) {
    double[] c = coefficients(trend, m, fit, h);
    double[] cum = new double[h]; // cum[r] = C_r
    for (int r = 1; r < h; r++) {
      cum[r] = cum[r - 1] + c[r - 1];
    }
    double[] out = new double[h];
    for (int k = 1; k <= h; k++) {
      double s = 0;
      for (int r = 0; r < k; r++) {
        s += (1 + cum[r]) * (1 + cum[r]);
      }
      out[k - 1] = Math.sqrt(fit.sigma2 * s);
    }
    return out;
  }

  /** c_j = alpha + beta (phi + ... + phi^j) + gamma [j mod m = 0], j = 1..h (index j - 1); m 0 without season. */
  private static double[] coefficients(boolean trend, int m, SmoothingFit fit, int h) {
    double[] c = new double[h];
    double phiSum = 0;
    for (int j = 1; j <= h; j++) {
      phiSum += trend ? Math.pow(fit.phi, j) : 0;
      c[j - 1] = fit.alpha + fit.beta * phiSum + (m > 0 && j % m == 0 ? fit.gamma : 0);
    }
    return c;
  }

  /**
   * Class 3: y = (H1 x)(H2 z)(1 + e), x = (F1 + G1 e) x, z = (F2 + G2 e) z with x = (level, trend) and z the m
   * seasons, most recent first. Tracks M = E[x z'] and V = Var(vec(x z')) as in Hyndman et al. (2008), section 6.5;
   * for damped trends H1 = (1, phi), F1 = ((1, phi), (0, phi)), G1 = ((alpha, alpha phi), (beta, beta phi)).
   */
  private static double[][] class3(EtsModel model, int m, SmoothingFit fit, int h) {
    double phi = fit.phi;
    int p = model.trend() ? 2 : 1;
    double[][] h1 = model.trend() ? new double[][] {{1, phi}} : new double[][] {{1}};
    double[][] f1 = model.trend() ? new double[][] {{1, phi}, {0, phi}} : new double[][] {{1}};
    double[][] g1 = model.trend()
        ? new double[][] {{fit.alpha, fit.alpha * phi}, {fit.beta, fit.beta * phi}}
        : new double[][] {{fit.alpha}};
    double[][] h2 = new double[1][m];
    h2[0][m - 1] = 1;
    double[][] f2 = new double[m][m];
    f2[0][m - 1] = 1;
    for (int i = 1; i < m; i++) {
      f2[i][i - 1] = 1;
    }
    double[][] g2 = new double[m][m];
    g2[0][m - 1] = fit.gamma;
    double[][] x = model.trend() ? new double[][] {{fit.level}, {fit.slope}} : new double[][] {{fit.level}};
    double[][] z = new double[1][m];
    for (int j = 0; j < m; j++) {
      z[0][j] = fit.season[Math.floorMod(fit.n - 1 - j, m)];
    }
    double[][] mh = mul(x, z);
    int q = p * m;
    double[][] vh = new double[q][q];
    double[][] h21 = kron(h2, h1);
    double[][] f21 = kron(f2, f1);
    double[][] g21 = kron(g2, g1);
    double[][] k = add(kron(g2, f1), kron(f2, g1));
    double[][] f21t = transpose(f21);
    double[][] g21t = transpose(g21);
    double[][] kt = transpose(k);
    double[][] h21t = transpose(h21);
    double s2 = fit.sigma2;
    double[] var = new double[h];
    double[] mean = new double[h];
    double[][] h2t = transpose(h2);
    for (int i = 0; i < h; i++) {
      double mu = mul(mul(h1, mh), h2t)[0][0];
      mean[i] = mu;
      var[i] = (1 + s2) * mul(mul(h21, vh), h21t)[0][0] + s2 * mu * mu;
      double[][] vec = new double[q][1];
      for (int col = 0; col < m; col++) {
        for (int row = 0; row < p; row++) {
          vec[col * p + row][0] = mh[row][col];
        }
      }
      double[][] vv = mul(vec, transpose(vec));
      double[][] fvg = mul(mul(f21, vh), g21t);
      double[][] next = add(mul(mul(f21, vh), f21t), scale(s2, add(add(fvg, transpose(fvg)),
          add(mul(mul(k, add(vh, vv)), kt), scale(s2, mul(mul(g21, add(scale(3, vh), scale(2, vv))), g21t))))));
      vh = next;
      mh = add(mul(mul(f1, mh), transpose(f2)), scale(s2, mul(mul(g1, mh), transpose(g2))));
    }
    return new double[][] {mean, var};
  }

  static double[][] mul(double[][] a, double[][] b) {
    int n = a.length;
    int k = b.length;
    int c = b[0].length;
    double[][] out = new double[n][c];
    for (int i = 0; i < n; i++) {
      for (int l = 0; l < k; l++) {
        double v = a[i][l];
        if (v != 0) {
          for (int j = 0; j < c; j++) {
            out[i][j] += v * b[l][j];
          }
        }
      }
    }
    return out;
  }

  static double[][] transpose(double[][] a) {
    double[][] out = new double[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        out[j][i] = a[i][j];
      }
    }
    return out;
  }

  static double[][] add(double[][] a, double[][] b) {
    double[][] out = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        out[i][j] = a[i][j] + b[i][j];
      }
    }
    return out;
  }

  static double[][] scale(double s, double[][] a) {
    double[][] out = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        out[i][j] = s * a[i][j];
      }
    }
    return out;
  }

  /** The Kronecker product a (x) b. */
  static double[][] kron(double[][] a, double[][] b) {
    int br = b.length;
    int bc = b[0].length;
    double[][] out = new double[a.length * br][a[0].length * bc];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        for (int k = 0; k < br; k++) {
          for (int l = 0; l < bc; l++) {
            out[i * br + k][j * bc + l] = a[i][j] * b[k][l];
          }
        }
      }
    }
    return out;
  }

  /** Solves a x = b for a small symmetric positive definite a by Gaussian elimination with partial pivoting. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
          piv = r;
        }
      }
      double[] tmp = m[c];
      m[c] = m[piv];
      m[piv] = tmp;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int k = r + 1; k < n; k++) {
        s -= m[r][k] * x[k];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}
