package org.oms4j.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.store.jdbc.TestData.next;
import static org.oms4j.store.jdbc.TestData.order;

import java.util.ArrayList;
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
}
