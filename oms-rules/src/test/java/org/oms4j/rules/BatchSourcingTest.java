package org.oms4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.GeoPoint;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Amounts;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.LocationType;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.order.OrderLine;
import org.oms4j.core.order.OrderStatus;

/**
 * Batch sourcing against the exact optimum of small instances (found here by dynamic programming over every
 * allocation of every order), and its invariants on random ones.
 */
class BatchSourcingTest {
  static final Actor ACTOR = Actor.system("test");
  static final List<Sku> SKUS = List.of(Sku.of("A"), Sku.of("B"));
  static final int LOCATIONS = 3;
  static final GeoPoint[] SITES = {new GeoPoint(40.7, -74.0), new GeoPoint(41.9, -87.6), new GeoPoint(34.0, -118.2)};
  static final Geocoder GEO = Geocoder.byPostalPrefix(Map.of("US:100", SITES[0], "US:606", SITES[1],
      "US:900", SITES[2], "US:303", new GeoPoint(33.7, -84.4)));
  static final List<String> ZIPS = List.of("10001", "60601", "90001", "30301");
  static final CostModel COST = CostModel.distance(600, 0.3, 1000, 5_000);

  final Inventory inventory = Inventory.builder().clock(RulesFixtures.CLOCK).build();

  BatchSourcingTest() {
    for (int l = 0; l < LOCATIONS + 1; l++) {
      Location.Builder b = Location.builder().id(LocationId.of("L" + l)).name("L" + l).type(LocationType.WAREHOUSE)
          .shipFrom(RulesFixtures.address("1 Dock", "62701", "US")).geo(l < LOCATIONS ? SITES[l] : SITES[0]);
      if (l == LOCATIONS) {
        b.addTag("blocked"); // a fourth site with stock that the chain excludes
      }
      inventory.putLocation(b.build());
    }
  }

  Sourcing sourcing(int maxShipments) {
    return Sourcing.builder(inventory).geocoder(GEO).costModel(COST).rankPenaltyMinor(0)
        .policy(OrderPolicy.shipAvailable(maxShipments)).rule(SourcingRule.tags(Set.of(), Set.of("blocked")))
        .rule(SourcingRule.closest()).build();
  }

  /** A random instance: orders of 1-2 lines (1-3 units) to four cities, and 0-3 units of each SKU per site. */
  record Instance(List<Order> orders, StockSnapshot stock) {}

  static Instance instance(long seed, int orders) {
    Random random = new Random(seed);
    StockSnapshot.Builder stock = StockSnapshot.builder();
    for (Sku sku : SKUS) {
      for (int l = 0; l <= LOCATIONS; l++) {
        stock.put(sku, LocationId.of("L" + l), random.nextInt(4));
      }
    }
    List<Order> list = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      OrderDraft.Builder d = OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId("O" + i)
          .customer(Customer.builder().id(CustomerId.of("C")).build())
          .shipTo(Address.builder().addLine("1 Main").city("Y").postalCode(ZIPS.get(random.nextInt(ZIPS.size())))
              .country("US").build())
          .currency(Monetary.getCurrency("USD")).paymentStatus(PaymentStatus.PAID);
      int first = random.nextInt(SKUS.size());
      int lines = 1 + random.nextInt(2);
      for (int k = 0; k < lines; k++) {
        d.addLine(LineDraft.builder().sku(SKUS.get((first + k) % SKUS.size())).quantity(1 + random.nextInt(3))
            .unitPrice(Money.of(10, "USD")).build());
      }
      list.add(Order.create(OrderId.of("O" + i), d.build(), ACTOR, Instant.EPOCH)
        .apply(new OrderEvent.Validated(), ACTOR, Instant.EPOCH, Optional.empty()));
    }
    return new Instance(list, stock.build());
  }

  @Test
  void batchIsWithinThreePercentOfTheOptimumAndBeatsGreedy() {
    int instances = 120;
    double greedyGap = 0;
    double batchGap = 0;
    double worst = 0;
    int greedyWorse = 0;
    List<String> beyond = new ArrayList<>();
    for (int seed = 0; seed < instances; seed++) {
      Instance in = instance(seed, 6);
      int maxShipments = 1 + seed % 2;
      BatchPlan batch = sourcing(maxShipments).planBatch(in.orders(), in.stock());
      long optimum = new Exact(in, maxShipments).optimum();
      long cost = Amounts.toMinor(batch.cost());
      long greedy = Amounts.toMinor(batch.greedyCost());
      assertThat(cost).as("seed %d: batch %d vs optimum %d", seed, cost, optimum).isGreaterThanOrEqualTo(optimum);
      if (cost * 100 > optimum * 103) {
        beyond.add("seed " + seed + ": batch " + cost + " vs optimum " + optimum + " (greedy " + greedy + ")");
      }
      assertThat(cost).isLessThanOrEqualTo(greedy);
      greedyGap += (greedy - optimum) / (double) optimum;
      batchGap += (cost - optimum) / (double) optimum;
      worst = Math.max(worst, (cost - optimum) / (double) optimum);
      greedyWorse += greedy > cost ? 1 : 0;
    }
    System.out.printf("batch sourcing over %d instances: mean gap to optimum greedy %.2f%%, batch %.3f%% "
        + "(worst %.2f%%); batch beat greedy on %d%n", instances, 100 * greedyGap / instances,
        100 * batchGap / instances, 100 * worst, greedyWorse);
    assertThat(beyond).as("instances more than 3% above the optimum").isEmpty();
    assertThat(greedyWorse).as("instances where greedy is worse: the test must be able to tell them apart")
        .isGreaterThan(instances / 10);
  }

  @Test
  void theClassicContentionCaseGoesToTheOrderWithNoOtherSource() {
    // one unit in New York, one in Los Angeles; two New York orders and one Los Angeles order
    StockSnapshot tight = StockSnapshot.builder().put(SKUS.get(0), LocationId.of("L0"), 1).put(SKUS.get(0),
        LocationId.of("L2"), 1).build();
    List<Order> contention = List.of(order("O0", "10001", 1, 0), order("O1", "10001", 1, 0),
        order("O2", "90001", 1, 0));
    BatchPlan plan = sourcing(1).planBatch(contention, tight);
    // greedy gives New York's unit to O0 and Los Angeles' to O1, leaving O2 (Los Angeles) without: batch fixes it
    assertThat(plan.plans().get(2).allocations()).extracting(SourcingPlan.Allocation::locationId)
        .containsExactly(LocationId.of("L2"));
    assertThat(plan.cost().isLessThan(plan.greedyCost())).isTrue();
    assertThat(plan.improvements()).isPositive();
  }

  @Test
  void aPerturbationThatDoesNotPayIsUndoneForEveryOrderItMoved() {
    // found by the property below: a perturbation's improvement step also moved orders outside the group it saved,
    // and undoing it left those moved, so the batch ended at 333.28 against 294.26 for one-by-one allocation
    Instance in = instance(-59, 4);
    BatchPlan batch = sourcing(1).planBatch(in.orders(), in.stock());
    assertThat(batch.cost().isLessThanOrEqualTo(batch.greedyCost())).isTrue();
    assertThat(Amounts.toMinor(batch.cost())).isEqualTo(25_611);
  }

  @Test
  void batchPlansNeverExceedStockNorUseExcludedSitesNorSplitBeyondThePolicyAndAreDeterministic() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 12), integers().between(1, 3))
        .checkAssert((seed, orders, maxShipments) -> {
          Instance in = instance(seed, orders);
          Sourcing sourcing = sourcing(maxShipments);
          BatchPlan batch = sourcing.planBatch(in.orders(), in.stock());
          assertThat(sourcing.planBatch(in.orders(), in.stock())).isEqualTo(batch);
          assertThat(batch.plans()).hasSize(orders);
          assertThat(batch.cost().isLessThanOrEqualTo(batch.greedyCost())).isTrue();
          assertThat(batch.cost().isGreaterThanOrEqualTo(batch.aloneCost())).isTrue();
          Map<String, Integer> used = new HashMap<>();
          for (int i = 0; i < orders; i++) {
            Order order = in.orders().get(i);
            SourcingPlan plan = batch.plans().get(i);
            assertThat(plan.orderId()).isEqualTo(order.id());
            assertThat(plan.shipments()).isLessThanOrEqualTo(maxShipments);
            Map<Object, Integer> perLine = new HashMap<>();
            for (SourcingPlan.Allocation a : plan.allocations()) {
              assertThat(a.locationId().value()).isNotEqualTo("L" + LOCATIONS);
              used.merge(order.line(a.lineId()).orElseThrow().sku() + "@" + a.locationId().value(), a.quantity(),
                  Integer::sum);
              perLine.merge(a.lineId(), a.quantity(), Integer::sum);
            }
            plan.backorders().forEach(b -> perLine.merge(b.lineId(), b.quantity(), Integer::sum));
            for (OrderLine line : order.lines()) {
              assertThat(perLine.get(line.id())).isEqualTo(line.quantity());
            }
          }
          used.forEach((key, units) -> {
            String[] parts = key.split("@");
            assertThat(units).as(key)
                .isLessThanOrEqualTo(in.stock().availableToPromise(Sku.of(parts[0]), LocationId.of(parts[1])));
          });
        });
  }

  @Test
  void allocateBatchReservesEveryPlanAndFallsBackToAFreshPlanForAnOrderThatChanged() {
    OrderManagement oms = OrderManagement.builder().clock(RulesFixtures.CLOCK).idGenerator(IdGenerator.sequential())
        .inventory(inventory).build();
    inventory.receive(SKUS.get(0), LocationId.of("L0"), 1, ACTOR);
    inventory.receive(SKUS.get(0), LocationId.of("L2"), 1, ACTOR);
    List<OrderId> ids = new ArrayList<>();
    for (String zip : List.of("10001", "10001", "90001")) {
      Order o = oms.submit(draft("X" + ids.size(), zip, 1), ACTOR);
      ids.add(oms.validate(o.id(), ACTOR).id());
    }
    List<Order> after = sourcing(1).allocateBatch(oms, ids, ACTOR);
    assertThat(after).extracting(Order::status).containsExactly(OrderStatus.ALLOCATED, OrderStatus.BACKORDERED,
        OrderStatus.ALLOCATED);
    assertThat(after.get(2).lines().get(0).allocatedAt(LocationId.of("L2"))).isEqualTo(1);
    assertThat(inventory.availableToPromise(SKUS.get(0))).isZero();
    assertThat(inventory.reconcile(false).consistent()).isTrue();
  }

  @Test
  void aBadBatchIsRefusedWithTheFieldNamed() {
    Order usd = order("O0", "10001", 1, 0);
    Order eur = Order.create(OrderId.of("E"), draft("E", "10001", 1, "EUR"), ACTOR, Instant.EPOCH)
        .apply(new OrderEvent.Validated(), ACTOR, Instant.EPOCH, Optional.empty());
    Sourcing s = sourcing(1);
    assertThatThrownBy(() -> s.planBatch(List.of())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("orders");
    assertThatThrownBy(() -> s.planBatch(List.of(usd, usd))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> s.planBatch(List.of(usd, eur))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("currency");
    assertThatThrownBy(() -> Sourcing.builder(inventory).batchEffort(1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("batchEffort");
  }

  static OrderDraft draft(String id, String zip, int a) {
    return draft(id, zip, a, "USD");
  }

  static OrderDraft draft(String id, String zip, int a, String currency) {
    return OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId(id)
        .customer(Customer.builder().id(CustomerId.of("C")).build())
        .shipTo(Address.builder().addLine("1 Main").city("Y").postalCode(zip).country("US").build())
        .currency(Monetary.getCurrency(currency)).paymentStatus(PaymentStatus.PAID)
        .addLine(LineDraft.builder().sku(SKUS.get(0)).quantity(a).unitPrice(Money.of(10, currency)).build()).build();
  }

  static Order order(String id, String zip, int a, int b) {
    OrderDraft.Builder d = OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId(id)
        .customer(Customer.builder().id(CustomerId.of("C")).build())
        .shipTo(Address.builder().addLine("1 Main").city("Y").postalCode(zip).country("US").build())
        .currency(Monetary.getCurrency("USD")).paymentStatus(PaymentStatus.PAID);
    if (a > 0) {
      d.addLine(LineDraft.builder().sku(SKUS.get(0)).quantity(a).unitPrice(Money.of(10, "USD")).build());
    }
    if (b > 0) {
      d.addLine(LineDraft.builder().sku(SKUS.get(1)).quantity(b).unitPrice(Money.of(10, "USD")).build());
    }
    return Order.create(OrderId.of(id), d.build(), ACTOR, Instant.EPOCH)
        .apply(new OrderEvent.Validated(), ACTOR, Instant.EPOCH, Optional.empty());
  }

  /**
   * The exact optimum: every way to split each order's units over the sites (at most {@code maxShipments} sites
   * per order) or leave them unallocated, costed with the same cost model, minimised over all orders together by
   * dynamic programming over the stock left.
   */
  final class Exact {
    final Instance in;
    final int maxShipments;
    final List<List<long[]>> options = new ArrayList<>(); // per order: {cost, use of SKU x site...}
    final Map<String, Long> memo = new HashMap<>();

    Exact(Instance in, int maxShipments) {
      this.in = in;
      this.maxShipments = maxShipments;
      for (Order order : in.orders()) {
        options.add(optionsOf(order));
      }
    }

    long optimum() {
      int[] stock = new int[SKUS.size() * LOCATIONS];
      for (int s = 0; s < SKUS.size(); s++) {
        for (int l = 0; l < LOCATIONS; l++) {
          stock[s * LOCATIONS + l] = in.stock().availableToPromise(SKUS.get(s), LocationId.of("L" + l));
        }
      }
      return best(0, stock);
    }

    long best(int i, int[] stock) {
      if (i == options.size()) {
        return 0;
      }
      String key = i + Arrays.toString(stock);
      Long known = memo.get(key);
      if (known != null) {
        return known;
      }
      long best = Long.MAX_VALUE;
      for (long[] option : options.get(i)) {
        boolean fits = true;
        for (int k = 0; k < stock.length && fits; k++) {
          fits = option[k + 1] <= stock[k];
        }
        if (fits) {
          int[] left = stock.clone();
          for (int k = 0; k < stock.length; k++) {
            left[k] -= (int) option[k + 1];
          }
          best = Math.min(best, option[0] + best(i + 1, left));
        }
      }
      memo.put(key, best);
      return best;
    }

    List<long[]> optionsOf(Order order) {
      List<long[]> out = new ArrayList<>();
      List<OrderLine> lines = order.lines();
      int[][] split = new int[lines.size()][LOCATIONS];
      enumerate(order, lines, 0, 0, split, out);
      return out;
    }

    void enumerate(Order order, List<OrderLine> lines, int line, int site, int[][] split, List<long[]> out) {
      if (line == lines.size()) {
        out.add(cost(order, lines, split));
        return;
      }
      if (site == LOCATIONS) {
        enumerate(order, lines, line + 1, 0, split, out);
        return;
      }
      int placed = 0;
      for (int l = 0; l < site; l++) {
        placed += split[line][l];
      }
      for (int units = 0; units <= lines.get(line).quantity() - placed; units++) {
        split[line][site] = units;
        enumerate(order, lines, line, site + 1, split, out);
      }
      split[line][site] = 0;
    }

    long[] cost(Order order, List<OrderLine> lines, int[][] split) {
      long[] option = new long[1 + SKUS.size() * LOCATIONS];
      int sites = 0;
      long cost = 0;
      int allocated = 0;
      int waiting = 0;
      GeoPoint to = GEO.locate(order.draft().shipTo()).orElseThrow();
      for (int l = 0; l < LOCATIONS; l++) {
        int units = 0;
        for (int i = 0; i < lines.size(); i++) {
          units += split[i][l];
          option[1 + SKUS.indexOf(lines.get(i).sku()) * LOCATIONS + l] += split[i][l];
        }
        if (units > 0) {
          sites++;
          Location at = inventory.location(LocationId.of("L" + l)).orElseThrow();
          cost += COST.shipmentCostMinor(order, at, units, Optional.of(SITES[l].distanceKm(to)));
          allocated += units;
        }
      }
      for (OrderLine line : lines) {
        waiting += line.quantity();
      }
      option[0] = sites > maxShipments ? Long.MAX_VALUE / 4 : cost + (waiting - allocated) * 5_000L;
      return option;
    }
  }
}
