package org.oms4j.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oms4j.core.StoreUnavailableException;
import org.oms4j.core.inventory.Movement;
import org.oms4j.core.inventory.MovementType;
import org.oms4j.core.inventory.Reservation;
import org.oms4j.core.inventory.StockLevel;
import org.oms4j.core.inventory.ReservationPolicy;
import org.oms4j.core.spi.InventoryStore;

/** The inventory store contract against PostgreSQL, and what only the database store does. */
class JdbcInventoryStoreTest extends InventoryStoreContract {
  static TestPool dataSource;
  static JdbcStores stores;

  @BeforeAll
  static void startDatabase() {
    dataSource = TestDatabase.pool("inventory-test", 12);
    stores = JdbcStores.builder().dataSource(dataSource).schema(TestDatabase.newSchema("inventory"))
        .migrateOnStart(true).build();
  }

  @AfterAll
  static void closePool() {
    dataSource.close();
  }

  @Override
  InventoryStore newStore() {
    TestDatabase.truncate(dataSource, stores.schema());
    return stores.inventoryStore();
  }

  @Override
  ReplyLoss replyLoss() {
    FaultyDataSource faulty = new FaultyDataSource(dataSource);
    InventoryStore behind = JdbcStores.builder().dataSource(faulty).schema(stores.schema()).build()
        .inventoryStore();
    return new ReplyLoss(behind, faulty::loseReplyAt, faulty::fired);
  }

  @Test
  void anUnguardedMovementThatWouldMakeACounterNegativeIsRefusedByTheDatabase() {
    receive(A, EAST, 2);

    assertThatThrownBy(() -> store.record(op(), List.of(movement(MovementType.RECEIVE, B, EAST, 5),
        movement(MovementType.SHIP, A, EAST, 3)), false))
        .isInstanceOf(StoreConstraintException.class)
        .satisfies(e -> assertThat(((StoreConstraintException) e).constraint())
            .isEqualTo("stock_cell_counters_not_negative"));
    assertThat(store.stock(A, EAST).onHand()).isEqualTo(2);
    assertThat(store.stock(B, EAST).onHand()).isZero();
    assertThat(store.ledger(B, EAST)).isEmpty();
  }

  @Test
  void theOneStatementReleaseOfASingleLineReservationMatchesTheLockingPath() {
    receive(A, EAST, 5);
    Reservation r = candidate("R-1", line(A, EAST, 2));
    store.reserve(r, ReservationPolicy.ALL_OR_NOTHING);

    Reservation expired = store.release(op(), r.id(), List.of(), org.oms4j.core.inventory.ReservationStatus.EXPIRED);

    assertThat(expired).isEqualTo(new Reservation(r.id(), r.reference(), r.requested(), List.of(),
        org.oms4j.core.inventory.ReservationStatus.EXPIRED, r.createdAt(), r.expiresAt()));
    assertThat(store.reservation(r.id())).contains(expired);
    assertThat(store.stock(A, EAST).reserved()).isZero();
    assertThatThrownBy(() -> store.release(op(), r.id(), List.of(), org.oms4j.core.inventory.ReservationStatus.RELEASED))
        .isInstanceOf(org.oms4j.core.IllegalTransitionException.class);
    assertConsistent();
  }

  @Test
  void reconcileFindsCountersChangedBehindItsBackAndRepairsThem() throws Exception {
    receive(A, EAST, 10);
    store.reserve(candidate("R-1", line(A, EAST, 3)), ReservationPolicy.ALL_OR_NOTHING);
    try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE \"" + stores.schema() + "\".stock_cell SET on_hand = 12, reserved = 1");
    }

    org.oms4j.core.inventory.ReconciliationReport found = store.reconcile(false);
    assertThat(found.drifts()).singleElement().satisfies(d -> {
      assertThat(d.stored().onHand()).isEqualTo(12);
      assertThat(d.derived()).isEqualTo(new StockLevel(A, EAST, 10, 3, 0, 0, 0, 0, 0));
    });
    assertThat(found.repaired()).isFalse();
    assertThat(store.stock(A, EAST).onHand()).isEqualTo(12);

    assertThat(store.reconcile(true).drifts()).hasSize(1);
    assertThat(store.stock(A, EAST)).isEqualTo(new StockLevel(A, EAST, 10, 3, 0, 0, 0, 0, 0));
    assertConsistent();
  }

  @Test
  void migratingAgainDoesNothing() {
    assertThat(stores.migrate()).isZero();
  }

  @Test
  void theFastSingleLinePathAndTheLockingPathAgree() {
    receive(A, EAST, 3);
    assertThat(store.reserve(candidate("R-1", line(A, EAST, 2)), ReservationPolicy.ALL_OR_NOTHING).complete())
        .isTrue();
    assertThat(store.reserve(candidate("R-2", line(A, EAST, 1), line(B, EAST, 1)), ReservationPolicy.PARTIAL)
        .reservation().orElseThrow().lines()).containsExactly(line(A, EAST, 1));
    assertThat(store.stock(A, EAST).reserved()).isEqualTo(3);
    assertConsistent();
  }

  @Test
  void aConnectionLostAtAnyStepOfATransactionLeavesNothingHalfApplied() {
    FaultyDataSource faulty = new FaultyDataSource(dataSource);
    InventoryStore broken = JdbcStores.builder().dataSource(faulty).schema(stores.schema()).build()
        .inventoryStore();
    receive(A, EAST, 10);
    receive(B, EAST, 10);
    Reservation r = candidate("R-1", line(A, EAST, 3), line(B, EAST, 2));
    store.reserve(r, ReservationPolicy.ALL_OR_NOTHING);
    List<StockLevel> before = store.allStock();
    List<Movement> ledger = store.ledger(A, EAST);

    int failures = 0;
    for (int step = 1; ; step++) {
      faulty.failAt(step);
      try {
        broken.consume(op(), r.id(), List.of(movement(MovementType.PICK, A, EAST, 1),
            movement(MovementType.COMMIT, B, EAST, 2)));
        break;
      } catch (StoreUnavailableException e) {
        failures++;
        if (!e.outcomeUnknown()) {
          assertThat(store.allStock()).isEqualTo(before);
          assertThat(store.ledger(A, EAST)).isEqualTo(ledger);
          assertThat(store.reservation(r.id())).contains(r);
        }
      }
    }
    faulty.failAt(0);

    assertThat(failures).isGreaterThanOrEqualTo(5); // load, lock, write counters, append, store, commit
    assertThat(store.reservation(r.id()).orElseThrow().lines()).containsExactly(line(A, EAST, 2));
    assertThat(store.stock(B, EAST).onHand()).isEqualTo(8);
    assertConsistent();
  }
}
