package org.oms4j.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.store.jdbc.TestData.T0;
import static org.oms4j.store.jdbc.TestData.next;
import static org.oms4j.store.jdbc.TestData.order;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oms4j.core.ConcurrentUpdateException;
import org.oms4j.core.OrderNotFoundException;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.HoldId;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.RecordedEvent;
import org.oms4j.core.spi.ConsumerId;
import org.oms4j.core.spi.CreationOrder;
import org.oms4j.core.spi.InsertResult;
import org.oms4j.core.spi.OrderStore;
import org.oms4j.core.spi.OutboxEntry;

/**
 * The contract of {@link OrderStore}, run against every implementation: a subclass supplies an empty store per
 * test.
 */
abstract class OrderStoreContract {
  OrderStore store;
  ExecutorService pool;

  /** An empty store. */
  abstract OrderStore newStore();

  @BeforeEach
  void setUp() {
    store = newStore();
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  // ---------------------------------------------------------------- insert

  @Test
  void insertStoresTheOrderAndItsCreationEvent() {
    Order o = order("O-1", "E-1");
    InsertResult r = store.insert(o);

    assertThat(r.created()).isTrue();
    assertThat(r.order()).isEqualTo(o);
    assertThat(r.written()).hasSize(1);
    assertThat(r.written().get(0).event()).isEqualTo(o.auditTrail().get(0));
    assertThat(store.find(o.id())).contains(o);
    assertThat(store.findByExternalId(TestData.WEB, "E-1")).contains(o);
    assertThat(store.findByStatus(o.status())).containsExactly(o);
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.pendingEvents(10)).isEqualTo(r.written());
  }

  @Test
  void unknownOrdersAreAbsent() {
    assertThat(store.find(OrderId.of("nope"))).isEmpty();
    assertThat(store.findByExternalId(TestData.WEB, "nope")).isEmpty();
    assertThat(store.findByExternalId(SalesChannel.of("other"), "E-1")).isEmpty();
    assertThat(store.findByStatus(OrderStatus.CANCELLED)).isEmpty();
    assertThat(store.count()).isZero();
    assertThat(store.pendingEvents(10)).isEmpty();
  }

  @Test
  void insertUnderATakenKeyReturnsTheHolderAndWritesNothing() {
    Order first = order("O-1", "E-1");
    store.insert(first);
    List<OutboxEntry> outbox = store.pendingEvents(10);

    InsertResult again = store.insert(order("O-2", "E-1"));

    assertThat(again.created()).isFalse();
    assertThat(again.order()).isEqualTo(first);
    assertThat(again.written()).isEmpty();
    assertThat(store.find(OrderId.of("O-2"))).isEmpty();
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.pendingEvents(10)).isEqualTo(outbox);
  }

  @Test
  void insertOfATakenIdUnderAnotherKeyIsRefusedAndWritesNothing() {
    store.insert(order("O-1", "E-1"));

    assertThatThrownBy(() -> store.insert(order("O-1", "E-2"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-1");
    assertThat(store.findByExternalId(TestData.WEB, "E-2")).isEmpty();
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.pendingEvents(10)).hasSize(1);
  }

  @Test
  void concurrentInsertsWithOneKeyCreateOneOrder() throws Exception {
    int n = 16;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<InsertResult>> results = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Order candidate = order("O-" + i, "E-same");
      results.add(pool.submit(() -> {
        start.await();
        return store.insert(candidate);
      }));
    }
    start.countDown();
    List<InsertResult> done = new ArrayList<>();
    for (Future<InsertResult> f : results) {
      done.add(f.get(30, TimeUnit.SECONDS));
    }

    assertThat(done.stream().filter(InsertResult::created)).hasSize(1);
    Order winner = done.stream().filter(InsertResult::created).findFirst().orElseThrow().order();
    assertThat(done).allSatisfy(r -> assertThat(r.order()).isEqualTo(winner));
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.pendingEvents(100)).hasSize(1);
  }

  // ---------------------------------------------------------------- update

  @Test
  void updateReplacesTheOrderAndAppendsItsNewEvents() {
    Order v1 = order("O-1", "E-1");
    store.insert(v1);
    Order v2 = next(v1, new OrderEvent.Validated());
    Order v3 = next(v2, new OrderEvent.HoldPlaced(HoldId.of("H-1"), HoldType.FRAUD_REVIEW));

    List<OutboxEntry> written = store.update(v3, 1);

    assertThat(written).extracting(e -> e.event().sequence()).containsExactly(2L, 3L);
    assertThat(written.get(0).position()).isLessThan(written.get(1).position());
    assertThat(store.find(v1.id())).contains(v3);
    assertThat(store.findByExternalId(TestData.WEB, "E-1")).contains(v3);
    assertThat(store.findByStatus(v3.status())).containsExactly(v3);
    if (v1.status() != v3.status()) {
      assertThat(store.findByStatus(v1.status())).isEmpty();
    }
    assertThat(store.pendingEvents(10)).extracting(e -> e.event().sequence()).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aStaleUpdateIsRefusedAndWritesNothing() {
    Order v1 = order("O-1", "E-1");
    store.insert(v1);
    Order mine = next(v1, new OrderEvent.Validated());
    Order theirs = next(v1, new OrderEvent.HoldPlaced(HoldId.of("H-1"), HoldType.FRAUD_REVIEW));
    store.update(theirs, 1);
    List<OutboxEntry> outbox = store.pendingEvents(10);

    assertThatThrownBy(() -> store.update(mine, 1)).isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("expected version 1 but found 2");
    assertThat(store.find(v1.id())).contains(theirs);
    assertThat(store.pendingEvents(10)).isEqualTo(outbox);
  }

  @Test
  void updateOfAnUnknownOrderIsRefused() {
    Order v2 = next(order("O-1", "E-1"), new OrderEvent.Validated());

    assertThatThrownBy(() -> store.update(v2, 1)).isInstanceOf(OrderNotFoundException.class);
    assertThat(store.count()).isZero();
    assertThat(store.pendingEvents(10)).isEmpty();
  }

  @Test
  void updateToAVersionThatIsNotNewerIsRefused() {
    Order v1 = order("O-1", "E-1");
    store.insert(v1);

    assertThatThrownBy(() -> store.update(v1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.pendingEvents(10)).hasSize(1);
  }

  @Test
  void ordersRoundTripExactlyThroughManyEvents() {
    Order o = order("O-1", "E-1");
    store.insert(o);
    LineId first = o.lines().get(0).id();
    List<OrderEvent> events = List.of(new OrderEvent.Validated(),
        new OrderEvent.HoldPlaced(HoldId.of("H-1"), HoldType.PAYMENT),
        new OrderEvent.HoldReleased(HoldId.of("H-1")),
        new OrderEvent.LineCancelled(first, 1));
    for (OrderEvent e : events) {
      Order n = next(o, e);
      store.update(n, o.version());
      o = n;
    }

    Order stored = store.find(o.id()).orElseThrow();
    assertThat(stored).isEqualTo(o);
    assertThat(stored.auditTrail()).isEqualTo(o.auditTrail());
    assertThat(stored.total()).isEqualTo(o.total());
  }

  @Test
  void concurrentCompareAndSetLoopsLoseNoUpdate() throws Exception {
    Order v1 = order("O-1", "E-1");
    store.insert(v1);
    int threads = 8;
    int each = 5;
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      tasks.add(() -> {
        int conflicts = 0;
        for (int k = 0; k < each; k++) {
          HoldId hold = HoldId.of("H-" + thread + "-" + k);
          while (true) {
            Order current = store.find(v1.id()).orElseThrow();
            try {
              store.update(next(current, new OrderEvent.HoldPlaced(hold, HoldType.CREDIT)), current.version());
              break;
            } catch (ConcurrentUpdateException e) {
              conflicts++;
            }
          }
        }
        return conflicts;
      });
    }
    for (Future<Integer> f : pool.invokeAll(tasks)) {
      f.get();
    }

    Order last = store.find(v1.id()).orElseThrow();
    assertThat(last.version()).isEqualTo(1 + threads * each);
    assertThat(last.holds()).hasSize(threads * each);
    List<OutboxEntry> outbox = store.pendingEvents(1_000);
    assertThat(outbox).extracting(e -> e.event().sequence())
        .isEqualTo(java.util.stream.LongStream.rangeClosed(1, 1 + threads * each).boxed().toList());
    assertThat(outbox).extracting(OutboxEntry::event).isEqualTo(last.auditTrail());
  }

  @Test
  void theOutboxHoldsEveryStoredEventAndNothingElse() throws Exception {
    int orders = 20;
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      int n = i;
      tasks.add(() -> {
        Order o = order("O-" + n, "E-" + n);
        store.insert(o);
        Order v2 = next(o, new OrderEvent.Validated());
        store.update(v2, 1);
        try { // stale: must leave no trace
          store.update(next(o, new OrderEvent.OrderCancelled()), 1);
        } catch (ConcurrentUpdateException expected) {
          // as intended
        }
        return null;
      });
    }
    for (Future<Void> f : pool.invokeAll(tasks)) {
      f.get();
    }

    List<OutboxEntry> outbox = store.pendingEvents(1_000);
    Map<OrderId, List<RecordedEvent>> byOrder = outbox.stream().map(OutboxEntry::event)
        .collect(Collectors.groupingBy(RecordedEvent::orderId));
    assertThat(byOrder).hasSize(orders);
    for (Map.Entry<OrderId, List<RecordedEvent>> e : byOrder.entrySet()) {
      assertThat(e.getValue()).isEqualTo(store.find(e.getKey()).orElseThrow().auditTrail());
    }
    assertThat(outbox).extracting(OutboxEntry::position).isSorted().doesNotHaveDuplicates();
  }

  // ---------------------------------------------------------------- outbox

  @Test
  void pendingEventsAreOldestFirstUpToMaxAndAcknowledgedOnesGo() {
    for (int i = 0; i < 5; i++) {
      store.insert(order("O-" + i, "E-" + i));
    }
    List<OutboxEntry> all = store.pendingEvents(100);
    assertThat(all).hasSize(5).extracting(OutboxEntry::position).isSorted();
    assertThat(store.pendingEvents(2)).isEqualTo(all.subList(0, 2));
    assertThat(store.pendingEvents(0)).isEmpty();
    assertThatThrownBy(() -> store.pendingEvents(-1)).isInstanceOf(IllegalArgumentException.class);

    store.acknowledge(List.of(all.get(0).position(), all.get(2).position(), 999_999L));
    assertThat(store.pendingEvents(100)).containsExactly(all.get(1), all.get(3), all.get(4));
    store.acknowledge(List.of());
    assertThat(store.pendingEvents(100)).hasSize(3);
  }

  @Test
  void concurrentWritersAndAcknowledgersKeepTheOutboxConsistent() throws Exception {
    Map<Long, OutboxEntry> acked = new ConcurrentHashMap<>();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      tasks.add(() -> {
        for (int i = 0; i < 10; i++) {
          store.insert(order("O-" + thread + "-" + i, "E-" + thread + "-" + i));
        }
        return null;
      });
      tasks.add(() -> {
        for (int i = 0; i < 10; i++) {
          List<OutboxEntry> batch = store.pendingEvents(5);
          batch.forEach(e -> acked.put(e.position(), e));
          store.acknowledge(batch.stream().map(OutboxEntry::position).toList());
        }
        return null;
      });
    }
    for (Future<Void> f : pool.invokeAll(tasks)) {
      f.get();
    }
    List<OutboxEntry> left = store.pendingEvents(1_000);
    assertThat(left).allSatisfy(e -> assertThat(acked).doesNotContainKey(e.position()));
    assertThat(left.size() + acked.size()).isEqualTo(40);
    assertThat(Optional.of(store.count())).contains(40L);
  }

  // ---------------------------------------------------------------- exact repeats

  @Test
  void anExactRepeatOfAnAppliedUpdateSucceedsAndWritesNothing() {
    Order v1 = order("O-1", "E-1");
    store.insert(v1);
    Order v2 = next(v1, new OrderEvent.Validated());
    List<OutboxEntry> first = store.update(v2, 1);

    List<OutboxEntry> again = store.update(v2, 1); // e.g. after the connection broke during the commit

    assertThat(again).isEqualTo(first);
    assertThat(store.find(v1.id())).contains(v2);
    assertThat(store.pendingEvents(10)).hasSize(2);

    store.acknowledge(first.stream().map(OutboxEntry::position).toList());
    assertThat(store.update(v2, 1)).isEmpty(); // delivered since: still a success, still nothing written
    assertThat(store.pendingEvents(10)).hasSize(1);

    Order other = next(v1, new OrderEvent.HoldPlaced(HoldId.of("H-1"), HoldType.FRAUD_REVIEW));
    assertThatThrownBy(() -> store.update(other, 1)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.find(v1.id())).contains(v2);
  }

  // ---------------------------------------------------------------- listings

  @Test
  void findByStatusListsByCreationTimeThenIdUpToTheLimit() {
    Order a = Order.create(OrderId.of("O-a"), TestData.draft("E-a"), TestData.ACTOR, T0.plusSeconds(3));
    Order b = Order.create(OrderId.of("O-b"), TestData.draft("E-b"), TestData.ACTOR, T0.plusSeconds(1));
    Order c =
        Order.create(OrderId.of("O-c"), TestData.draft("E-c"), TestData.ACTOR, T0.plusSeconds(1).plusNanos(1));
    Order d = Order.create(OrderId.of("O-0"), TestData.draft("E-0"), TestData.ACTOR, T0.plusSeconds(1));
    Order e = Order.create(OrderId.of("O-e"), TestData.draft("E-e"), TestData.ACTOR, T0);
    for (Order o : List.of(a, b, c, d, e)) {
      store.insert(o);
    }
    store.update(next(e, new OrderEvent.Validated()), 1);

    assertThat(store.findByStatus(OrderStatus.CREATED, CreationOrder.OLDEST_FIRST, 10))
        .containsExactly(d, b, c, a);
    assertThat(store.findByStatus(OrderStatus.CREATED, CreationOrder.OLDEST_FIRST, 2)).containsExactly(d, b);
    assertThat(store.findByStatus(OrderStatus.CREATED, CreationOrder.NEWEST_FIRST, 3)).containsExactly(a, c, b);
    assertThat(store.findByStatus(OrderStatus.VALIDATED, CreationOrder.NEWEST_FIRST, 3)).extracting(Order::id)
        .containsExactly(e.id());
    assertThat(store.findByStatus(OrderStatus.SHIPPED, CreationOrder.OLDEST_FIRST, 3)).isEmpty();
    assertThatThrownBy(() -> store.findByStatus(OrderStatus.CREATED, CreationOrder.OLDEST_FIRST, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- claims

  static final ConsumerId ONE = ConsumerId.of("one");
  static final ConsumerId TWO = ConsumerId.of("two");
  static final Duration LEASE = Duration.ofMinutes(1);

  private static List<Long> positions(List<OutboxEntry> entries) {
    return entries.stream().map(OutboxEntry::position).toList();
  }

  @Test
  void aClaimLeasesEntriesAndNeverHandsOutAnOrdersLaterEntryBeforeItsEarlierOne() {
    Order o1 = order("O-1", "E-1");
    long p1 = store.insert(o1).written().get(0).position();
    long p2 = store.insert(order("O-2", "E-2")).written().get(0).position();
    Order v2 = next(o1, new OrderEvent.Validated());
    long p3 = store.update(v2, 1).get(0).position();
    long p4 = store.update(next(v2, new OrderEvent.HoldPlaced(HoldId.of("H-1"), HoldType.CREDIT)), 2).get(0)
        .position();

    assertThat(positions(store.claim(ONE, 2, T0, LEASE))).containsExactly(p1, p2);
    assertThat(store.claim(TWO, 10, T0, LEASE)).isEmpty(); // O-1's first entry is ONE's: its others wait

    assertThat(store.acknowledge(ONE, List.of(p1))).isEqualTo(1);
    List<OutboxEntry> next = store.claim(TWO, 10, T0, LEASE);
    assertThat(positions(next)).containsExactly(p3, p4);
    assertThat(next).extracting(e -> e.event().sequence()).containsExactly(2L, 3L);
    assertThat(store.acknowledge(ONE, List.of(p3))).isZero(); // not ONE's
    assertThat(store.pendingEvents(10)).extracting(OutboxEntry::position).containsExactly(p2, p3, p4);
  }

  @Test
  void anEntryWhoseLeaseEndedIsClaimedAgainAndOnlyItsNewHolderAcknowledgesIt() {
    long p1 = store.insert(order("O-1", "E-1")).written().get(0).position();
    assertThat(positions(store.claim(ONE, 10, T0, LEASE))).containsExactly(p1);

    assertThat(store.claim(TWO, 10, T0.plus(LEASE).minusNanos(1000), LEASE)).isEmpty();
    assertThat(positions(store.claim(TWO, 10, T0.plus(LEASE), LEASE))).containsExactly(p1);

    assertThat(store.acknowledge(ONE, List.of(p1))).isZero();
    assertThat(store.acknowledge(TWO, List.of(p1, 999_999L))).isEqualTo(1);
    assertThat(store.pendingEvents(10)).isEmpty();
    assertThat(store.claim(ONE, 10, T0.plus(LEASE.multipliedBy(3)), LEASE)).isEmpty();
    assertThatThrownBy(() -> store.claim(ONE, 0, T0, LEASE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.claim(ONE, 1, T0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Stores orders O-0, O-1, ... with four events each (creation and three holds). */
  void ordersWithFourEvents(int orders) {
    for (int i = 0; i < orders; i++) {
      Order o = order("O-" + i, "E-" + i);
      store.insert(o);
      for (int k = 1; k < 4; k++) {
        Order n = next(o, new OrderEvent.HoldPlaced(HoldId.of("H-" + k), HoldType.CREDIT));
        store.update(n, o.version());
        o = n;
      }
    }
  }

  /** Every order's four events were delivered, once and in sequence, and the outbox is empty. */
  void assertDeliveredOnceInSequence(int orders, int total, Map<OrderId, List<Long>> delivered) {
    assertThat(total).isEqualTo(orders * 4);
    assertThat(delivered).hasSize(orders);
    assertThat(delivered.values()).allSatisfy(seq -> assertThat(seq).containsExactly(1L, 2L, 3L, 4L));
    assertThat(store.pendingEvents(10)).isEmpty();
  }

  @Test
  void concurrentClaimersDeliverEveryEventOnceAndEachOrderInSequence() throws Exception {
    int orders = 24;
    ordersWithFourEvents(orders);
    Map<OrderId, List<Long>> delivered = new ConcurrentHashMap<>();
    AtomicInteger total = new AtomicInteger();
    List<Callable<Void>> consumers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      ConsumerId me = ConsumerId.of("consumer-" + t);
      consumers.add(() -> {
        int idle = 0;
        while (idle < 20) {
          List<OutboxEntry> batch = store.claim(me, 7, T0, LEASE);
          for (OutboxEntry e : batch) {
            delivered.computeIfAbsent(e.event().orderId(), k -> Collections.synchronizedList(new ArrayList<>()))
                .add(e.event().sequence());
          }
          Thread.sleep(1); // hold the claim a little, so consumers overlap
          total.addAndGet(store.acknowledge(me, positions(batch)));
          idle = batch.isEmpty() ? idle + 1 : 0;
        }
        return null;
      });
    }
    for (Future<Void> f : pool.invokeAll(consumers)) {
      f.get();
    }

    assertDeliveredOnceInSequence(orders, total.get(), delivered);
  }
}
