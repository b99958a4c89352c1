package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastProperties {
  private static final List<ForecastMethod> METHODS = List.of(
      ForecastMethod.naive(),
      ForecastMethod.seasonalNaive(4),
      ForecastMethod.movingAverage(3),
      ForecastMethod.ses(0.2),
      ForecastMethod.ses(),
      ForecastMethod.holt(false),
      ForecastMethod.holt(true),
      ForecastMethod.holtWintersAdditive(4, true),
      ForecastMethod.croston(),
      ForecastMethod.crostonOptimised(),
      ForecastMethod.sba(),
      ForecastMethod.sbaOptimised(),
      ForecastMethod.tsb(0.1, 0.05),
      ForecastMethod.tsbOptimised(),
      ForecastMethod.autoEts(4),
      ForecastMethod.adida(),
      ForecastMethod.imapa(),
      ForecastMethod.byDemandClass());

  @Test
  void everyMethodGivesFiniteNonNegativeOrderedQuantiles() {
    qt().withExamples(150)
        .forAll(
            lists().of(doubles().between(0, 1)).ofSizeBetween(10, 40),
            integers().between(0, 3),
            integers().between(1, 8))
        .checkAssert((raw, sparsity, horizon) -> {
          double[] y = new double[raw.size()];
          for (int i = 0; i < y.length; i++) {
            double u = raw.get(i);
            // sparsity 0: dense; higher: more zeros, lumpier sizes
            y[i] = u < sparsity * 0.25 ? 0 : Math.floor(100 * u * u * (1 + sparsity * 3));
          }
          for (ForecastMethod m : METHODS) {
            Forecast f = m.forecast(y, horizon);
            assertThat(f.horizon()).isEqualTo(horizon);
            double[] lo = f.quantile(0.05);
            double[] mid = f.quantile(0.5);
            double[] hi = f.quantile(0.95);
            for (int h = 1; h <= horizon; h++) {
              assertThat(f.point(h)).as(m.name()).isFinite().isNotNegative();
              assertThat(f.sd(h)).as(m.name()).isFinite().isNotNegative();
              assertThat(lo[h - 1]).as(m.name()).isNotNegative().isLessThanOrEqualTo(mid[h - 1]);
              assertThat(mid[h - 1]).as(m.name()).isLessThanOrEqualTo(hi[h - 1]);
            }
          }
        });
  }
}
