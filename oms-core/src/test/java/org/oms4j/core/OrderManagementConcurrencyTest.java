package org.oms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oms4j.core.Fixtures.ACTOR;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.order.Command;
import org.oms4j.core.order.Invariants;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.RecordedEvent;
import org.oms4j.core.spi.InsertResult;
import org.oms4j.core.spi.OrderStore;
import org.oms4j.core.spi.OutboxEntry;

/**
 * Eight threads apply random commands through {@link OrderManagement#apply(OrderId, OrderEvent, Actor, String)}
 * (which retries on concurrent updates) to the same few orders. Afterwards no update is lost, every audit trail
 * replays to its stored order, every order satisfies the invariants, and listeners saw every event exactly once.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OrderManagementConcurrencyTest {
  private static final int THREADS = 8;
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /** A draft of three lines (6, 4 and 2 units), so orders live long enough to be fought over. */
  static OrderDraft draft(String externalId) {
    OrderDraft.Builder b = OrderDraft.builder().channel(Fixtures.WEB).externalOrderId(externalId)
        .customer(Fixtures.customer()).shipTo(Fixtures.address()).currency(javax.money.Monetary.getCurrency("USD"));
    for (int i = 1; i <= 3; i++) {
      b.addLine(LineDraft.builder().sku(org.oms4j.core.common.Sku.of("SKU-" + i)).quantity(8 - 2 * i)
          .unitPrice(org.javamoney.moneta.Money.of(7 * i, "USD")).build());
    }
    return b.build();
  }

  @Test
  void concurrentCommandsAreNeitherLostNorIllegal() throws Exception {
    ConcurrentLinkedQueue<RecordedEvent> heard = new ConcurrentLinkedQueue<>();
    CountingStore store = new CountingStore(OrderStore.inMemory());
    OrderManagement oms = OrderManagement.builder().clock(Fixtures.clock()).idGenerator(IdGenerator.sequential())
        .store(store).listener(heard::add).build();
    List<OrderId> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ids.add(oms.submit(draft("C-" + i), ACTOR).id());
    }
    int commandsPerThread = 400;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<long[]>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      results.add(pool.submit(() -> {
        long[] accepted = new long[ids.size()];
        Random random = new Random(1_000 + thread);
        start.await();
        for (int i = 0; i < commandsPerThread; i++) {
          int which = random.nextInt(ids.size());
          Order seen = oms.get(ids.get(which)); // may be stale by the time the command is applied
          OrderEvent event;
          try {
            event = Command.random(random).toEvent(seen, "t" + thread + "-" + i);
          } catch (InvalidInputException malformed) {
            continue;
          }
          try {
            oms.apply(ids.get(which), event, ACTOR, "thread " + thread);
            accepted[which]++;
          } catch (IllegalTransitionException | InvalidInputException refused) {
            // refused in the order's state at the time: counted nowhere
          }
        }
        return accepted;
      }));
    }
    start.countDown();
    long[] accepted = new long[ids.size()];
    for (Future<long[]> f : results) {
      long[] a = f.get(60, TimeUnit.SECONDS);
      for (int i = 0; i < a.length; i++) {
        accepted[i] += a[i];
      }
    }

    Map<OrderId, List<RecordedEvent>> heardPerOrder =
        heard.stream().collect(Collectors.groupingBy(RecordedEvent::orderId));
    long total = 0;
    for (int i = 0; i < ids.size(); i++) {
      Order stored = oms.get(ids.get(i));
      assertThat(stored.version()).as("no lost update on %s", stored.id()).isEqualTo(1 + accepted[i]);
      assertThat(Order.replay(stored.auditTrail())).isEqualTo(stored);
      Invariants.checkOrder(stored);
      Invariants.checkTrail(stored);
      List<RecordedEvent> events = new ArrayList<>(heardPerOrder.get(stored.id()));
      events.sort(Comparator.comparingLong(RecordedEvent::sequence));
      assertThat(events).as("listener saw every event of %s exactly once", stored.id())
          .isEqualTo(stored.auditTrail());
      assertThat(oms.findByStatus(stored.status())).contains(stored);
      for (OrderStatus other : OrderStatus.values()) {
        if (other != stored.status()) {
          assertThat(oms.findByStatus(other)).doesNotContain(stored);
        }
      }
      total += accepted[i];
    }
    assertThat(heard).hasSize((int) (ids.size() + total));
    assertThat(oms.store().pendingEvents(100)).isEmpty();
    assertThat(total).as("commands accepted").isGreaterThan(100);
    assertThat(store.conflicts.get()).as("compare-and-set conflicts, each retried").isPositive();
  }

  /** Without retries, of writers that all read one version exactly one wins; the others change nothing. */
  @Test
  void ofConcurrentWritersOfOneVersionExactlyOneWins() throws Exception {
    OrderManagement oms = OrderManagement.builder().clock(Fixtures.clock()).build();
    Order order = oms.submit(draft("V-1"), ACTOR);
    for (int round = 0; round < 20; round++) {
      long version = oms.get(order.id()).version();
      CountDownLatch start = new CountDownLatch(1);
      AtomicInteger won = new AtomicInteger();
      AtomicInteger lost = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        PaymentStatus status = PaymentStatus.values()[t % PaymentStatus.values().length];
        Actor actor = Actor.user("thread-" + t); // distinct changes: an equal one would count as a repeat
        futures.add(pool.submit(() -> {
          start.await();
          try {
            oms.apply(order.id(), version, new OrderEvent.PaymentStatusChanged(status), actor);
            won.incrementAndGet();
          } catch (ConcurrentUpdateException e) {
            lost.incrementAndGet();
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.SECONDS);
      }
      assertThat(won.get()).isEqualTo(1);
      assertThat(lost.get()).isEqualTo(THREADS - 1);
      assertThat(oms.get(order.id()).version()).isEqualTo(version + 1);
    }
    assertThat(oms.store().pendingEvents(100)).isEmpty();
  }

  /** With retries exhausted the command fails with ConcurrentUpdateException and is not applied. */
  @Test
  void aCommandThatLosesEveryRetryFailsAndIsNotApplied() throws Exception {
    OrderManagement oms = OrderManagement.builder().clock(Fixtures.clock()).maxRetries(0).build();
    Order order = oms.submit(draft("R-1"), ACTOR);
    AtomicInteger won = new AtomicInteger();
    AtomicInteger lost = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      // one actor per thread: two threads' changes must differ, as an update equal to the stored order at its
      // version counts as a repeat of it (OrderStore's contract) and succeeds without writing
      Actor actor = Actor.user("thread-" + t);
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < 200; i++) {
          try {
            oms.apply(order.id(), new OrderEvent.PaymentStatusChanged(PaymentStatus.PAID), actor);
            won.incrementAndGet();
          } catch (ConcurrentUpdateException e) {
            lost.incrementAndGet();
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(30, TimeUnit.SECONDS);
    }
    assertThat(won.get() + lost.get()).isEqualTo(THREADS * 200);
    assertThat(oms.get(order.id()).version()).isEqualTo(1 + won.get());
  }

  /** Concurrent submits of one draft (same channel and external id) create exactly one order. */
  @Test
  void concurrentSubmitsOfOneDraftCreateOneOrder() throws Exception {
    for (int round = 0; round < 20; round++) {
      ConcurrentLinkedQueue<RecordedEvent> heard = new ConcurrentLinkedQueue<>();
      OrderManagement oms = OrderManagement.builder().clock(Fixtures.clock()).listener(heard::add).build();
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Order>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          return oms.submit(draft("S-1"), ACTOR);
        }));
      }
      start.countDown();
      Map<OrderId, Order> distinct = new ConcurrentHashMap<>();
      for (Future<Order> f : futures) {
        Order o = f.get(10, TimeUnit.SECONDS);
        distinct.put(o.id(), o);
      }
      assertThat(distinct).hasSize(1);
      assertThat(oms.store().count()).isEqualTo(1);
      assertThat(heard).hasSize(1);
      assertThat(heard.peek().event()).isInstanceOf(OrderEvent.OrderCreated.class);
      assertThat(oms.findByExternalId(Fixtures.WEB, "S-1")).contains(distinct.values().iterator().next());
    }
  }

  /** A store that counts the updates it refuses as stale. */
  static final class CountingStore implements OrderStore {
    final OrderStore delegate;
    final AtomicInteger conflicts = new AtomicInteger();

    CountingStore(OrderStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public InsertResult insert(Order order) {
      return delegate.insert(order);
    }

    @Override
    public List<OutboxEntry> update(Order order, long expectedVersion) {
      try {
        return delegate.update(order, expectedVersion);
      } catch (ConcurrentUpdateException e) {
        conflicts.incrementAndGet();
        throw e;
      }
    }

    @Override
    public java.util.Optional<Order> find(OrderId id) {
      return delegate.find(id);
    }

    @Override
    public java.util.Optional<Order> findByExternalId(org.oms4j.core.common.SalesChannel channel, String id) {
      return delegate.findByExternalId(channel, id);
    }

    @Override
    public List<Order> findByStatus(OrderStatus status) {
      return delegate.findByStatus(status);
    }

    @Override
    public long count() {
      return delegate.count();
    }

    @Override
    public List<OutboxEntry> pendingEvents(long afterPosition, int max) {
      return delegate.pendingEvents(afterPosition, max);
    }

    @Override
    public void acknowledge(java.util.Collection<Long> positions) {
      delegate.acknowledge(positions);
    }

    @Override
    public List<Order> findByStatus(OrderStatus status, org.oms4j.core.spi.CreationOrder order, int limit) {
      return delegate.findByStatus(status, order, limit);
    }

    @Override
    public List<OutboxEntry> claim(org.oms4j.core.spi.ConsumerId consumer, int max, java.time.Instant now,
        java.time.Duration lease) {
      return delegate.claim(consumer, max, now, lease);
    }

    @Override
    public int acknowledge(org.oms4j.core.spi.ConsumerId consumer, java.util.Collection<Long> positions) {
      return delegate.acknowledge(consumer, positions);
    }
  }
}
