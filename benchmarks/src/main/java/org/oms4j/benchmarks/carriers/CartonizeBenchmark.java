package org.oms4j.benchmarks.carriers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.Money;
import org.oms4j.carriers.BoxType;
import org.oms4j.carriers.CartonItem;
import org.oms4j.carriers.Cartonizer;
import org.oms4j.carriers.Packing;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Packing a 10-item order into a 5-box catalog (issue 5 aims for under 1 ms per order). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class CartonizeBenchmark {
  List<BoxType> catalog;
  List<List<CartonItem>> orders;
  List<List<CartonItem>> limitedOrders;
  Cartonizer cartonizer;
  int next;

  static BoxType box(String id, int l, int w, int h, int maxKg, String cost) {
    Dimensions inner = Dimensions.of(String.valueOf(l), String.valueOf(w), String.valueOf(h), LengthUnit.MM);
    Dimensions outer = Dimensions.of(String.valueOf(l + 6), String.valueOf(w + 6), String.valueOf(h + 6),
        LengthUnit.MM);
    return new BoxType(id, inner, outer, Weight.ofGrams(150), Weight.of(String.valueOf(maxKg), WeightUnit.KG),
        Money.of(new BigDecimal(cost), "USD"));
  }

  @Setup
  public void setup() {
    catalog = List.of(box("XS", 200, 150, 100, 5, "0.50"), box("S", 300, 200, 150, 10, "0.80"),
        box("M", 400, 300, 200, 20, "1.20"), box("L", 500, 400, 300, 25, "1.90"),
        box("XL", 600, 400, 400, 30, "2.50"));
    cartonizer = Cartonizer.boxCostOnly();
    Random random = new Random(42);
    orders = new ArrayList<>();
    for (int o = 0; o < 64; o++) {
      List<CartonItem> items = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        items.add(new CartonItem("i" + i, Dimensions.of(String.valueOf(40 + random.nextInt(160)),
            String.valueOf(30 + random.nextInt(120)), String.valueOf(20 + random.nextInt(100)), LengthUnit.MM),
            Weight.ofGrams(50 + random.nextInt(1500)), random.nextInt(4) > 0, random.nextInt(3) == 0));
      }
      orders.add(items);
    }
    // the same orders, a third of the items bearing nothing on top and a third at most 1 kg
    Random limits = new Random(43);
    limitedOrders = new ArrayList<>();
    for (List<CartonItem> order : orders) {
      List<CartonItem> items = new ArrayList<>();
      for (CartonItem c : order) {
        int kind = limits.nextInt(3);
        items.add(new CartonItem(c.id(), c.dimensions(), c.weight(), c.mayRotate(), c.keepUpright(),
            kind == 0 ? Optional.of(Weight.ZERO) : kind == 1 ? Optional.of(Weight.ofGrams(1_000)) : Optional.empty()));
      }
      limitedOrders.add(items);
    }
  }

  @Benchmark
  public Packing packTenItems() {
    return cartonizer.pack(orders.get(next++ & 63), catalog);
  }

  @Benchmark
  public Packing packTenItemsWithStackingLimits() {
    return cartonizer.pack(limitedOrders.get(next++ & 63), catalog);
  }
}
