package org.oms4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oms4j.rules.RulesFixtures.ACTOR;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.CustomerTier;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.order.Order;

class PrioritiserTest {
  final Prioritiser prioritiser = Prioritiser.builder().clock(RulesFixtures.CLOCK)
      .valuePerPoint(Money.of(10, "USD")).build();

  @Test
  void theScoreExplainsItself() {
    OrderManagement oms = RulesFixtures.oms();
    Order vip = oms.submit(RulesFixtures.draft("1", CustomerTier.VIP, ServiceLevel.NEXT_DAY, 250,
        LocalDate.of(2026, 3, 4)), ACTOR); // promised in 2 days
    PriorityScore score = prioritiser.score(vip);
    assertThat(score.components()).extracting(PriorityScore.Component::rule)
        .containsExactly("customer-tier", "service-level", "order-value", "promised-date");
    assertThat(score.components()).extracting(PriorityScore.Component::points).containsExactly(1000L, 500L, 25L, 300L);
    assertThat(score.points()).isEqualTo(1825);
    assertThat(score.components().get(3).why()).isEqualTo("2 days before 2026-03-04");
  }

  @Test
  void theCarrierCutoffAndConditionsAddPoints() {
    // the test clock is 09:00 UTC = 04:00 in New York: 13 hours before a 17:00 cut-off
    Prioritiser cutoff = Prioritiser.builder().clock(RulesFixtures.CLOCK).urgency(0, 0).pointsPerHourOfAge(0)
        .carrierCutoff(java.time.LocalTime.of(17, 0), java.time.ZoneId.of("America/New_York"),
            java.util.Set.of(ServiceLevel.NEXT_DAY), 100, 15)
        .carrierCutoff(java.time.LocalTime.of(8, 0), java.time.ZoneId.of("UTC"),
            java.util.Set.of(ServiceLevel.NEXT_DAY), 100, 15) // already past: no points
        .points("vip-next-day", Condition.all(List.of(Condition.customerTier(java.util.Set.of(CustomerTier.VIP)),
            Condition.serviceLevel(java.util.Set.of(ServiceLevel.NEXT_DAY)))), 50)
        .build();
    OrderManagement oms = RulesFixtures.oms();
    Order urgent = oms.submit(RulesFixtures.draft("1", CustomerTier.VIP, ServiceLevel.NEXT_DAY, 250,
        LocalDate.of(2026, 3, 4)), ACTOR);
    Order standard = oms.submit(RulesFixtures.draft("2", CustomerTier.VIP, ServiceLevel.STANDARD, 250,
        LocalDate.of(2026, 3, 4)), ACTOR);
    PriorityScore score = cutoff.score(urgent);
    assertThat(score.components()).filteredOn(c -> c.rule().equals("carrier-cutoff")).singleElement()
        .satisfies(c -> {
          assertThat(c.points()).isEqualTo(200); // (15 - 13) hours x 100
          assertThat(c.why()).contains("780 minutes before the 17:00 cut-off");
        });
    assertThat(score.components()).extracting(PriorityScore.Component::rule).contains("vip-next-day");
    assertThat(cutoff.score(standard).components()).extracting(PriorityScore.Component::rule)
        .doesNotContain("carrier-cutoff", "vip-next-day");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Prioritiser.builder().carrierCutoff(
        java.time.LocalTime.NOON, java.time.ZoneOffset.UTC, java.util.Set.of(), 1, 1))
        .isInstanceOf(org.oms4j.core.InvalidInputException.class).hasMessageContaining("serviceLevels");
  }

  @Test
  void processingOrderIsDeterministicWhateverTheInputOrder() {
    OrderManagement oms = RulesFixtures.oms();
    List<Order> orders = new ArrayList<>();
    Random random = new Random(3);
    for (int i = 0; i < 40; i++) {
      orders.add(oms.submit(RulesFixtures.draft("O" + i, CustomerTier.values()[random.nextInt(4)],
          ServiceLevel.values()[random.nextInt(5)], 1 + random.nextInt(3) * 50,
          LocalDate.of(2026, 3, 1).plusDays(random.nextInt(8))), ACTOR));
    }
    List<Order> expected = prioritiser.inProcessingOrder(orders);
    for (int i = 1; i < expected.size(); i++) {
      assertThat(prioritiser.score(expected.get(i - 1)).points())
          .isGreaterThanOrEqualTo(prioritiser.score(expected.get(i)).points());
    }
    qt().withExamples(50).forAll(integers().all()).checkAssert(seed -> {
      List<Order> shuffled = new ArrayList<>(orders);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(prioritiser.inProcessingOrder(shuffled)).containsExactlyElementsOf(expected);
    });
  }
}
