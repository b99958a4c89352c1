package org.oms4j.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.store.jdbc.TestData.next;
import static org.oms4j.store.jdbc.TestData.order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oms4j.core.StoreUnavailableException;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.spi.OrderStore;
import org.oms4j.core.spi.OutboxEntry;

/** The order store contract against PostgreSQL, and what only the database store does. */
class JdbcOrderStoreTest extends OrderStoreContract {
  static final String POOL = "orders-test";
  static TestPool dataSource;
  static JdbcStores stores;

  @BeforeAll
  static void startDatabase() {
    dataSource = TestDatabase.pool(POOL, 12);
    stores = JdbcStores.builder().dataSource(dataSource).schema(TestDatabase.newSchema("orders"))
        .migrateOnStart(true).clock(TestData.clock()).build();
  }

  @AfterAll
  static void closePool() {
    dataSource.close();
  }

  @Override
  OrderStore newStore() {
    TestDatabase.truncate(dataSource, stores.schema());
    return stores.orderStore();
  }

  JdbcOrderStore jdbc() {
    return stores.orderStore();
  }

  @Test
  void drainDeliversInOrderAndRemoves() {
    Order o = order("O-1", "E-1");
    store.insert(o);
    Order v2 = next(o, new OrderEvent.Validated());
    store.update(v2, 1);
    store.insert(order("O-2", "E-2"));
    List<OutboxEntry> seen = new ArrayList<>();

    int n = jdbc().drain(10, seen::addAll);

    assertThat(n).isEqualTo(3);
    assertThat(seen).extracting(OutboxEntry::position).isSorted();
    assertThat(seen).filteredOn(e -> e.event().orderId().equals(o.id())).extracting(e -> e.event().sequence())
        .containsExactly(1L, 2L);
    assertThat(store.pendingEvents(10)).isEmpty();
    assertThat(jdbc().drain(10, seen::addAll)).isZero();
  }

  @Test
  void aFailedDeliveryLeavesTheBatchForLater() {
    store.insert(order("O-1", "E-1"));

    assertThatThrownBy(() -> jdbc().drain(10, batch -> {
      throw new IllegalStateException("broker down");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.pendingEvents(10)).hasSize(1);
    assertThat(jdbc().drain(10, batch -> {})).isEqualTo(1);
  }

  @Test
  void concurrentDrainersDeliverEveryEventOnceAndEachOrderInSequence() throws Exception {
    int orders = 30;
    ordersWithFourEvents(orders);
    Map<OrderId, List<Long>> delivered = new ConcurrentHashMap<>();
    AtomicInteger total = new AtomicInteger();
    List<Callable<Void>> drainers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      drainers.add(() -> {
        int idle = 0;
        while (idle < 20) {
          int n = jdbc().drain(7, batch -> {
            for (OutboxEntry e : batch) {
              delivered.computeIfAbsent(e.event().orderId(), k -> Collections.synchronizedList(new ArrayList<>()))
                  .add(e.event().sequence());
            }
            try {
              Thread.sleep(1); // hold the claim a little, so drainers overlap
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
          total.addAndGet(n);
          idle = n == 0 ? idle + 1 : 0;
        }
        return null;
      });
    }
    for (Future<Void> f : pool.invokeAll(drainers)) {
      f.get();
    }

    assertDeliveredOnceInSequence(orders, total.get(), delivered);
  }

  @Test
  void aDroppedConnectionIsATransientErrorAndARetrySucceeds() {
    try (TestPool single = TestDatabase.pool("orders-drop", 1)) {
      OrderStore other = JdbcStores.builder().dataSource(single).schema(stores.schema()).build().orderStore();
      other.insert(order("O-0", "E-0")); // leaves the pooled connection idle
      assertThat(TestDatabase.terminate("orders-drop")).isEqualTo(1);

      Order o = order("O-1", "E-1");
      // an insert runs in autocommit: whether a statement on a broken connection reached the server is unknown
      assertThatThrownBy(() -> other.insert(o)).isInstanceOf(StoreUnavailableException.class)
          .satisfies(e -> assertThat(((StoreUnavailableException) e).outcomeUnknown()).isTrue());
      assertThat(store.find(o.id())).isEmpty(); // nothing half-applied

      assertThat(other.insert(o).order()).isEqualTo(o); // the retry
      assertThat(other.insert(o).created()).isFalse(); // and again: idempotent
      assertThat(store.pendingEvents(10)).hasSize(2);
    }
  }
}
