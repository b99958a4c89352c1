package org.oms4j.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.store.jdbc.TestData.ACTOR;
import static org.oms4j.store.jdbc.TestData.T0;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.ReservationRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.IdempotencyConflictException;
import org.oms4j.core.StoreUnavailableException;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Gtin;
import org.oms4j.core.inventory.InsufficientStockException;
import org.oms4j.core.inventory.Movement;
import org.oms4j.core.inventory.MovementType;
import org.oms4j.core.inventory.OperationId;
import org.oms4j.core.inventory.PurchaseOrder;
import org.oms4j.core.inventory.ReconciliationReport;
import org.oms4j.core.inventory.Reservation;
import org.oms4j.core.inventory.ReservationId;
import org.oms4j.core.inventory.ReservationLine;
import org.oms4j.core.inventory.ReservationPolicy;
import org.oms4j.core.inventory.ReservationResult;
import org.oms4j.core.inventory.ReservationStatus;
import org.oms4j.core.inventory.StockLevel;
import org.oms4j.core.spi.InventoryStore;
import org.oms4j.core.spi.Operation;

/**
 * The contract of {@link InventoryStore}, run against every implementation: a subclass supplies an empty store per
 * test.
 */
abstract class InventoryStoreContract {
  static final LocationId EAST = LocationId.of("EAST");
  static final LocationId WEST = LocationId.of("WEST");
  static final Sku A = Sku.of("A");
  static final Sku B = Sku.of("B");
  static final Sku C = Sku.of("C");

  InventoryStore store;
  ExecutorService pool;
  private final AtomicInteger operations = new AtomicInteger();

  /** An empty store. */
  abstract InventoryStore newStore();

  @BeforeEach
  void setUp() {
    store = newStore();
    store.putLocation(TestData.warehouse("EAST"));
    store.putLocation(TestData.warehouse("WEST"));
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  static Movement movement(MovementType type, Sku sku, LocationId at, int quantity) {
    return new Movement(0, type, sku, at, quantity, type.perUnit().times(quantity), Optional.of("ref-" + type),
        ACTOR, T0.plusNanos(quantity), Optional.empty(), OptionalInt.empty());
  }

  /** A new operation, for calls whose retries a test does not exercise. */
  Operation op() {
    int n = operations.incrementAndGet();
    return new Operation(OperationId.of("auto-" + n), "request " + n, T0);
  }

  Movement receive(Sku sku, LocationId at, int quantity) {
    return store.record(op(), List.of(movement(MovementType.RECEIVE, sku, at, quantity)), true).get(0);
  }

  static Reservation candidate(String id, ReservationLine... lines) {
    return new Reservation(ReservationId.of(id), "order-" + id, List.of(lines), List.of(lines),
        ReservationStatus.ACTIVE, T0, Optional.of(T0.plus(Duration.ofMinutes(15))));
  }

  static ReservationLine line(Sku sku, LocationId at, int quantity) {
    return ReservationLine.of(sku, at, quantity);
  }

  ReconciliationReport assertConsistent() {
    ReconciliationReport report = store.reconcile(false);
    assertThat(report.drifts()).isEmpty();
    for (StockLevel level : store.allStock()) {
      assertThat(level.reserved() + level.picked()).isLessThanOrEqualTo(level.onHand());
      assertThat(level.reserved()).isNotNegative();
    }
    return report;
  }

  // ---------------------------------------------------------------- locations, barcodes

  @Test
  void locationsAreKeptByIdAndReplaced() {
    assertThat(store.locations()).extracting(l -> l.id().value()).containsExactly("EAST", "WEST");
    assertThat(store.location(EAST)).contains(TestData.warehouse("EAST"));
    assertThat(store.location(LocationId.of("NORTH"))).isEmpty();

    var renamed = org.oms4j.core.inventory.Location.builder().id(EAST).name("East DC")
        .type(org.oms4j.core.inventory.LocationType.STORE).shipFrom(TestData.address()).active(false)
        .zone(ZoneId.of("America/New_York"))
        .putCarrierCutoff("ups", java.time.LocalTime.of(17, 30)).addTag("cold-chain").build();
    store.putLocation(renamed);
    assertThat(store.location(EAST)).contains(renamed);
    assertThat(store.locations()).hasSize(2);
  }

  @Test
  void barcodesMapToSkusAndAreReplaced() {
    Gtin gtin = Gtin.parse("4006381333931");
    assertThat(store.skuOf(gtin)).isEmpty();
    store.putBarcode(gtin, A);
    assertThat(store.skuOf(gtin)).contains(A);
    store.putBarcode(gtin, B);
    assertThat(store.skuOf(gtin)).contains(B);
  }

  // ---------------------------------------------------------------- stock and movements

  @Test
  void unknownStockIsEmpty() {
    assertThat(store.knows(A)).isFalse();
    assertThat(store.stock(A, EAST)).isEqualTo(StockLevel.empty(A, EAST));
    assertThat(store.stock(A)).isEmpty();
    assertThat(store.allStock()).isEmpty();
    assertThat(store.ledger(A, EAST)).isEmpty();
  }

  @Test
  void receiptsRaiseOnHandAndAreInTheLedgerExactly() {
    Movement first = receive(A, WEST, 7);
    Movement second = receive(A, EAST, 3);
    receive(B, EAST, 1);

    assertThat(first.sequence()).isPositive();
    assertThat(second.sequence()).isGreaterThan(first.sequence());
    assertThat(store.knows(A)).isTrue();
    assertThat(store.stock(A, WEST)).isEqualTo(new StockLevel(A, WEST, 7, 0, 0, 0, 0, 0, 0));
    assertThat(store.stock(A)).extracting(StockLevel::locationId).containsExactly(EAST, WEST);
    assertThat(store.allStock()).extracting(l -> l.sku().value() + "@" + l.locationId().value())
        .containsExactly("A@EAST", "A@WEST", "B@EAST");
    assertThat(store.ledger(A, WEST)).containsExactly(first);
    assertThat(first.at()).isEqualTo(T0.plusNanos(7)); // nanoseconds survive
    assertConsistent();
  }

  @Test
  void everyMovementTypeMovesItsCounters() {
    receive(A, EAST, 20);
    store.record(op(), List.of(movement(MovementType.RECEIVE_FOR_PUT_AWAY, A, EAST, 5)), true);
    store.record(op(), List.of(movement(MovementType.PUT_AWAY, A, EAST, 3)), true);
    store.record(op(), List.of(movement(MovementType.DAMAGE, A, EAST, 2)), true);
    store.record(op(), List.of(movement(MovementType.DISPOSE, A, EAST, 1)), true);
    store.record(op(), List.of(movement(MovementType.TRANSFER_OUT, A, EAST, 4),
        movement(MovementType.TRANSFER_IN_TRANSIT, A, WEST, 4)), true);
    store.record(op(), List.of(movement(MovementType.TRANSFER_RECEIVE, A, WEST, 4)), true);
    store.record(op(), List.of(movement(MovementType.ADJUST, A, EAST, -2)), true);

    assertThat(store.stock(A, EAST)).isEqualTo(new StockLevel(A, EAST, 18, 0, 0, 1, 2, 0, 0));
    assertThat(store.stock(A, WEST)).isEqualTo(new StockLevel(A, WEST, 4, 0, 0, 0, 0, 0, 0));
    assertThat(store.ledger(A, EAST)).hasSize(7).extracting(Movement::sequence).isSorted();
    assertConsistent();
  }

  @Test
  void aGuardedMovementThatWouldGoNegativeChangesNothing() {
    receive(A, EAST, 5);
    receive(B, EAST, 5);
    List<Movement> ledger = store.ledger(A, EAST);

    assertThatThrownBy(() -> store.record(op(), List.of(movement(MovementType.ADJUST, A, EAST, -6)), true))
        .isInstanceOf(InsufficientStockException.class);
    assertThatThrownBy(() -> store.record(op(), List.of(movement(MovementType.RECEIVE, B, EAST, 1),
        movement(MovementType.SHIP, A, EAST, 1)), true)).isInstanceOf(InsufficientStockException.class);

    assertThat(store.stock(A, EAST).onHand()).isEqualTo(5);
    assertThat(store.stock(B, EAST).onHand()).isEqualTo(5);
    assertThat(store.ledger(A, EAST)).isEqualTo(ledger);
    assertThat(store.ledger(B, EAST)).hasSize(1);
  }

  @Test
  void aGuardedMovementMayNotTakeReservedUnits() {
    receive(A, EAST, 5);
    store.reserve(candidate("R-1", line(A, EAST, 4)), ReservationPolicy.ALL_OR_NOTHING);

    assertThatThrownBy(() -> store.record(op(), List.of(movement(MovementType.DAMAGE, A, EAST, 2)), true))
        .isInstanceOf(InsufficientStockException.class);
    store.record(op(), List.of(movement(MovementType.DAMAGE, A, EAST, 1)), true);
    assertThat(store.stock(A, EAST).availableToPromise()).isZero();
  }

  @Test
  void safetyStockIsHeldBackFromReservations() {
    receive(A, EAST, 10);
    store.setSafetyStock(A, EAST, 4);
    assertThat(store.stock(A, EAST).safetyStock()).isEqualTo(4);

    assertThat(store.reserve(candidate("R-1", line(A, EAST, 7)), ReservationPolicy.ALL_OR_NOTHING).reservation())
        .isEmpty();
    assertThat(store.reserve(candidate("R-2", line(A, EAST, 6)), ReservationPolicy.ALL_OR_NOTHING).complete())
        .isTrue();
    store.setSafetyStock(B, WEST, 2); // a new cell
    assertThat(store.knows(B)).isTrue();
    assertConsistent();
  }

  @Test
  void aCountRecordsTheVarianceAndMayFindLessThanIsPromised() {
    receive(A, EAST, 10);
    store.reserve(candidate("R-1", line(A, EAST, 8)), ReservationPolicy.ALL_OR_NOTHING);
    Movement count = new Movement(0, MovementType.COUNT, A, EAST, 0, MovementType.COUNT.perUnit().times(0),
        Optional.empty(), ACTOR, T0, Optional.of("cycle count"), OptionalInt.of(5));

    Movement stored = store.count(op(), count);

    assertThat(stored.quantity()).isEqualTo(-5);
    assertThat(stored.counted()).hasValue(5);
    assertThat(store.stock(A, EAST).onHand()).isEqualTo(5);
    assertThat(store.ledger(A, EAST)).last().isEqualTo(stored);
    ReconciliationReport report = store.reconcile(false);
    assertThat(report.consistent()).isTrue();
    assertThat(report.overCommitted()).extracting(StockLevel::sku).containsExactly(A);

    receive(A, EAST, 1); // a receipt still goes in: it leaves fewer units over-committed, not more
    assertThat(store.stock(A, EAST).onHand()).isEqualTo(6);
    assertThatThrownBy(() -> store.record(op(), List.of(movement(MovementType.DAMAGE, A, EAST, 1)), true))
        .isInstanceOf(InsufficientStockException.class);

    store.release(op(), ReservationId.of("R-1"), List.of(line(A, EAST, 3)), ReservationStatus.RELEASED);
    assertThat(store.reconcile(false).overCommitted()).isEmpty();
    assertThat(store.reserve(candidate("R-2", line(A, EAST, 2)), ReservationPolicy.ALL_OR_NOTHING).reservation())
        .isEmpty();
    assertThat(store.reserve(candidate("R-3", line(A, EAST, 1)), ReservationPolicy.ALL_OR_NOTHING).complete())
        .isTrue();
  }

  @Test
  void aCountOfANewCellCreatesIt() {
    Movement count = new Movement(0, MovementType.COUNT, C, WEST, 0, MovementType.COUNT.perUnit().times(0),
        Optional.empty(), ACTOR, T0, Optional.of("first count"), OptionalInt.of(3));
    assertThat(store.count(op(), count).quantity()).isEqualTo(3);
    assertThat(store.stock(C, WEST).onHand()).isEqualTo(3);
  }

  // ---------------------------------------------------------------- purchase orders

  @Test
  void purchaseOrdersAreReceivedAgainstAtomically() {
    PurchaseOrder later = PurchaseOrder.of("PO-2", EAST, LocalDate.of(2026, 3, 1),
        List.of(new PurchaseOrder.Line(A, 5, 0)));
    PurchaseOrder sooner = PurchaseOrder.of("PO-1", EAST, LocalDate.of(2026, 2, 1),
        List.of(new PurchaseOrder.Line(A, 10, 0), new PurchaseOrder.Line(B, 2, 0)));
    store.putPurchaseOrder(later);
    store.putPurchaseOrder(sooner);
    assertThat(store.purchaseOrder("PO-1")).contains(sooner);
    assertThat(store.purchaseOrder("PO-9")).isEmpty();
    assertThat(store.openPurchaseOrders()).containsExactly(sooner, later);

    Movement m = store.receive(op(), "PO-1", movement(MovementType.RECEIVE, A, EAST, 10));
    store.receive(op(), "PO-1", movement(MovementType.RECEIVE, B, EAST, 2));

    assertThat(m.sequence()).isPositive();
    assertThat(store.stock(A, EAST).onHand()).isEqualTo(10);
    assertThat(store.purchaseOrder("PO-1").orElseThrow().open(A)).isZero();
    assertThat(store.openPurchaseOrders()).extracting(PurchaseOrder::id).containsExactly("PO-2");
  }

  @Test
  void aBadReceiptChangesNothing() {
    store.putPurchaseOrder(PurchaseOrder.of("PO-1", EAST, LocalDate.of(2026, 2, 1),
        List.of(new PurchaseOrder.Line(A, 3, 0))));

    assertThatThrownBy(() -> store.receive(op(), "PO-9", movement(MovementType.RECEIVE, A, EAST, 1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> store.receive(op(), "PO-1", movement(MovementType.RECEIVE, A, WEST, 1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> store.receive(op(), "PO-1", movement(MovementType.RECEIVE, A, EAST, 4)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> store.receive(op(), "PO-1", movement(MovementType.RECEIVE, B, EAST, 1)))
        .isInstanceOf(InvalidInputException.class);

    assertThat(store.stock(A, EAST).onHand()).isZero();
    assertThat(store.ledger(A, EAST)).isEmpty();
    assertThat(store.purchaseOrder("PO-1").orElseThrow().open(A)).isEqualTo(3);
  }

  // ---------------------------------------------------------------- reserve

  @Test
  void aReservationRaisesReservedAndIsStoredExactly() {
    receive(A, EAST, 10);
    Reservation c = candidate("R-1", line(A, EAST, 3));

    ReservationResult r = store.reserve(c, ReservationPolicy.ALL_OR_NOTHING);

    assertThat(r.complete()).isTrue();
    assertThat(r.reservation()).contains(c);
    assertThat(store.reservation(c.id())).contains(c);
    assertThat(store.stock(A, EAST).reserved()).isEqualTo(3);
    assertThat(store.activeReservations()).containsExactly(c);
    assertConsistent();
  }

  @Test
  void aRetryUnderTheSameIdReservesNothingMore() {
    receive(A, EAST, 10);
    Reservation c = candidate("R-1", line(A, EAST, 3));
    store.reserve(c, ReservationPolicy.ALL_OR_NOTHING);

    ReservationResult again = store.reserve(candidate("R-1", line(A, EAST, 3)), ReservationPolicy.ALL_OR_NOTHING);

    assertThat(again.reservation()).contains(c);
    assertThat(store.stock(A, EAST).reserved()).isEqualTo(3);
    assertThatThrownBy(() -> store.reserve(candidate("R-1", line(A, EAST, 4)), ReservationPolicy.ALL_OR_NOTHING))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThat(store.stock(A, EAST).reserved()).isEqualTo(3);
  }

  @Test
  void allOrNothingWithAShortageReservesNothing() {
    receive(A, EAST, 10);
    receive(B, EAST, 1);

    ReservationResult r = store.reserve(candidate("R-1", line(A, EAST, 3), line(B, EAST, 2), line(C, EAST, 1)),
        ReservationPolicy.ALL_OR_NOTHING);

    assertThat(r.reservation()).isEmpty();
    assertThat(r.shortages()).extracting(s -> s.sku().value() + ":" + s.available()).containsExactly("B:1", "C:0");
    assertThat(store.stock(A, EAST).reserved()).isZero();
    assertThat(store.reservation(ReservationId.of("R-1"))).isEmpty();
  }

  @Test
  void partialReservesWhatIsThere() {
    receive(A, EAST, 10);
    receive(B, EAST, 1);

    ReservationResult r = store.reserve(candidate("R-1", line(A, EAST, 3), line(B, EAST, 2)),
        ReservationPolicy.PARTIAL);

    assertThat(r.reservation().orElseThrow().lines()).containsExactly(line(A, EAST, 3), line(B, EAST, 1));
    assertThat(r.reservation().orElseThrow().requested()).containsExactly(line(A, EAST, 3), line(B, EAST, 2));
    assertThat(r.shortages()).hasSize(1);
    assertThat(store.stock(B, EAST).reserved()).isEqualTo(1);
    assertThat(store.reservation(ReservationId.of("R-1"))).isEqualTo(r.reservation());
    assertConsistent();
  }

  @Test
  void aSingleLineShortageReportsWhatIsAvailable() {
    receive(A, EAST, 2);
    ReservationResult r = store.reserve(candidate("R-1", line(A, EAST, 3)), ReservationPolicy.ALL_OR_NOTHING);
    assertThat(r.reservation()).isEmpty();
    assertThat(r.shortages()).singleElement().satisfies(s -> assertThat(s.available()).isEqualTo(2));

    ReservationResult partial = store.reserve(candidate("R-2", line(A, EAST, 3)), ReservationPolicy.PARTIAL);
    assertThat(partial.reservation().orElseThrow().lines()).containsExactly(line(A, EAST, 2));
    ReservationResult none = store.reserve(candidate("R-3", line(B, EAST, 1)), ReservationPolicy.PARTIAL);
    assertThat(none.reservation()).isEmpty();
    assertThat(none.shortages()).singleElement().satisfies(s -> assertThat(s.available()).isZero());
  }

  @Test
  void reservationsWithoutTtlRoundTrip() {
    receive(A, EAST, 1);
    Reservation c = new Reservation(ReservationId.of("R-1"), "cart-1", List.of(line(A, EAST, 1)),
        List.of(line(A, EAST, 1)), ReservationStatus.ACTIVE, T0.plusNanos(1), Optional.empty());
    store.reserve(c, ReservationPolicy.ALL_OR_NOTHING);
    assertThat(store.reservation(c.id())).contains(c);
  }

  // ---------------------------------------------------------------- add

  @Test
  void addCreatesGrowsAndIsRefusedWhenShort() {
    receive(A, EAST, 5);
    receive(B, EAST, 5);
    Reservation template = candidate("R-1");

    assertThat(store.add(op(), template, line(A, EAST, 2)).reservation().orElseThrow().lines())
        .containsExactly(line(A, EAST, 2));
    store.add(op(), template, line(B, EAST, 1));
    Reservation after = store.add(op(), template, line(A, EAST, 2)).reservation().orElseThrow();
    ReservationResult refused = store.add(op(), template, line(A, EAST, 2));

    assertThat(after.lines()).containsExactly(line(A, EAST, 4), line(B, EAST, 1));
    assertThat(after.requested()).containsExactly(line(A, EAST, 4), line(B, EAST, 1));
    assertThat(refused.reservation()).isEmpty();
    assertThat(refused.shortages()).singleElement().satisfies(s -> assertThat(s.available()).isEqualTo(1));
    assertThat(store.reservation(template.id())).contains(after);
    assertThat(store.stock(A, EAST).reserved()).isEqualTo(4);
    assertConsistent();
  }

  @Test
  void addReplacesACompletedReservation() {
    receive(A, EAST, 5);
    Reservation template = candidate("R-1");
    store.add(op(), template, line(A, EAST, 2));
    store.release(op(), template.id(), List.of(), ReservationStatus.RELEASED);

    Reservation again = store.add(op(), template, line(A, EAST, 1)).reservation().orElseThrow();

    assertThat(again.status()).isEqualTo(ReservationStatus.ACTIVE);
    assertThat(again.lines()).containsExactly(line(A, EAST, 1));
    assertThat(store.stock(A, EAST).reserved()).isEqualTo(1);
  }

  @Test
  void addOnAnUnknownCellIsRefusedAndCreatesNothing() {
    ReservationResult r = store.add(op(), candidate("R-1"), line(C, WEST, 1));
    assertThat(r.reservation()).isEmpty();
    assertThat(store.knows(C)).isFalse(); // a refused call must not make a never-stocked SKU known
    assertThat(store.reservation(ReservationId.of("R-1"))).isEmpty();
  }

  // ---------------------------------------------------------------- release, consume, move, purge

  @Test
  void releasingGivesUnitsBack() {
    receive(A, EAST, 10);
    receive(B, EAST, 10);
    Reservation c = candidate("R-1", line(A, EAST, 3), line(B, EAST, 2));
    store.reserve(c, ReservationPolicy.ALL_OR_NOTHING);

    Reservation partly = store.release(op(), c.id(), List.of(line(A, EAST, 1)), ReservationStatus.RELEASED);
    assertThat(partly.lines()).containsExactly(line(A, EAST, 2), line(B, EAST, 2));
    assertThat(partly.status()).isEqualTo(ReservationStatus.ACTIVE);
    assertThat(store.stock(A, EAST).reserved()).isEqualTo(2);

    Reservation done = store.release(op(), c.id(), List.of(), ReservationStatus.EXPIRED);
    assertThat(done.status()).isEqualTo(ReservationStatus.EXPIRED);
    assertThat(done.lines()).isEmpty();
    assertThat(done.requested()).isEqualTo(c.requested());
    assertThat(store.reservation(c.id())).contains(done);
    assertThat(store.activeReservations()).isEmpty();
    assertThat(store.stock(A, EAST).reserved()).isZero();
    assertThat(store.stock(B, EAST).reserved()).isZero();
    assertConsistent();
  }

  @Test
  void releasingTooMuchOrAnInactiveOrUnknownReservationChangesNothing() {
    receive(A, EAST, 10);
    Reservation c = candidate("R-1", line(A, EAST, 3));
    store.reserve(c, ReservationPolicy.ALL_OR_NOTHING);

    assertThatThrownBy(() -> store.release(op(), c.id(), List.of(line(A, EAST, 4)), ReservationStatus.RELEASED))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> store.release(op(), c.id(), List.of(line(A, WEST, 1)), ReservationStatus.RELEASED))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> store.release(op(), ReservationId.of("R-9"), List.of(), ReservationStatus.RELEASED))
        .isInstanceOf(InvalidInputException.class);
    assertThat(store.reservation(c.id())).contains(c);
    assertThat(store.stock(A, EAST).reserved()).isEqualTo(3);

    store.release(op(), c.id(), List.of(), ReservationStatus.RELEASED);
    assertThatThrownBy(() -> store.release(op(), c.id(), List.of(), ReservationStatus.RELEASED))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(store.stock(A, EAST).reserved()).isZero();
  }

  @Test
  void pickingAndCommittingConsumeTheReservation() {
    receive(A, EAST, 10);
    Reservation c = candidate("R-1", line(A, EAST, 4));
    store.reserve(c, ReservationPolicy.ALL_OR_NOTHING);

    Reservation picked = store.consume(op(), c.id(), List.of(movement(MovementType.PICK, A, EAST, 1)));
    assertThat(picked.lines()).containsExactly(line(A, EAST, 3));
    assertThat(store.stock(A, EAST)).isEqualTo(new StockLevel(A, EAST, 10, 3, 1, 0, 0, 0, 0));

    Reservation committed = store.consume(op(), c.id(), List.of(movement(MovementType.COMMIT, A, EAST, 3)));
    assertThat(committed.status()).isEqualTo(ReservationStatus.COMMITTED);
    assertThat(store.stock(A, EAST)).isEqualTo(new StockLevel(A, EAST, 7, 0, 1, 0, 0, 0, 0));
    assertThat(store.ledger(A, EAST)).extracting(Movement::type)
        .containsExactly(MovementType.RECEIVE, MovementType.PICK, MovementType.COMMIT);
    assertThatThrownBy(() -> store.consume(op(), c.id(), List.of(movement(MovementType.COMMIT, A, EAST, 1))))
        .isInstanceOf(IllegalTransitionException.class);
    assertConsistent();
  }

  @Test
  void consumingMoreThanIsHeldChangesNothing() {
    receive(A, EAST, 10);
    Reservation c = candidate("R-1", line(A, EAST, 2));
    store.reserve(c, ReservationPolicy.ALL_OR_NOTHING);

    assertThatThrownBy(() -> store.consume(op(), c.id(), List.of(movement(MovementType.COMMIT, A, EAST, 3))))
        .isInstanceOf(InvalidInputException.class);
    assertThat(store.stock(A, EAST)).isEqualTo(new StockLevel(A, EAST, 10, 2, 0, 0, 0, 0, 0));
    assertThat(store.ledger(A, EAST)).hasSize(1);
  }

  @Test
  void movingAReservationNeedsStockAtTheTarget() {
    receive(A, EAST, 10);
    receive(A, WEST, 2);
    Reservation c = candidate("R-1", line(A, EAST, 3));
    store.reserve(c, ReservationPolicy.ALL_OR_NOTHING);

    assertThatThrownBy(() -> store.move(op(), c.id(), line(A, EAST, 3), WEST))
        .isInstanceOf(InsufficientStockException.class);
    assertThat(store.reservation(c.id())).contains(c);

    Reservation moved = store.move(op(), c.id(), line(A, EAST, 2), WEST);
    assertThat(moved.lines()).containsExactly(line(A, EAST, 1), line(A, WEST, 2));
    assertThat(store.stock(A, EAST).reserved()).isEqualTo(1);
    assertThat(store.stock(A, WEST).reserved()).isEqualTo(2);
    assertThat(store.reservation(c.id())).contains(moved);
    assertConsistent();
  }

  @Test
  void purgeForgetsOnlyCompletedReservations() {
    receive(A, EAST, 10);
    store.reserve(candidate("R-1", line(A, EAST, 1)), ReservationPolicy.ALL_OR_NOTHING);
    store.reserve(candidate("R-2", line(A, EAST, 1)), ReservationPolicy.ALL_OR_NOTHING);
    store.release(op(), ReservationId.of("R-2"), List.of(), ReservationStatus.RELEASED);

    store.purge(ReservationId.of("R-1"));
    store.purge(ReservationId.of("R-2"));
    store.purge(ReservationId.of("R-9"));

    assertThat(store.reservation(ReservationId.of("R-1"))).isPresent();
    assertThat(store.reservation(ReservationId.of("R-2"))).isEmpty();
  }

  @Test
  void reservationsPastTheirTimeToLiveExpireThroughTheFacade() {
    AtomicReference<Instant> now = new AtomicReference<>(T0);
    Clock clock = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    };
    Inventory inventory = Inventory.builder().store(store)
        .clock(clock).build();
    receive(A, EAST, 10);
    for (String id : List.of("cart-1", "cart-2")) {
      inventory.reserve(ReservationRequest.builder().id(ReservationId.of(id))
          .reference(id).addLine(line(A, EAST, 2)).ttl(Duration.ofMinutes(id.equals("cart-1") ? 5 : 30)).build());
    }
    now.set(T0.plus(Duration.ofMinutes(10)));

    assertThat(inventory.expireDue()).isEqualTo(1);

    assertThat(store.reservation(ReservationId.of("cart-1")).orElseThrow().status())
        .isEqualTo(ReservationStatus.EXPIRED);
    assertThat(store.activeReservations()).extracting(r -> r.id().value()).containsExactly("cart-2");
    assertThat(store.stock(A, EAST).reserved()).isEqualTo(2);
    assertThat(inventory.expireDue()).isZero();
    assertConsistent();
  }

  // ---------------------------------------------------------------- reconciliation

  @Test
  void reconcileFindsNoDriftAfterOrdinaryWork() {
    receive(A, EAST, 10);
    receive(B, WEST, 4);
    store.reserve(candidate("R-1", line(A, EAST, 3), line(B, WEST, 1)), ReservationPolicy.ALL_OR_NOTHING);
    store.consume(op(), ReservationId.of("R-1"), List.of(movement(MovementType.PICK, A, EAST, 2)));

    ReconciliationReport report = store.reconcile(true);

    assertThat(report.cellsChecked()).isEqualTo(2);
    assertThat(report.consistent()).isTrue();
    assertThat(report.repaired()).isTrue();
    assertThat(report.overCommitted()).isEmpty();
  }

  // ---------------------------------------------------------------- concurrency

  @Test
  void concurrentReservesOfOneCellNeverOversell() throws Exception {
    receive(A, EAST, 50);
    AtomicInteger granted = new AtomicInteger();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      tasks.add(() -> {
        for (int k = 0; k < 15; k++) {
          ReservationResult r = store.reserve(candidate("R-" + thread + "-" + k, line(A, EAST, 1)),
              ReservationPolicy.ALL_OR_NOTHING);
          if (r.complete()) {
            granted.incrementAndGet();
          }
        }
        return null;
      });
    }
    for (Future<Void> f : pool.invokeAll(tasks)) {
      f.get();
    }

    assertThat(granted.get()).isEqualTo(50);
    assertThat(store.stock(A, EAST).reserved()).isEqualTo(50);
    assertThat(store.activeReservations()).hasSize(50);
    assertConsistent();
  }

  @Test
  void concurrentMultiLineReservesAndReleasesInAnyOrderNeitherDeadlockNorOversell() throws Exception {
    List<Sku> skus = List.of(A, B, C);
    for (Sku s : skus) {
      receive(s, EAST, 40);
      receive(s, WEST, 40);
    }
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      tasks.add(() -> {
        Random random = new Random(thread);
        int made = 0;
        for (int k = 0; k < 25; k++) {
          List<ReservationLine> lines = new ArrayList<>();
          for (Sku s : skus) {
            lines.add(line(s, random.nextBoolean() ? EAST : WEST, 1 + random.nextInt(3)));
          }
          Collections.shuffle(lines, random);
          Reservation c = candidate("R-" + thread + "-" + k, lines.toArray(new ReservationLine[0]));
          ReservationResult r = store.reserve(c, random.nextBoolean() ? ReservationPolicy.PARTIAL
              : ReservationPolicy.ALL_OR_NOTHING);
          if (r.reservation().isPresent()) {
            made++;
            if (random.nextInt(3) == 0) {
              store.release(op(), c.id(), List.of(), ReservationStatus.RELEASED);
            }
          }
        }
        return made;
      });
    }
    int made = 0;
    for (Future<Integer> f : pool.invokeAll(tasks)) {
      made += f.get();
    }

    assertThat(made).isPositive();
    assertConsistent();
    for (StockLevel level : store.allStock()) {
      assertThat(level.reserved()).isBetween(0, 40);
    }
  }

  @Test
  void concurrentReservesUnderOneIdReserveOnce() throws Exception {
    receive(A, EAST, 100);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ReservationResult>> results = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      results.add(pool.submit(() -> {
        start.await();
        return store.reserve(candidate("R-same", line(A, EAST, 3), line(B, EAST, 1)), ReservationPolicy.PARTIAL);
      }));
    }
    start.countDown();
    List<Reservation> seen = new ArrayList<>();
    for (Future<ReservationResult> f : results) {
      seen.add(f.get(30, TimeUnit.SECONDS).reservation().orElseThrow());
    }

    assertThat(seen).allSatisfy(r -> assertThat(r).isEqualTo(seen.get(0)));
    assertThat(store.stock(A, EAST).reserved()).isEqualTo(3);
    assertConsistent();
  }

  @Test
  void concurrentAddsToOneReservationAddEveryGrantedUnit() throws Exception {
    receive(A, EAST, 30);
    AtomicInteger granted = new AtomicInteger();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      tasks.add(() -> {
        for (int k = 0; k < 5; k++) {
          if (store.add(op(), candidate("R-1"), line(A, EAST, 1)).reservation().isPresent()) {
            granted.incrementAndGet();
          }
        }
        return null;
      });
    }
    for (Future<Void> f : pool.invokeAll(tasks)) {
      f.get();
    }

    assertThat(granted.get()).isEqualTo(30);
    assertThat(store.reservation(ReservationId.of("R-1")).orElseThrow().lines()).containsExactly(line(A, EAST, 30));
    assertConsistent();
  }

  @Test
  void concurrentReceiptsShipmentsAndReservationsKeepCountersEqualToTheLedger() throws Exception {
    receive(A, EAST, 20);
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      tasks.add(() -> {
        Random random = new Random(100 + thread);
        for (int k = 0; k < 20; k++) {
          ReservationId id = ReservationId.of("R-" + thread + "-" + k);
          switch (random.nextInt(4)) {
            case 0 -> receive(A, EAST, 1 + random.nextInt(3));
            case 1 -> {
              try {
                store.record(op(), List.of(movement(MovementType.ADJUST, A, EAST, -1)), true);
              } catch (InsufficientStockException refused) {
                // none free
              }
            }
            default -> {
              if (store.reserve(candidate(id.value(), line(A, EAST, 1)), ReservationPolicy.ALL_OR_NOTHING)
                  .complete()) {
                if (random.nextBoolean()) {
                  store.consume(op(), id, List.of(movement(MovementType.COMMIT, A, EAST, 1)));
                } else {
                  store.release(op(), id, List.of(), ReservationStatus.RELEASED);
                }
              }
            }
          }
        }
        return null;
      });
    }
    for (Future<Void> f : pool.invokeAll(tasks)) {
      f.get();
    }
    assertConsistent();
    assertThat(store.stock(A, EAST).reserved()).isZero();
  }

  // ---------------------------------------------------------------- operations: exactly once

  /**
   * The store under test behind a fault that lets a chosen call through and then loses its reply.
   *
   * @param store the store behind the fault
   * @param loseReplyAt lets the n-th call (in memory) or statement or commit (database) through, then loses its
   *     reply; 0 disarms
   * @param fired whether the fault struck since it was armed
   */
  record ReplyLoss(InventoryStore store, IntConsumer loseReplyAt, BooleanSupplier fired) {}

  /** {@link #store} behind a {@link ReplyLoss}. */
  abstract ReplyLoss replyLoss();

  /**
   * A store whose n-th call applies, then throws as a lost connection during the commit would; it says it may lose
   * replies, so the facade tracks every call.
   */
  static ReplyLoss losingReplies(InventoryStore target) {
    AtomicInteger countdown = new AtomicInteger(-1);
    AtomicBoolean fired = new AtomicBoolean();
    InventoryStore proxy = (InventoryStore) Proxy.newProxyInstance(InventoryStore.class.getClassLoader(),
        new Class<?>[] {InventoryStore.class}, (p, method, args) -> {
          if (method.getName().equals("mayLoseReplies")) {
            return true; // it does: that is the point of this store
          }
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (countdown.get() > 0 && countdown.decrementAndGet() == 0) {
            fired.set(true);
            throw new StoreUnavailableException("reply of " + method.getName() + " lost (injected)", true,
                new java.io.IOException("injected"));
          }
          return result;
        });
    return new ReplyLoss(proxy, n -> {
      fired.set(false);
      countdown.set(n == 0 ? -1 : n);
    }, fired::get);
  }

  Operation op(String id, String request) {
    return new Operation(OperationId.of(id), request, T0);
  }

  @Test
  void aRefusedMovementOfANeverStockedSkuLeavesItUnknown() {
    assertThatThrownBy(() -> store.record(op(), List.of(movement(MovementType.ADJUST, C, EAST, -1),
        movement(MovementType.RECEIVE, A, EAST, 1)), true)).isInstanceOf(InsufficientStockException.class);

    assertThat(store.knows(C)).isFalse();
    assertThat(store.knows(A)).isFalse();
    assertThat(store.allStock()).isEmpty();
  }

  @Test
  void aRepeatedOperationChangesNothingAndReturnsTheFirstResult() {
    receive(A, EAST, 10);
    receive(A, WEST, 2);
    Reservation c = candidate("R-1", line(A, EAST, 5));
    store.reserve(c, ReservationPolicy.ALL_OR_NOTHING);
    Movement receipt = movement(MovementType.RECEIVE, B, EAST, 4);

    List<Movement> first = store.record(op("op-r", "receive B"), List.of(receipt), true);
    Reservation released = store.release(op("op-x", "release 1 A"), c.id(), List.of(line(A, EAST, 1)),
        ReservationStatus.RELEASED);
    Reservation picked = store.consume(op("op-p", "pick 1 A"), c.id(),
        List.of(movement(MovementType.PICK, A, EAST, 1)));
    ReservationResult added = store.add(op("op-a", "add 2 A"), c, line(A, EAST, 2));
    Reservation moved = store.move(op("op-m", "move 1 A"), c.id(), line(A, EAST, 1), WEST);

    assertThat(store.record(op("op-r", "receive B"), List.of(receipt), true)).isEqualTo(first);
    assertThat(store.release(op("op-x", "release 1 A"), c.id(), List.of(line(A, EAST, 1)),
        ReservationStatus.RELEASED)).isEqualTo(released);
    assertThat(store.consume(op("op-p", "pick 1 A"), c.id(), List.of(movement(MovementType.PICK, A, EAST, 1))))
        .isEqualTo(picked);
    assertThat(store.add(op("op-a", "add 2 A"), c, line(A, EAST, 2))).isEqualTo(added);
    assertThat(store.move(op("op-m", "move 1 A"), c.id(), line(A, EAST, 1), WEST)).isEqualTo(moved);

    assertThat(store.stock(B, EAST).onHand()).isEqualTo(4);
    assertThat(store.ledger(B, EAST)).containsExactlyElementsOf(first);
    assertThat(store.stock(A, EAST)).isEqualTo(new StockLevel(A, EAST, 10, 4, 1, 0, 0, 0, 0));
    assertThat(store.stock(A, WEST).reserved()).isEqualTo(1);
    assertThat(moved.lines()).containsExactly(line(A, EAST, 4), line(A, WEST, 1));
    assertThat(store.reservation(c.id())).contains(moved);
    assertConsistent();
  }

  @Test
  void anOperationIdReusedForAnotherRequestIsRefusedAndChangesNothing() {
    receive(A, EAST, 10);
    store.record(op("op-1", "receive 4 B"), List.of(movement(MovementType.RECEIVE, B, EAST, 4)), true);

    assertThatThrownBy(() -> store.record(op("op-1", "receive 5 B"),
        List.of(movement(MovementType.RECEIVE, B, EAST, 5)), true))
        .isInstanceOf(IdempotencyConflictException.class).hasMessageContaining("op-1")
        .hasMessageContaining("receive 4 B").hasMessageContaining("receive 5 B");
    assertThat(store.stock(B, EAST).onHand()).isEqualTo(4);
  }

  @Test
  void aFailedOperationRecordsNothingAndMayBeRepeated() {
    receive(A, EAST, 2);
    Operation take = op("op-1", "adjust -3 A");
    List<Movement> adjust = List.of(movement(MovementType.ADJUST, A, EAST, -3));
    assertThatThrownBy(() -> store.record(take, adjust, true)).isInstanceOf(InsufficientStockException.class);

    receive(A, EAST, 1);

    assertThat(store.record(take, adjust, true)).hasSize(1);
    assertThat(store.stock(A, EAST).onHand()).isZero();
  }

  @Test
  void concurrentCallsUnderOneOperationApplyOnce() throws Exception {
    receive(A, EAST, 50);
    Operation add = op("op-1", "add 3 A");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ReservationResult>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return store.add(add, candidate("R-1"), line(A, EAST, 3));
      }));
    }
    start.countDown();
    ReservationResult first = results.get(0).get(30, TimeUnit.SECONDS);
    for (Future<ReservationResult> r : results) {
      assertThat(r.get(30, TimeUnit.SECONDS)).isEqualTo(first);
    }
    assertThat(store.stock(A, EAST).reserved()).isEqualTo(3);
    assertConsistent();
  }

  @Test
  void purgedOperationsApplyAgain() {
    Operation older = new Operation(OperationId.of("op-1"), "receive 1 A", T0);
    Operation newer = new Operation(OperationId.of("op-2"), "receive 1 A", T0.plusSeconds(60));
    List<Movement> one = List.of(movement(MovementType.RECEIVE, A, EAST, 1));
    store.record(older, one, true);
    store.record(newer, one, true);

    assertThat(store.purgeOperations(T0.plusSeconds(30))).isEqualTo(1);

    store.record(older, one, true);
    store.record(newer, one, true);
    assertThat(store.stock(A, EAST).onHand()).isEqualTo(3);
  }

  @Test
  void everyChangeThroughTheFacadeAppliesOnceWhicheverStepLosesItsReply() {
    List<Object> expected = script(inventory(store));
    State expectedState = state();
    int faults = 0;
    for (int step = 1; step < 500; step++) {
      fresh();
      ReplyLoss loss = replyLoss();
      loss.loseReplyAt().accept(step);
      List<Object> got = script(inventory(loss.store()));
      boolean fired = loss.fired().getAsBoolean();
      loss.loseReplyAt().accept(0);
      assertThat(got).as("results with the reply of step %d lost", step).isEqualTo(expected);
      assertThat(state()).as("state with the reply of step %d lost", step).isEqualTo(expectedState);
      if (!fired) {
        break;
      }
      faults++;
    }
    assertThat(faults).isGreaterThanOrEqualTo(15);
  }

  /** Empties the store (a new one) and puts the locations back. */
  void fresh() {
    store = newStore();
    store.putLocation(TestData.warehouse("EAST"));
    store.putLocation(TestData.warehouse("WEST"));
  }

  private static Inventory inventory(InventoryStore over) {
    return Inventory.builder().store(over).clock(TestData.clock()).ids(IdGenerator.sequential())
        .storeAttempts(3, Duration.ZERO).build();
  }

  /** Every kind of change, each repeated by the caller (under its operation id, where it has one) on failure. */
  private static List<Object> script(Inventory inv) {
    ReservationId r1 = ReservationId.of("R-1");
    ReservationId r2 = ReservationId.of("R-2");
    List<Object> out = new ArrayList<>();
    out.add(again(() -> inv.receive(OperationId.of("rcv-1"), A, EAST, 10, ACTOR, "DN-1")).withSequence(0));
    out.add(again(() -> inv.receive(A, WEST, 3, ACTOR)).withSequence(0));
    out.add(again(() -> inv.expect(PurchaseOrder.of("PO-1", EAST, LocalDate.of(2026, 2, 1),
        List.of(new PurchaseOrder.Line(B, 8, 0))))));
    out.add(again(() -> inv.receive(OperationId.of("rcv-2"), B, EAST, 6, ACTOR, "PO-1")).withSequence(0));
    out.add(again(() -> inv.adjust(OperationId.of("adj-1"), A, EAST, -1, ACTOR, "broken")).withSequence(0));
    out.add(again(() -> inv.reserve(ReservationRequest.builder().id(r1).reference("order-1")
        .addLine(line(A, EAST, 3)).addLine(line(B, EAST, 2)).build())));
    out.add(again(() -> inv.reserveMore(OperationId.of("add-1"), r1, "order-1", line(A, EAST, 2))));
    out.add(again(() -> inv.release(OperationId.of("rel-1"), r1, List.of(line(B, EAST, 1)))));
    out.add(again(() -> inv.pick(OperationId.of("pick-1"), r1, A, EAST, 1, ACTOR)));
    out.add(again(() -> inv.commit(OperationId.of("commit-1"), r1, List.of(line(A, EAST, 2)), ACTOR, "S-1")));
    out.add(again(() -> inv.move(r1, A, EAST, WEST, 1)));
    out.add(again(() -> inv.count(B, EAST, 4, ACTOR)).withSequence(0));
    out.add(again(() -> inv.commit(r1, ACTOR, "S-2")));
    out.add(again(() -> inv.reserve(ReservationRequest.builder().id(r2).reference("order-2")
        .addLine(line(A, EAST, 1)).build())));
    out.add(again(() -> inv.release(r2)));
    return out;
  }

  /** Calls again while the store is unavailable, as a caller that knows the call is safe to repeat would. */
  private static <T> T again(Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (StoreUnavailableException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /** What the store holds, without ledger sequence numbers (a database may skip some). */
  record State(List<StockLevel> stock, List<List<Movement>> ledgers, List<Optional<Reservation>> reservations,
      Optional<PurchaseOrder> purchaseOrder) {}

  State state() {
    List<List<Movement>> ledgers = new ArrayList<>();
    for (StockLevel level : store.allStock()) {
      ledgers.add(store.ledger(level.sku(), level.locationId()).stream().map(m -> m.withSequence(0)).toList());
    }
    return new State(store.allStock(), ledgers, List.of(store.reservation(ReservationId.of("R-1")),
        store.reservation(ReservationId.of("R-2"))), store.purchaseOrder("PO-1"));
  }

  // ---------------------------------------------------------------- expiry

  @Test
  void expiredByFindsOnlyActiveReservationsPastTheirTimeToLiveLongestExpiredFirst() {
    receive(A, EAST, 10);
    Instant now = T0.plus(Duration.ofMinutes(30));
    for (int i = 1; i <= 4; i++) {
      Instant expires = now.minusSeconds(60L * i);
      store.reserve(new Reservation(ReservationId.of("R-" + i), "cart", List.of(line(A, EAST, 1)),
          List.of(line(A, EAST, 1)), ReservationStatus.ACTIVE, T0, Optional.of(expires)),
          ReservationPolicy.ALL_OR_NOTHING);
    }
    Reservation exactlyNow = new Reservation(ReservationId.of("R-now"), "cart", List.of(line(A, EAST, 1)),
        List.of(line(A, EAST, 1)), ReservationStatus.ACTIVE, T0, Optional.of(now));
    Reservation aNanoLater = new Reservation(ReservationId.of("R-later"), "cart", List.of(line(A, EAST, 1)),
        List.of(line(A, EAST, 1)), ReservationStatus.ACTIVE, T0, Optional.of(now.plusNanos(1)));
    store.reserve(exactlyNow, ReservationPolicy.ALL_OR_NOTHING);
    store.reserve(aNanoLater, ReservationPolicy.ALL_OR_NOTHING);
    store.reserve(new Reservation(ReservationId.of("R-forever"), "cart", List.of(line(A, EAST, 1)),
        List.of(line(A, EAST, 1)), ReservationStatus.ACTIVE, T0, Optional.empty()),
        ReservationPolicy.ALL_OR_NOTHING);
    store.release(op(), ReservationId.of("R-4"), List.of(), ReservationStatus.RELEASED);

    assertThat(store.expiredBy(now, 10)).extracting(r -> r.id().value()).containsExactly("R-3", "R-2", "R-1",
        "R-now");
    assertThat(store.expiredBy(now, 2)).extracting(r -> r.id().value()).containsExactly("R-3", "R-2");
    assertThat(store.expiredBy(now, 10).get(3)).isEqualTo(exactlyNow);
    assertThat(store.expiredBy(T0, 10)).isEmpty();
    assertThatThrownBy(() -> store.expiredBy(now, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
