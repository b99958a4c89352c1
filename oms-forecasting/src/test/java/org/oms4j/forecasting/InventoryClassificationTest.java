package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Sku;

class InventoryClassificationTest {

  @Test
  void abcByCumulativeValueShare() {
    Map<Sku, Double> value = new LinkedHashMap<>();
    // total 100: shares before each item in rank order: 0, 50, 75, 85, 92, 96, 98, 99, 99.5, 99.75
    double[] v = {50, 25, 10, 7, 4, 2, 1, 0.5, 0.25, 0.25};
    for (int i = 0; i < v.length; i++) {
      value.put(Sku.of("S" + i), v[i]);
    }
    Map<Sku, AbcClass> abc = InventoryClassification.defaults().abc(value);
    assertThat(abc.values()).containsExactly(
        AbcClass.A, AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.C, AbcClass.C, AbcClass.C,
        AbcClass.C, AbcClass.C);
    Map<Sku, AbcClass> custom = InventoryClassification.of(0.5, 0.9, 0.5, 1).abc(value);
    assertThat(custom.get(Sku.of("S1"))).isEqualTo(AbcClass.B);
    assertThat(InventoryClassification.defaults().abc(Map.of(Sku.of("Z"), 0.0))).containsEntry(Sku.of("Z"), AbcClass.C);
    assertThatThrownBy(() -> InventoryClassification.defaults().abc(Map.of(Sku.of("N"), -1.0)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("value[N]"));
    assertThatThrownBy(() -> InventoryClassification.of(0.9, 0.8, 0.5, 1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("bShare"));
  }

  @Test
  void xyzByCoefficientOfVariation() {
    InventoryClassification c = InventoryClassification.defaults();
    assertThat(InventoryClassification.coefficientOfVariation(new double[] {10, 10})).isZero();
    // mean 10, population sd 5 -> 0.5
    assertThat(InventoryClassification.coefficientOfVariation(new double[] {5, 15})).isCloseTo(0.5, within(1e-12));
    assertThat(c.xyz(new double[] {5, 15})).isEqualTo(XyzClass.X);
    assertThat(c.xyz(new double[] {0, 20})).isEqualTo(XyzClass.Y); // CV 1
    assertThat(c.xyz(new double[] {0, 0, 30})).isEqualTo(XyzClass.Z); // CV 1.414
    assertThat(c.xyz(new double[] {0, 0})).isEqualTo(XyzClass.Z);
  }

  @Test
  void cycleCountPlanCountsAItemsMoreOftenAndSpreadsThem() {
    Map<Sku, AbcClass> classes = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      classes.put(Sku.of("A" + i), AbcClass.A);
    }
    for (int i = 0; i < 30; i++) {
      classes.put(Sku.of("B" + i), AbcClass.B);
    }
    for (int i = 0; i < 200; i++) {
      classes.put(Sku.of("C" + i), AbcClass.C);
    }
    LocalDate start = LocalDate.of(2026, 1, 5); // a Monday
    CycleCountPlan plan = CycleCountPlan.of(classes, start);
    assertThat(plan.workingDays()).hasSize(261);
    assertThat(plan.countsOf(Sku.of("A3"))).isEqualTo(12);
    assertThat(plan.countsOf(Sku.of("B7"))).isEqualTo(4);
    assertThat(plan.countsOf(Sku.of("C150"))).isEqualTo(1);
    assertThat(plan.countList(LocalDate.of(2026, 1, 10))).isEmpty(); // Saturday
    int total = 0;
    int max = 0;
    Set<Sku> seenC = new HashSet<>();
    for (LocalDate d : plan.workingDays()) {
      total += plan.countList(d).size();
      max = Math.max(max, plan.countList(d).size());
      plan.countList(d).stream().filter(s -> s.value().startsWith("C")).forEach(seenC::add);
    }
    assertThat(total).isEqualTo(10 * 12 + 30 * 4 + 200);
    // 440 counts over 261 days: at most 4 on a day when spread evenly
    assertThat(max).isLessThanOrEqualTo(4);
    assertThat(seenC).hasSize(200);
    assertThat(plan.countList(start)).contains(Sku.of("A0"), Sku.of("B0"), Sku.of("C0"));
    assertThatThrownBy(() -> CycleCountPlan.of(classes, Map.of(AbcClass.A, 12), start, Set.of(DayOfWeek.MONDAY)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("countsPerYear[B]"));
  }
}
