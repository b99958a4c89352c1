package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;

class DemandHistoryTest {
  private static final Sku A = Sku.of("A");
  private static final Sku B = Sku.of("B");
  private static final LocationId DC1 = LocationId.of("DC1");
  private static final LocationId DC2 = LocationId.of("DC2");

  @Test
  void granularityAlignsPeriods() {
    LocalDate wed = LocalDate.of(2026, 1, 7);
    assertThat(Granularity.DAY.periodStart(wed)).isEqualTo(wed);
    assertThat(Granularity.WEEK.periodStart(wed)).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(Granularity.MONTH.periodStart(wed)).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(Granularity.WEEK.periodsBetween(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 5))).isEqualTo(1);
    assertThat(Granularity.MONTH.periodsBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 1))).isEqualTo(2);
    assertThat(Granularity.MONTH.plus(LocalDate.of(2026, 1, 1), 13)).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(Granularity.WEEK.seasonalPeriod()).isEqualTo(52);
  }

  @Test
  void aggregatesEventsWithExplicitZeroPeriods() {
    List<DemandEvent> events = List.of(
        DemandEvent.of(A, DC1, LocalDate.of(2026, 1, 5), 3),
        DemandEvent.of(A, DC1, LocalDate.of(2026, 1, 11), 2), // Sunday: same ISO week
        DemandEvent.of(A, DC2, LocalDate.of(2026, 1, 20), 4),
        DemandEvent.of(B, DC1, LocalDate.of(2026, 2, 2), 1),
        DemandEvent.of(A, DC1, LocalDate.of(2025, 12, 1), 99)); // before the window: not counted
    Map<SkuLocation, DemandHistory> byLocation =
        DemandHistory.bySkuAndLocation(events, Granularity.WEEK, LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 3));
    DemandHistory a1 = byLocation.get(SkuLocation.of(A, DC1));
    assertThat(a1.start()).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(a1.values()).containsExactly(5, 0, 0, 0, 0);
    assertThat(a1.location()).contains(DC1);
    assertThat(byLocation.get(SkuLocation.of(A, DC2)).values()).containsExactly(0, 0, 4, 0, 0);
    assertThat(byLocation.get(SkuLocation.of(B, DC1)).values()).containsExactly(0, 0, 0, 0, 1);
    assertThat(a1.periodStart(5)).isEqualTo(LocalDate.of(2026, 2, 9));

    Map<Sku, DemandHistory> bySku =
        DemandHistory.bySku(events, Granularity.MONTH, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    assertThat(bySku.get(A).values()).containsExactly(9, 0, 0);
    assertThat(bySku.get(A).location()).isEmpty();
    assertThat(bySku.get(A).nonZeroPeriods()).isEqualTo(1);
    assertThat(bySku.get(B).values()).containsExactly(0, 1, 0);
  }

  @Test
  void valuesAreCopied() {
    double[] raw = {1, 2, 3};
    DemandHistory h = DemandHistory.of(A, Granularity.DAY, LocalDate.of(2026, 1, 1), raw);
    raw[0] = 100;
    h.values()[1] = 100;
    assertThat(h.values()).containsExactly(1, 2, 3);
    assertThat(h).isEqualTo(DemandHistory.of(A, Granularity.DAY, LocalDate.of(2026, 1, 1), 1, 2, 3));
    assertThat(h.hashCode())
        .isEqualTo(DemandHistory.of(A, Granularity.DAY, LocalDate.of(2026, 1, 1), 1, 2, 3).hashCode());
    assertThat(h).isNotEqualTo(DemandHistory.of(A, DC1, Granularity.DAY, LocalDate.of(2026, 1, 1), 1, 2, 3));
  }

  @Test
  void badInputNamesTheField() {
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    assertThatThrownBy(() -> DemandHistory.of(A, Granularity.DAY, jan1, 1, Double.NaN))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("values[1]"));
    assertThatThrownBy(() -> DemandHistory.of(A, Granularity.DAY, jan1, -1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("values[0]"));
    assertThatThrownBy(() -> DemandHistory.of(A, Granularity.DAY, jan1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("values"));
    assertThatThrownBy(() -> DemandHistory.of(A, Granularity.WEEK, jan1, 1)) // a Thursday
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("start"));
    assertThatThrownBy(() -> DemandEvent.of(A, DC1, jan1, -2))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("quantity"));
    assertThatThrownBy(() -> DemandHistory.bySku(List.of(), Granularity.DAY, jan1, jan1.minusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("to"));
  }
}
