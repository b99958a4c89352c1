package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

class InventoryPolicyProperties {

  @Test
  void quantileInvertsCdf() {
    qt().withExamples(5_000)
        .forAll(doubles().between(1e-12, 1 - 1e-12))
        .checkAssert(p -> {
          double z = StandardNormal.quantile(p);
          assertThat(StandardNormal.cdf(z)).isCloseTo(p, within(1e-9));
          // relative accuracy in the lower tail
          if (p < 0.5) {
            assertThat(StandardNormal.cdf(z) / p).isCloseTo(1.0, within(1e-9));
          }
        });
  }

  @Test
  void quantileIsMonotoneAndSymmetric() {
    qt().withExamples(2_000)
        .forAll(doubles().between(1e-9, 1 - 1e-9), doubles().between(1e-9, 1 - 1e-9))
        .checkAssert((p, q) -> {
          double zp = StandardNormal.quantile(p);
          double zq = StandardNormal.quantile(q);
          if (p < q) {
            assertThat(zp).isLessThanOrEqualTo(zq);
          }
          assertThat(StandardNormal.quantile(1 - p)).isCloseTo(-zp, within(1e-7));
        });
  }

  @Test
  void inverseLossInvertsLoss() {
    qt().withExamples(2_000)
        .forAll(doubles().between(-6, 6))
        .checkAssert(z -> assertThat(StandardNormal.inverseLoss(StandardNormal.loss(z))).isCloseTo(z, within(1e-8)));
  }

  @Test
  void safetyStockIsNonNegativeAndMonotoneInServiceLevel() {
    qt().withExamples(2_000)
        .forAll(
            doubles().between(0.001, 0.999),
            doubles().between(0.001, 0.999),
            lists().of(doubles().between(0, 1)).ofSize(4))
        .checkAssert((a, b, u) -> {
          double d = 1_000 * u.get(0);
          double sd = 200 * u.get(1);
          double lead = 30 * u.get(2);
          double sdLead = 10 * u.get(3);
          LeadTimeDemand ltd = LeadTimeDemand.of(d, sd, lead, sdLead);
          double lo = Math.min(a, b);
          double hi = Math.max(a, b);
          double ssLo = SafetyStock.combined(lo, ltd);
          double ssHi = SafetyStock.combined(hi, ltd);
          assertThat(ssLo).isNotNegative().isLessThanOrEqualTo(ssHi);
          assertThat(SafetyStock.demandVariability(lo, sd, lead))
              .isNotNegative()
              .isLessThanOrEqualTo(SafetyStock.demandVariability(hi, sd, lead));
          assertThat(SafetyStock.reorderPoint(hi, ltd)).isGreaterThanOrEqualTo(ltd.mean());
        });
  }

  @Test
  void fillRateTargetIsMetWhenReachable() {
    qt().withExamples(1_000)
        .forAll(
            doubles().between(0.5, 0.9999),
            doubles().between(1, 500),
            doubles().between(0.1, 100),
            lists().of(doubles().between(0, 1)).ofSize(2))
        .checkAssert((beta, d, sd, u) -> {
          double lead = 0.5 + 19.5 * u.get(0);
          double q = 1 + 1_999 * u.get(1);
          ReorderPolicy p = ReorderPolicy.rQ(LeadTimeDemand.of(d, sd, lead), q, ServiceTarget.fillRate(beta));
          assertThat(p.safetyStock()).isNotNegative();
          // z raised to 0 only over-delivers
          assertThat(p.fillRate()).isGreaterThanOrEqualTo(beta - 1e-9);
          if (p.z() > 0) {
            assertThat(p.fillRate()).isCloseTo(beta, within(1e-7));
          }
        });
  }
}
