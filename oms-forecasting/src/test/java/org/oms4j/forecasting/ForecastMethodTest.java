package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Sku;

class ForecastMethodTest {

  private static String field(Throwable e) {
    return ((InvalidInputException) e).field();
  }

  @Test
  void naiveRepeatsTheLastValueWithGrowingSd() {
    Forecast f = ForecastMethod.naive().forecast(new double[] {1, 2, 3}, 2);
    assertThat(f.points()).containsExactly(3, 3);
    assertThat(f.sd(1)).isCloseTo(1, within(1e-12));
    assertThat(f.sd(2)).isCloseTo(Math.sqrt(2), within(1e-12));
    assertThat(f.upper(0.95)[0]).isCloseTo(3 + 1.959963984540054, within(1e-9));
  }

  @Test
  void seasonalNaiveRepeatsTheLastSeason() {
    double[] y = {1, 2, 3, 4, 2, 3, 4, 5};
    Forecast f = ForecastMethod.seasonalNaive(4).forecast(y, 6);
    assertThat(f.points()).containsExactly(2, 3, 4, 5, 2, 3);
    assertThat(f.sd(5)).isCloseTo(f.sd(1) * Math.sqrt(2), within(1e-12));
  }

  @Test
  void movingAverage() {
    Forecast f = ForecastMethod.movingAverage(3).forecast(new double[] {1, 2, 3, 4, 5, 6}, 2);
    assertThat(f.points()).containsExactly(5, 5);
    // in-sample errors: 4-2, 5-3, 6-4 = 2 each
    assertThat(f.sd(1)).isCloseTo(2 * Math.sqrt(1 + 1.0 / 3), within(1e-12));
  }

  @Test
  void sesWithFixedAlphaStartsFromTheFirstObservation() {
    Forecast f = ForecastMethod.ses(0.5).forecast(new double[] {10, 20, 10}, 2);
    // l = 10, 10 + 0.5 * 10 = 15, 15 - 0.5 * 5 = 12.5
    assertThat(f.point(1)).isCloseTo(12.5, within(1e-12));
    assertThat(f.point(2)).isCloseTo(12.5, within(1e-12));
    // SSE = 0 + 100 + 25, k = 2, dof 1: sigma^2 = 125; h = 2 adds alpha^2
    assertThat(f.sd(1)).isCloseTo(Math.sqrt(125), within(1e-9));
    assertThat(f.sd(2)).isCloseTo(Math.sqrt(125 * 1.25), within(1e-9));
  }

  @Test
  void optimisedSesFindsTheLevelOfAConstantSeries() {
    Forecast f = ForecastMethod.ses().forecast(new double[] {7, 7, 7, 7, 7, 7}, 3);
    assertThat(f.point(3)).isCloseTo(7, within(1e-3));
    assertThat(f.sd(1)).isCloseTo(0, within(1e-3));
  }

  @Test
  void optimisedSesTracksALevelShiftWithHighAlpha() {
    double[] y = {10, 10, 10, 10, 10, 30, 30, 30, 30, 30, 30, 30};
    Forecast f = ForecastMethod.ses().forecast(y, 1);
    assertThat(f.point(1)).isCloseTo(30, within(0.5));
    assertThat(f.method()).startsWith("SES(alpha=0.9");
  }

  @Test
  void holtExtrapolatesALineExactly() {
    double[] y = new double[20];
    for (int t = 0; t < y.length; t++) {
      y[t] = 5 + 2 * t;
    }
    Forecast f = ForecastMethod.holt(false).forecast(y, 3);
    assertThat(f.points()).containsExactly(new double[] {45, 47, 49}, within(1e-6));
    Forecast d = ForecastMethod.holt(true).forecast(y, 10);
    assertThat(d.point(10)).isLessThan(5 + 2 * 29.0).isGreaterThan(d.point(1));
  }

  @Test
  void holtWintersAdditiveReproducesTrendPlusSeason() {
    double[] s = {3, -1, -4, 2};
    double[] y = new double[24];
    for (int t = 0; t < y.length; t++) {
      y[t] = 10 + 0.5 * t + s[t % 4];
    }
    Forecast f = ForecastMethod.holtWintersAdditive(4, false).forecast(y, 5);
    for (int h = 1; h <= 5; h++) {
      int t = 23 + h;
      assertThat(f.point(h)).isCloseTo(10 + 0.5 * t + s[t % 4], within(1e-6));
    }
  }

  @Test
  void holtWintersMultiplicativeFollowsSeasonalRatios() {
    double[] s = {1.2, 0.8, 0.9, 1.1};
    double[] y = new double[32];
    for (int t = 0; t < y.length; t++) {
      y[t] = (20 + t) * s[t % 4];
    }
    Forecast f = ForecastMethod.holtWintersMultiplicative(4, false).forecast(y, 4);
    for (int h = 1; h <= 4; h++) {
      int t = 31 + h;
      assertThat(f.point(h)).isCloseTo((20 + t) * s[t % 4], within(0.02 * (20 + t)));
    }
    assertThatThrownBy(() -> ForecastMethod.holtWintersMultiplicative(4, false).forecast(new double[] {
          1, 2, 0, 4, 1, 2, 3, 4, 1, 2}, 1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(field(e)).isEqualTo("history[2]"));
  }

  @Test
  void forecastsAreNeverNegative() {
    double[] y = new double[10];
    for (int t = 0; t < y.length; t++) {
      y[t] = 100 - 10 * t;
    }
    Forecast f = ForecastMethod.holt(false).forecast(y, 20);
    assertThat(f.point(20)).isZero();
    assertThat(java.util.Arrays.stream(f.quantile(0.05)).min().getAsDouble()).isNotNegative();
    assertThat(f.quantile(0.999)[19]).isGreaterThanOrEqualTo(0);
  }

  @Test
  void crostonSbaAndTsbByHand() {
    double[] y = {0, 0, 3, 0, 5, 0, 0, 4};
    // first size 3, first interval 3 (from the series start); then z 3.2, p 2.9; then z 3.28, p 2.91
    assertThat(ForecastMethod.croston().forecast(y, 1).point(1)).isCloseTo(3.28 / 2.91, within(1e-12));
    assertThat(Croston.sba(0.1).forecast(y, 1).point(1)).isCloseTo(0.95 * 3.28 / 2.91, within(1e-12));
    // pi: 1/3 -> 0.3 -> 0.37 -> 0.333 -> 0.2997 -> 0.36973; z 3.28
    assertThat(ForecastMethod.tsb(0.1, 0.1).forecast(y, 1).point(1)).isCloseTo(0.36973 * 3.28, within(1e-9));
    Forecast none = ForecastMethod.croston().forecast(new double[] {0, 0, 0}, 2);
    assertThat(none.points()).containsExactly(0, 0);
    assertThat(none.sd(2)).isZero();
    Forecast opt = ForecastMethod.crostonOptimised().forecast(y, 1);
    assertThat(opt.method()).startsWith("Croston(alpha=");
  }

  @Test
  void adidaAndImapaByHand() {
    double[] y = {0, 0, 4, 0, 0, 4, 0, 0, 4};
    Forecast a = ForecastMethod.adida().forecast(y, 2);
    assertThat(a.method()).isEqualTo("ADIDA(k=3)");
    assertThat(a.point(2)).isCloseTo(4.0 / 3, within(1e-12));
    // levels 1, 2, 3: SBA 0.975 * 4/3; SBA on [4, 0, 4, 4] = 0.975 * 4 / 1.0475, per period / 2; SES on [4, 4, 4] / 3
    Forecast i = ForecastMethod.imapa().forecast(y, 1);
    assertThat(i.point(1)).isCloseTo((1.3 + 0.975 * 4 / 1.0475 / 2 + 4.0 / 3) / 3, within(1e-9));
  }

  @Test
  void demandClassification() {
    assertThat(DemandClass.of(new double[] {5, 6, 5, 6, 5, 6})).isEqualTo(DemandClass.SMOOTH);
    assertThat(DemandClass.of(new double[] {1, 10, 1, 10})).isEqualTo(DemandClass.ERRATIC);
    assertThat(DemandClass.of(new double[] {0, 0, 5, 0, 5, 0, 5, 0})).isEqualTo(DemandClass.INTERMITTENT);
    assertThat(DemandClass.of(new double[] {0, 0, 10, 0, 1, 0, 0, 30})).isEqualTo(DemandClass.LUMPY);
    assertThat(DemandClass.of(new double[] {0, 0})).isEqualTo(DemandClass.NO_DEMAND);
    assertThat(DemandClass.adi(new double[] {0, 0, 5, 0, 5, 0, 5, 0})).isCloseTo(8.0 / 3, within(1e-12));
    assertThat(DemandClass.cv2(new double[] {1, 10, 1, 10})).isCloseTo(20.25 / 30.25, within(1e-12));
    assertThat(DemandClass.LUMPY.defaultMethod().name()).isEqualTo("SBA(0.05)");
    assertThat(DemandClass.SMOOTH.defaultMethod().name()).isEqualTo("SES");
    Forecast f = ForecastMethod.byDemandClass().forecast(new double[] {0, 0, 5, 0, 5, 0, 5, 0}, 1);
    assertThat(f.method()).startsWith("SBA");
  }

  @Test
  void worksOnADemandHistory() {
    DemandHistory h = DemandHistory.of(Sku.of("A"), Granularity.MONTH, LocalDate.of(2026, 1, 1), 4, 5, 6);
    assertThat(ForecastMethod.naive().forecast(h, 1).point(1)).isEqualTo(6);
  }

  @Test
  void shortHistoriesAreRefusedOrFallBack() {
    assertThatThrownBy(() -> ForecastMethod.holt(false).forecast(new double[] {1, 2}, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Holt needs at least 4 periods")
        .satisfies(e -> assertThat(field(e)).isEqualTo("history"));
    ForecastMethod m = ForecastMethod.holtWintersAdditive(12, false).orElse(ForecastMethod.ses());
    assertThat(m.forecast(new double[] {1, 2, 3}, 1).method()).startsWith("SES");
    assertThatThrownBy(() -> ForecastMethod.naive().forecast(new double[] {1, Double.NaN}, 1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(field(e)).isEqualTo("history[1]"));
    assertThatThrownBy(() -> ForecastMethod.ses().forecast(new double[] {1, -2}, 1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(field(e)).isEqualTo("history[1]"));
    assertThatThrownBy(() -> ForecastMethod.ses().forecast(new double[] {1, 2}, 0))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(field(e)).isEqualTo("horizon"));
    assertThatThrownBy(() -> ForecastMethod.ses(0))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(field(e)).isEqualTo("alpha"));
    assertThatThrownBy(() -> ForecastMethod.naive().forecast(new double[] {1, 2}, 1).quantile(1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(field(e)).isEqualTo("p"));
  }

  @Test
  void backtestAndSelection() {
    double[] y = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    Backtest b = Backtest.rollingOrigin(y, ForecastMethod.naive(), 2, 3, 1);
    assertThat(b.origins()).isEqualTo(3);
    assertThat(b.score(Metric.MAE)).isCloseTo(1.5, within(1e-12));
    assertThat(b.score(Metric.BIAS)).isCloseTo(-1.5, within(1e-12));
    Backtest.Selection s = Backtest.select(
        y,
        List.of(ForecastMethod.naive(), ForecastMethod.holt(false), ForecastMethod.holtWintersAdditive(12, false)),
        Metric.MAE, 2, 3, 1);
    assertThat(s.best().name()).isEqualTo("Holt");
    assertThat(s.scores()).containsOnlyKeys("Naive", "Holt"); // Holt-Winters(12) cannot run on 10 periods
    assertThat(s.scores().get("Holt")).isCloseTo(0, within(1e-6));
    assertThatThrownBy(() -> Backtest.rollingOrigin(y, ForecastMethod.naive(), 5, 5, 1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(field(e)).isEqualTo("history"));
  }

  @Test
  void selectionSkipsMethodsThatCannotRunAndRefusesBadHistories() {
    double[] intermittent = {0, 0, 3, 0, 0, 2, 0, 4, 0, 0, 3, 0};
    Backtest.Selection s = Backtest.select(intermittent,
        List.of(ForecastMethod.holtWintersMultiplicative(2, false), ForecastMethod.croston(), ForecastMethod.sba()),
        Metric.MAE, 3, 2, 1);
    // multiplicative seasons need positive demand: left out rather than failing the selection
    assertThat(s.scores()).containsOnlyKeys("Croston(0.1)", "SBA(0.05)");
    assertThat(s.best().name()).isIn("Croston(0.1)", "SBA(0.05)");
    assertThatThrownBy(() -> Backtest.select(new double[] {1, 2}, List.of(ForecastMethod.holt(false)),
            Metric.MAE, 1, 1, 1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(field(e)).isEqualTo("candidates"));
    assertThatThrownBy(() -> Backtest.select(new double[] {1, -2, 3}, List.of(ForecastMethod.naive()),
            Metric.MAE, 1, 1, 1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(field(e)).isEqualTo("history[1]"));
  }
}
