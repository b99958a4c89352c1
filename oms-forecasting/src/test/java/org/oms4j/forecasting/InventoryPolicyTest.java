package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;

class InventoryPolicyTest {
  /** The usual textbook case: d = 50/period, sd_d = 5, L = 6 periods, sd_L = 2 periods. */
  private static final LeadTimeDemand TEXTBOOK = LeadTimeDemand.of(50, 5, 6, 2);

  @Test
  void eoqMatchesSnyderAndShen() {
    // Snyder & Shen, Fundamentals of Supply Chain Theory, EOQ example: K = 8, h = 0.225, lambda = 1300
    Eoq eoq = Eoq.of(8, 0.225, 1300);
    assertThat(eoq.quantity()).isCloseTo(304.047, within(5e-4));
    assertThat(eoq.cost()).isCloseTo(68.41, within(5e-3));
    assertThat(eoq.costAt(eoq.quantity())).isCloseTo(eoq.cost(), within(1e-9));
    assertThat(eoq.costAt(250)).isGreaterThan(eoq.cost());
    assertThat(eoq.costAt(350)).isGreaterThan(eoq.cost());
  }

  @Test
  void combinedSafetyStockAndReorderPointMatchTheTextbookExample() {
    assertThat(TEXTBOOK.mean()).isEqualTo(300);
    assertThat(TEXTBOOK.sd()).isCloseTo(Math.sqrt(10150), within(1e-12));
    assertThat(SafetyStock.combined(0.90, TEXTBOOK)).isCloseTo(129.11, within(5e-3));
    assertThat(SafetyStock.reorderPoint(0.90, TEXTBOOK)).isCloseTo(429.11, within(5e-3));
  }

  @Test
  void singleSourceSafetyStocks() {
    // z(0.95) = 1.6448536; hand-checked: 1.6448536 * 5 * sqrt(6) = 20.1453; 1.6448536 * 50 * 2 = 164.485
    assertThat(SafetyStock.demandVariability(0.95, 5, 6)).isCloseTo(20.1453, within(1e-4));
    assertThat(SafetyStock.leadTimeVariability(0.95, 50, 2)).isCloseTo(164.4854, within(1e-4));
    assertThat(SafetyStock.demandVariability(0.4, 5, 6)).isZero();
  }

  @Test
  void fillRateSafetyStockSolvesTheLossEquation() {
    // beta = 0.99, Q = 500: G(z) = 0.01 * 500 / sqrt(10150) = 0.0496292, z = 1.259137, SS = 126.855
    double ss = SafetyStock.forFillRate(0.99, TEXTBOOK, 500);
    assertThat(ss).isCloseTo(126.8545, within(1e-3));
    ReorderPolicy p = ReorderPolicy.rQ(TEXTBOOK, 500, ServiceTarget.fillRate(0.99));
    assertThat(p.z()).isCloseTo(1.2591368, within(1e-6));
    assertThat(p.reorderPoint()).isCloseTo(426.8545, within(1e-3));
    assertThat(p.fillRate()).isCloseTo(0.99, within(1e-9));
  }

  @Test
  void rqPolicyReportsItsServiceAndOrdersMultiplesOfQ() {
    double q = Eoq.of(8, 0.225, 1300).quantity();
    ReorderPolicy p = ReorderPolicy.rQ(TEXTBOOK, 304, ServiceTarget.cycleServiceLevel(0.9));
    assertThat(q).isCloseTo(304.05, within(0.01));
    assertThat(p.reorderPoint()).isCloseTo(429.11, within(5e-3));
    assertThat(p.cycleServiceLevel()).isCloseTo(0.9, within(1e-12));
    // 1 - sqrt(10150) G(1.28155) / 304 = 0.984310
    assertThat(p.fillRate()).isCloseTo(0.9843102, within(1e-6));
    assertThat(p.quantityToOrder(430)).isZero();
    assertThat(p.quantityToOrder(429)).isEqualTo(304);
    assertThat(p.quantityToOrder(100)).isEqualTo(608);
  }

  @Test
  void sSAndMinMaxOrderUpToTheMaximum() {
    ReorderPolicy s = ReorderPolicy.sS(TEXTBOOK, 304, ServiceTarget.cycleServiceLevel(0.9));
    ReorderPolicy m = ReorderPolicy.minMax(TEXTBOOK, 304, ServiceTarget.cycleServiceLevel(0.9));
    assertThat(s.orderUpToLevel()).isCloseTo(733.11, within(5e-3));
    assertThat(s.quantityToOrder(400)).isCloseTo(333.11, within(5e-3));
    assertThat(m.quantityToOrder(400)).isEqualTo(s.quantityToOrder(400));
    assertThat(m.quantityToOrder(500)).isZero();
  }

  @Test
  void periodicReviewProtectsReviewPeriodPlusLeadTime() {
    // R = 2: sd = sqrt(8 * 25 + 2500 * 4) = 100.995, S = 50 * 8 + 1.6448536 * 100.995 = 566.122
    PeriodicReviewPolicy p = PeriodicReviewPolicy.of(TEXTBOOK, 2, ServiceTarget.cycleServiceLevel(0.95));
    assertThat(p.protectionSd()).isCloseTo(100.99505, within(1e-5));
    assertThat(p.orderUpToLevel()).isCloseTo(566.1221, within(1e-3));
    assertThat(p.quantityToOrder(500)).isCloseTo(66.1221, within(1e-3));
    assertThat(p.quantityToOrder(600)).isZero();
    PeriodicReviewPolicy f = PeriodicReviewPolicy.of(TEXTBOOK, 2, ServiceTarget.fillRate(0.98));
    assertThat(f.fillRate()).isCloseTo(0.98, within(1e-9));
  }

  @Test
  void noVariabilityMeansNoSafetyStock() {
    LeadTimeDemand fixed = LeadTimeDemand.of(10, 0, 3);
    ReorderPolicy p = ReorderPolicy.rQ(fixed, 40, ServiceTarget.fillRate(0.99));
    assertThat(p.safetyStock()).isZero();
    assertThat(p.reorderPoint()).isEqualTo(30);
    assertThat(p.fillRate()).isEqualTo(1);
    assertThat(p.cycleServiceLevel()).isEqualTo(1);
  }

  @Test
  void badInputNamesTheArgument() {
    assertThatThrownBy(() -> ServiceTarget.cycleServiceLevel(1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("cycleServiceLevel"));
    assertThatThrownBy(() -> ServiceTarget.fillRate(0))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("fillRate"));
    assertThatThrownBy(() -> LeadTimeDemand.of(50, 5, -1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("leadTime"));
    assertThatThrownBy(() -> LeadTimeDemand.of(Double.NaN, 5, 1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("demandMean"));
    assertThatThrownBy(() -> SafetyStock.demandVariability(0.9, -5, 1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("demandSd"));
    assertThatThrownBy(() -> Eoq.of(8, 0, 1300))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("holdingCost"));
    assertThatThrownBy(() -> ReorderPolicy.rQ(TEXTBOOK, 0, ServiceTarget.cycleServiceLevel(0.9)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("orderQuantity"));
    assertThatThrownBy(() -> PeriodicReviewPolicy.of(TEXTBOOK, 0, ServiceTarget.cycleServiceLevel(0.9)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reviewPeriod"));
  }

  @Test
  void reorderPointFromForecastQuantiles() {
    // naive on {1, 2, 3}: mean 3 per period, sd sqrt(h); over L = 2: mean 6, sd sqrt(1 + 2)
    Forecast f = ForecastMethod.naive().forecast(new double[] {1, 2, 3}, 4);
    double z = StandardNormal.quantile(0.9);
    assertThat(SafetyStock.reorderPoint(0.9, f, 2)).isCloseTo(6 + z * Math.sqrt(3), within(1e-9));
    assertThat(SafetyStock.fromForecast(0.9, f, 2)).isCloseTo(z * Math.sqrt(3), within(1e-9));
    assertThat(SafetyStock.reorderPoint(0.9, f, 1)).isCloseTo(f.quantile(0.9)[0], within(1e-12));
    assertThatThrownBy(() -> SafetyStock.reorderPoint(0.9, f, 5))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("leadTimePeriods"));
    assertThatThrownBy(() -> SafetyStock.reorderPoint(1.0, f, 2))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("cycleServiceLevel"));
  }
}
