package org.oms4j.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.Length;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.quicktheories.core.Gen;

class CartonizerProperties {
  static BoxType box(String id, String l, String w, String h, String maxKg, String cost) {
    Dimensions inner = Dimensions.of(l, w, h, LengthUnit.MM);
    Dimensions outer = new Dimensions(inner.length().plus(Length.ofMillimetres(6)),
        inner.width().plus(Length.ofMillimetres(6)), inner.height().plus(Length.ofMillimetres(6)));
    return new BoxType(id, inner, outer, Weight.ofGrams(150), Weight.of(maxKg, WeightUnit.KG),
        Money.of(new BigDecimal(cost), "USD"));
  }

  static final List<BoxType> CATALOG = List.of(
      box("XS", "200", "150", "100", "5", "0.50"),
      box("S", "300", "200", "150", "10", "0.80"),
      box("M", "400", "300", "200", "20", "1.20"),
      box("L", "500", "400", "300", "25", "1.90"),
      box("XL", "600", "400", "400", "30", "2.50"));

  static final Gen<Integer> TENTHS_MM = integers().between(200, 3000);

  static final Gen<CartonItem> ITEM = in -> new CartonItem("x",
      new Dimensions(Length.of(BigDecimal.valueOf(TENTHS_MM.generate(in), 1), LengthUnit.MM),
          Length.of(BigDecimal.valueOf(TENTHS_MM.generate(in), 1), LengthUnit.MM),
          Length.of(BigDecimal.valueOf(TENTHS_MM.generate(in), 1), LengthUnit.MM)),
      Weight.ofGrams(integers().between(10, 5_000).generate(in)),
      integers().between(0, 3).generate(in) > 0, integers().between(0, 2).generate(in) == 0);

  static final Gen<List<CartonItem>> ITEMS = named(lists().of(ITEM).ofSizeBetween(1, 14));

  /** Items of which some bear nothing on top, some a little, some anything. */
  static final Gen<CartonItem> LIMITED_ITEM = in -> {
    CartonItem c = ITEM.generate(in);
    int kind = integers().between(0, 3).generate(in);
    Optional<Weight> limit = switch (kind) {
      case 0 -> Optional.of(Weight.ZERO);
      case 1 -> Optional.of(Weight.ofGrams(integers().between(1, 4_000).generate(in)));
      default -> Optional.empty();
    };
    return new CartonItem(c.id(), c.dimensions(), c.weight(), c.mayRotate(), c.keepUpright(), limit);
  };

  static final Gen<List<CartonItem>> LIMITED_ITEMS = named(lists().of(LIMITED_ITEM).ofSizeBetween(1, 14));

  static Gen<List<CartonItem>> named(Gen<List<CartonItem>> items) {
    return items.map(list -> {
      List<CartonItem> named = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        CartonItem c = list.get(i);
        named.add(new CartonItem("i" + i, c.dimensions(), c.weight(), c.mayRotate(), c.keepUpright(),
            c.maxLoadOnTop()));
      }
      return named;
    });
  }

  /** Packs every generated item set, checks the packing from first principles and that it is deterministic. */
  static void packsValidly(Gen<List<CartonItem>> itemSets,
      java.util.function.BiConsumer<List<CartonItem>, Packing> more) {
    Cartonizer cartonizer = Cartonizer.boxCostOnly();
    qt().withExamples(Integer.getInteger("oms4j.cartonExamples", 300)).forAll(itemSets).checkAssert(items -> {
      Packing packing = cartonizer.pack(items, CATALOG);
      check(items, packing);
      assertThat(cartonizer.pack(items, CATALOG)).as("deterministic").isEqualTo(packing);
      more.accept(items, packing);
    });
  }

  @Test
  void everyPackingIsGeometricallyValidAndNeverUsesMoreBoxesThanFirstFitDecreasing() {
    packsValidly(ITEMS, (items, packing) ->
        assertThat(packing.boxes().size()).isLessThanOrEqualTo(shelfFirstFitDecreasing(items)));
  }

  @Test
  void stackingLimitsHoldInEveryPacking() {
    packsValidly(LIMITED_ITEMS, (items, packing) -> { });
  }

  /**
   * The load on each placed item, from first principles in exact millimetres: the weight of every item reachable
   * upwards from it through items placed higher with overlapping footprints, each counted once.
   */
  static void checkLoads(List<Placement> ps, Map<String, CartonItem> byId) {
    for (Placement bottom : ps) {
      Optional<Weight> limit = byId.get(bottom.itemId()).maxLoadOnTop();
      if (limit.isEmpty()) {
        continue;
      }
      java.util.Set<Placement> above = new java.util.LinkedHashSet<>();
      java.util.Deque<Placement> todo = new java.util.ArrayDeque<>(List.of(bottom));
      while (!todo.isEmpty()) {
        Placement lower = todo.pop();
        for (Placement upper : ps) {
          boolean higher = upper.z().compareTo(lower.z().plus(lower.placed().height())) >= 0;
          boolean overFootprint = lt(upper.x(), lower.x().plus(lower.placed().length()))
              && lt(lower.x(), upper.x().plus(upper.placed().length()))
              && lt(upper.y(), lower.y().plus(lower.placed().width()))
              && lt(lower.y(), upper.y().plus(upper.placed().width()));
          if (higher && overFootprint && above.add(upper)) {
            todo.push(upper);
          }
        }
      }
      Weight load = above.stream().map(p -> byId.get(p.itemId()).weight()).reduce(Weight.ZERO, Weight::plus);
      assertThat(load).as("load on %s (limit %s)", bottom.itemId(), limit.get()).isLessThanOrEqualTo(limit.get());
    }
  }

  /** Checks the geometry of a packing from first principles, in exact millimetres. */
  static void check(List<CartonItem> items, Packing packing) {
    Map<String, CartonItem> byId = new HashMap<>();
    items.forEach(i -> byId.put(i.id(), i));
    List<String> seen = new ArrayList<>();
    for (PackedBox box : packing.boxes()) {
      Weight gross = box.box().emptyWeight();
      List<Placement> ps = box.placements();
      for (Placement p : ps) {
        CartonItem item = byId.get(p.itemId());
        assertThat(item).as("placed item %s exists", p.itemId()).isNotNull();
        seen.add(p.itemId());
        gross = gross.plus(item.weight());
        Dimensions d = item.dimensions();
        List<Length> original = List.of(d.length(), d.width(), d.height());
        List<Length> placed = List.of(p.placed().length(), p.placed().width(), p.placed().height());
        assertThat(placed).as("orientation is a permutation").containsExactlyInAnyOrderElementsOf(original);
        if (!item.mayRotate()) {
          assertThat(placed).containsExactlyElementsOf(original);
        } else if (item.keepUpright()) {
          assertThat(p.placed().height()).isEqualTo(d.height());
        }
        assertThat(p.x().plus(p.placed().length())).isLessThanOrEqualTo(box.box().inner().length());
        assertThat(p.y().plus(p.placed().width())).isLessThanOrEqualTo(box.box().inner().width());
        assertThat(p.z().plus(p.placed().height())).isLessThanOrEqualTo(box.box().inner().height());
      }
      for (int i = 0; i < ps.size(); i++) {
        for (int j = i + 1; j < ps.size(); j++) {
          assertThat(overlap(ps.get(i), ps.get(j))).as("%s overlaps %s", ps.get(i), ps.get(j)).isFalse();
        }
      }
      checkLoads(ps, byId);
      assertThat(box.grossWeight()).isEqualTo(gross);
      assertThat(gross).isLessThanOrEqualTo(box.box().maxWeight());
      assertThat(box.utilisation()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(byId.keySet());
  }

  static boolean overlap(Placement a, Placement b) {
    return lt(a.x(), b.x().plus(b.placed().length())) && lt(b.x(), a.x().plus(a.placed().length()))
        && lt(a.y(), b.y().plus(b.placed().width())) && lt(b.y(), a.y().plus(a.placed().width()))
        && lt(a.z(), b.z().plus(b.placed().height())) && lt(b.z(), a.z().plus(a.placed().height()));
  }

  static boolean lt(Length a, Length b) {
    return a.compareTo(b) < 0;
  }

  /**
   * The baseline: first-fit decreasing by volume into the largest box, each box filled in shelves (rows along the
   * length, rows stacked along the width, layers up the height), items as given, not rotated.
   */
  static int shelfFirstFitDecreasing(List<CartonItem> items) {
    BoxType largest = CATALOG.get(CATALOG.size() - 1);
    List<Shelf> open = new ArrayList<>();
    List<CartonItem> sorted = items.stream()
        .sorted(Comparator.comparing((CartonItem i) -> i.dimensions().cubicMillimetres()).reversed()).toList();
    for (CartonItem item : sorted) {
      boolean placed = false;
      for (Shelf s : open) {
        if (s.add(item)) {
          placed = true;
          break;
        }
      }
      if (!placed) {
        Shelf s = new Shelf(largest);
        assertThat(s.add(item)).as("baseline fits %s in the largest box", item).isTrue();
        open.add(s);
      }
    }
    return open.size();
  }

  /** A box filled in shelves. */
  static final class Shelf {
    final BoxType box;
    BigDecimal x = BigDecimal.ZERO;
    BigDecimal y = BigDecimal.ZERO;
    BigDecimal z = BigDecimal.ZERO;
    BigDecimal rowDepth = BigDecimal.ZERO;
    BigDecimal layerHeight = BigDecimal.ZERO;
    Weight weight;

    Shelf(BoxType box) {
      this.box = box;
      this.weight = box.emptyWeight();
    }

    boolean add(CartonItem item) {
      if (weight.plus(item.weight()).exceeds(box.maxWeight())) {
        return false;
      }
      BigDecimal l = item.dimensions().length().millimetres();
      BigDecimal w = item.dimensions().width().millimetres();
      BigDecimal h = item.dimensions().height().millimetres();
      BigDecimal bl = box.inner().length().millimetres();
      BigDecimal bw = box.inner().width().millimetres();
      BigDecimal bh = box.inner().height().millimetres();
      if (l.compareTo(bl) > 0 || w.compareTo(bw) > 0 || h.compareTo(bh) > 0) {
        return false;
      }
      BigDecimal nx = x;
      BigDecimal ny = y;
      BigDecimal nz = z;
      BigDecimal nRow = rowDepth;
      BigDecimal nLayer = layerHeight;
      if (nx.add(l).compareTo(bl) > 0) { // new row
        nx = BigDecimal.ZERO;
        ny = ny.add(nRow);
        nRow = BigDecimal.ZERO;
      }
      if (ny.add(w).compareTo(bw) > 0) { // new layer
        nx = BigDecimal.ZERO;
        ny = BigDecimal.ZERO;
        nz = nz.add(nLayer);
        nRow = BigDecimal.ZERO;
        nLayer = BigDecimal.ZERO;
      }
      if (nz.add(h).compareTo(bh) > 0) {
        return false;
      }
      x = nx.add(l);
      y = ny;
      z = nz;
      rowDepth = nRow.max(w);
      layerHeight = nLayer.max(h);
      weight = weight.plus(item.weight());
      return true;
    }
  }
}
