package org.oms4j.benchmarks.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.GeoPoint;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.LocationType;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderId;
import org.oms4j.rules.BatchPlan;
import org.oms4j.rules.Geocoder;
import org.oms4j.rules.Sourcing;
import org.oms4j.rules.SourcingRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch sourcing under contention: 10,000 three-line orders over 50 locations and 1,000 SKUs (each stocked at 8
 * locations), so nearby stock runs out and orders compete for it; a chain of 4 rules. One op plans the whole batch
 * (default search: 6 starts, 4 improvement rounds, iterated local search). The cost against one-by-one greedy is
 * printed at tear-down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class BatchSourcingBenchmark {
  static final int LOCATIONS = 50;
  static final int SKUS = 1_000;
  static final int ORDERS = 10_000;

  Sourcing sourcing;
  List<Order> orders;
  BatchPlan last;

  @Setup
  public void setup() {
    Random random = new Random(42);
    Inventory inventory = Inventory.builder().build();
    Actor actor = Actor.system("benchmark");
    Map<String, GeoPoint> prefixes = new HashMap<>();
    for (int l = 0; l < LOCATIONS; l++) {
      GeoPoint geo = new GeoPoint(26 + random.nextDouble() * 22, -122 + random.nextDouble() * 50);
      Location.Builder b = Location.builder().id(LocationId.of("L" + l)).name("L" + l).type(LocationType.WAREHOUSE)
          .shipFrom(Address.builder().addLine("1 Dock").city("X").postalCode("12345").country(l < 45 ? "US" : "CA")
              .build())
          .geo(geo);
      if (l % 10 == 9) {
        b.addTag("no-parcels");
      }
      inventory.putLocation(b.build());
    }
    for (int p = 100; p < 1000; p++) {
      prefixes.put("US:" + p, new GeoPoint(26 + random.nextDouble() * 22, -122 + random.nextDouble() * 50));
    }
    for (int s = 0; s < SKUS; s++) {
      for (int k = 0; k < 8; k++) {
        inventory.receive(Sku.of("SKU-" + s), LocationId.of("L" + random.nextInt(LOCATIONS)), 1 + random.nextInt(20),
            actor);
      }
    }
    sourcing = Sourcing.builder(inventory).geocoder(Geocoder.byPostalPrefix(prefixes))
        .rule(SourcingRule.sameCountry()).rule(SourcingRule.tags(Set.of(), Set.of("no-parcels")))
        .rule(SourcingRule.closest()).rule(SourcingRule.mostComplete()).build();
    orders = new ArrayList<>(ORDERS);
    for (int i = 0; i < ORDERS; i++) {
      OrderDraft.Builder d = OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId("O" + i)
          .customer(Customer.builder().id(CustomerId.of("C")).build())
          .shipTo(Address.builder().addLine("1 Main").city("Y").postalCode(String.valueOf(10000 + random.nextInt(89999)))
              .country("US").build())
          .currency(Monetary.getCurrency("USD")).paymentStatus(PaymentStatus.PAID);
      for (int line = 0; line < 3; line++) {
        d.addLine(LineDraft.builder().sku(Sku.of("SKU-" + (line * SKUS / 3 + random.nextInt(SKUS / 3))))
            .quantity(1 + random.nextInt(3)).unitPrice(Money.of(10, "USD")).build());
      }
      orders.add(Order.create(OrderId.of("O" + i), d.build(), actor, Instant.EPOCH)
        .apply(new OrderEvent.Validated(), actor, Instant.EPOCH, Optional.empty()));
    }
  }

  /** Plans 10,000 orders together. */
  @Benchmark
  public BatchPlan planBatch() {
    last = sourcing.planBatch(orders);
    return last;
  }

  /** Prints the batch cost against greedy and the orders-alone bound. */
  @TearDown
  public void report() {
    if (last != null) {
      System.out.printf("%nbatch %s, greedy %s, alone %s, improvements %d%n", last.cost(), last.greedyCost(),
          last.aloneCost(), last.improvements());
    }
  }
}
