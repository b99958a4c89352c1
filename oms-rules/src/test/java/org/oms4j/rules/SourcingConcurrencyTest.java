package org.oms4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.core.ConcurrentUpdateException;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.GeoPoint;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.InsufficientStockException;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.LocationType;
import org.oms4j.core.inventory.StockLevel;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.order.OrderLine;
import org.oms4j.core.order.OrderStatus;

/**
 * Sourcing under concurrency: threads allocate orders for a few hot SKUs one by one and in batches while another
 * closes and reopens locations and re-routes their orders. Afterwards no stock is oversold, every reserved unit
 * belongs to an allocation and every allocation is reserved, and every order's units are all accounted for.
 */
class SourcingConcurrencyTest {
  static final Actor ACTOR = Actor.system("test");
  static final List<Sku> SKUS = List.of(Sku.of("A"), Sku.of("B"), Sku.of("C"));
  static final List<LocationId> SITES = List.of(LocationId.of("L0"), LocationId.of("L1"), LocationId.of("L2"),
      LocationId.of("L3"));

  @Test
  void allocationBatchesAndReroutesRacingOnHotStockNeverOversellNorLoseAUnit() throws Exception {
    Inventory inventory = Inventory.builder().clock(RulesFixtures.CLOCK).locationCacheTtl(java.time.Duration.ZERO)
        .build();
    for (int l = 0; l < SITES.size(); l++) {
      inventory.putLocation(Location.builder().id(SITES.get(l)).name("L" + l).type(LocationType.WAREHOUSE)
          .shipFrom(RulesFixtures.address("1 Dock", "62701", "US")).geo(new GeoPoint(35 + l, -90 - 5 * l)).build());
      for (Sku sku : SKUS) {
        inventory.receive(sku, SITES.get(l), 12, ACTOR);
      }
    }
    OrderManagement oms = OrderManagement.builder().clock(RulesFixtures.CLOCK).idGenerator(IdGenerator.sequential())
        .inventory(inventory).maxRetries(50).build();
    Sourcing sourcing = Sourcing.builder(inventory).policy(OrderPolicy.shipAvailable(2))
        .geocoder(Geocoder.byPostalPrefix(Map.of("US:100", new GeoPoint(40.7, -74.0))))
        .rule(SourcingRule.closest()).build();
    List<OrderId> ids = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      OrderDraft.Builder d = OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId("O" + i)
          .customer(Customer.builder().id(CustomerId.of("C")).build())
          .shipTo(RulesFixtures.address("1 Main", "10001", "US")).currency(Monetary.getCurrency("USD"))
          .paymentStatus(PaymentStatus.PAID);
      d.addLine(LineDraft.builder().sku(SKUS.get(i % 3)).quantity(1 + i % 2).unitPrice(Money.of(5, "USD")).build());
      if (i % 4 == 0) {
        d.addLine(LineDraft.builder().sku(SKUS.get((i + 1) % 3)).quantity(1).unitPrice(Money.of(5, "USD")).build());
      }
      ids.add(oms.validate(oms.submit(d.build(), ACTOR).id(), ACTOR).id());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int first = t;
      work.add(pool.submit(() -> {
        await(start);
        for (int i = first; i < 80; i += 2) {
          OrderId id = ids.get(i);
          tolerate(() -> sourcing.allocate(oms, id, ACTOR), unexpected);
        }
      }));
    }
    work.add(pool.submit(() -> {
      await(start);
      for (int from = 80; from < 120; from += 10) {
        List<OrderId> batch = ids.subList(from, from + 10);
        tolerate(() -> sourcing.allocateBatch(oms, batch, ACTOR), unexpected);
      }
    }));
    java.util.concurrent.atomic.AtomicInteger allocating = new java.util.concurrent.atomic.AtomicInteger(3);
    Future<?> rerouter = pool.submit(() -> {
      await(start);
      // close each site in turn while allocations run, then once more each after they have all finished (fast
      // allocation can finish before the first rounds reach the sites it used)
      int roundsAfter = 0;
      for (int round = 0; roundsAfter < SITES.size(); round++) {
        if (allocating.get() == 0) {
          roundsAfter++;
        }
        LocationId closing = SITES.get(round % SITES.size());
        inventory.putLocation(inventory.location(closing).orElseThrow().withActive(false));
        for (OrderId id : ids) {
          tolerate(() -> sourcing.reroute(oms, id, Set.of(closing), ACTOR), unexpected);
        }
        inventory.putLocation(inventory.location(closing).orElseThrow().withActive(true));
      }
    });
    start.countDown();
    for (Future<?> f : work) {
      f.get(60, TimeUnit.SECONDS);
      allocating.decrementAndGet();
    }
    rerouter.get(60, TimeUnit.SECONDS);
    pool.shutdown();
    assertThat(unexpected).isEmpty();
    long rerouted = ids.stream().map(oms::get).filter(o -> o.auditTrail().stream()
        .anyMatch(e -> e.reason().orElse("").startsWith("re-routed"))).count();
    assertThat(rerouted).as("orders re-routed while others were being allocated").isPositive();

    assertThat(inventory.reconcile(false).consistent()).isTrue();
    for (Sku sku : SKUS) {
      int allocated = 0;
      for (OrderId id : ids) {
        Order o = oms.get(id);
        for (OrderLine line : o.lines()) {
          if (line.sku().equals(sku)) {
            allocated += o.quantities(line.id()).allocated();
          }
        }
      }
      int reserved = 0;
      for (StockLevel level : inventory.stock(sku)) {
        assertThat(level.reserved()).isLessThanOrEqualTo(level.onHand());
        assertThat(level.availableToPromise()).isNotNegative();
        reserved += level.reserved();
      }
      assertThat(reserved).as("units of %s reserved vs allocated", sku).isEqualTo(allocated);
    }
    for (OrderId id : ids) {
      Order o = oms.get(id);
      for (OrderLine line : o.lines()) {
        var q = o.quantities(line.id());
        assertThat(q.open() + q.backordered() + q.allocated() + q.cancelled()).isEqualTo(line.quantity());
        for (LocationId site : SITES) {
          assertThat(line.allocatedAt(site)).isNotNegative();
        }
      }
      assertThat(o.status()).isIn(OrderStatus.VALIDATED, OrderStatus.BACKORDERED, OrderStatus.PARTIALLY_ALLOCATED,
          OrderStatus.ALLOCATED);
    }
  }

  /** Runs an action, tolerating only the lost races a caller would retry later. */
  private static void tolerate(Runnable action, ConcurrentLinkedQueue<Throwable> unexpected) {
    try {
      action.run();
    } catch (ConcurrentUpdateException | InsufficientStockException lostRace) {
      // another thread won: the order or the stock changed; a host would plan again later
    } catch (Throwable t) {
      unexpected.add(t);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
