package org.oms4j.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oms4j.core.Fixtures.ACTOR;
import static org.oms4j.core.inventory.InventoryFixtures.A;
import static org.oms4j.core.inventory.InventoryFixtures.B;
import static org.oms4j.core.inventory.InventoryFixtures.L1;
import static org.oms4j.core.inventory.InventoryFixtures.L2;
import static org.oms4j.core.inventory.InventoryFixtures.L3;
import static org.oms4j.core.inventory.InventoryFixtures.OFF;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oms4j.core.inventory.InventoryFixtures.MutableClock;
import org.oms4j.core.inventory.InventoryFixtures.Snapshot;

/**
 * Reconciliation through the API. Counters cannot drift through {@link Inventory}, so this checks that a consistent
 * store is reported consistent and left alone, and that over-commitment after a short count is reported.
 */
class InventoryReconciliationTest {
  final MutableClock clock = new MutableClock();
  final Inventory inventory = InventoryFixtures.withLocations(InventoryFixtures.builder(clock).build());

  Snapshot snapshot() {
    return Snapshot.of(inventory, List.of(A, B), List.of(L1, L2, L3, OFF),
        List.of(ReservationId.of("R1"), ReservationId.of("R2"), ReservationId.of("R3")));
  }

  void busyDay() {
    inventory.receive(A, L1, 20, ACTOR, "PO-1");
    inventory.receive(B, L2, 5, ACTOR, "PO-2");
    inventory.receiveForPutAway(A, L2, 4, ACTOR, "PO-3");
    inventory.putAway(A, L2, 2, ACTOR);
    inventory.damage(A, L1, 1, ACTOR, "dented");
    inventory.transfer(A, L1, L3, 3, ACTOR, "T-1");
    inventory.setSafetyStock(A, L1, 1);
    inventory.reserve(ReservationRequest.builder().id(ReservationId.of("R1")).reference("O-1")
        .addLine(ReservationLine.of(A, L1, 5)).addLine(ReservationLine.of(B, L2, 2)).build());
    inventory.reserve(ReservationRequest.builder().id(ReservationId.of("R2")).reference("O-2")
        .addLine(ReservationLine.of(A, L2, 2)).build());
    inventory.pick(ReservationId.of("R1"), A, L1, 2, ACTOR);
    inventory.release(ReservationId.of("R2"));
    inventory.count(B, L2, 6, ACTOR);
  }

  @Test
  void emptyStoreIsConsistent() {
    ReconciliationReport report = inventory.reconcile(false);
    assertThat(report.consistent()).isTrue();
    assertThat(report.cellsChecked()).isZero();
    assertThat(report.overCommitted()).isEmpty();
  }

  @Test
  void consistentStoreReportsNoDriftAndChangesNothing() {
    busyDay();
    Snapshot before = snapshot();

    ReconciliationReport report = inventory.reconcile(false);

    assertThat(report.consistent()).isTrue();
    assertThat(report.drifts()).isEmpty();
    assertThat(report.repaired()).isFalse();
    assertThat(report.overCommitted()).isEmpty();
    assertThat(report.cellsChecked()).isEqualTo(inventory.store().allStock().size()).isEqualTo(4);
    assertThat(before.changesTo(snapshot())).isEmpty();
  }

  @Test
  void repairingAConsistentStoreChangesNothing() {
    busyDay();
    Snapshot before = snapshot();
    ReconciliationReport report = inventory.reconcile(true);
    assertThat(report.drifts()).isEmpty();
    assertThat(before.changesTo(snapshot())).isEmpty();
  }

  @Test
  void countBelowWhatIsReservedAndPickedIsReportedAsOverCommitted() {
    inventory.receive(A, L1, 10, ACTOR);
    inventory.receive(B, L1, 10, ACTOR);
    inventory.reserve(ReservationRequest.builder().id(ReservationId.of("R1")).reference("O-1")
        .addLine(ReservationLine.of(A, L1, 6)).addLine(ReservationLine.of(B, L1, 2)).build());
    inventory.pick(ReservationId.of("R1"), A, L1, 2, ACTOR);
    inventory.count(A, L1, 5, ACTOR);
    inventory.count(B, L1, 2, ACTOR);

    ReconciliationReport report = inventory.reconcile(false);

    assertThat(report.consistent()).isTrue();
    StockLevel a = new StockLevel(A, L1, 5, 4, 2, 0, 0, 0, 0);
    assertThat(report.overCommitted()).containsExactly(a);
    assertThat(a.overCommitted()).isEqualTo(1);
    assertThat(inventory.availableToPromise(A, L1)).isZero();
    assertThat(inventory.stock(B, L1).overCommitted()).isZero();

    inventory.release(ReservationId.of("R1"), List.of(ReservationLine.of(A, L1, 1)));
    assertThat(inventory.reconcile(false).overCommitted()).isEmpty();
  }

  @Test
  void receivingStockClearsOverCommitment() {
    inventory.receive(A, L1, 10, ACTOR);
    inventory.reserve(ReservationRequest.builder().id(ReservationId.of("R1")).reference("O-1")
        .addLine(ReservationLine.of(A, L1, 8)).build());
    inventory.count(A, L1, 5, ACTOR);
    assertThat(inventory.reconcile(false).overCommitted()).hasSize(1);

    inventory.receive(A, L1, 3, ACTOR, "PO-late");

    assertThat(inventory.stock(A, L1)).isEqualTo(new StockLevel(A, L1, 8, 8, 0, 0, 0, 0, 0));
    assertThat(inventory.reconcile(false).overCommitted()).isEmpty();
  }

  @Test
  void anOverCommittedCellStillTakesReceiptsSmallerThanTheGap() {
    inventory.receive(A, L1, 10, ACTOR);
    inventory.reserve(ReservationRequest.builder().id(ReservationId.of("R1")).reference("O-1")
        .addLine(ReservationLine.of(A, L1, 8)).build());
    inventory.count(A, L1, 5, ACTOR);

    inventory.receive(A, L1, 1, ACTOR, "PO-partial");
    inventory.returnToStock(A, L1, 1, ACTOR, "RMA-1");

    assertThat(inventory.stock(A, L1)).isEqualTo(new StockLevel(A, L1, 7, 8, 0, 0, 0, 0, 0));
    assertThat(inventory.reconcile(false).overCommitted()).containsExactly(inventory.stock(A, L1));
  }

  @Test
  void anOverCommittedCellCannotCommitUnitsThatAreNotThere() {
    inventory.receive(A, L1, 10, ACTOR);
    inventory.reserve(ReservationRequest.builder().id(ReservationId.of("R1")).reference("O-1")
        .addLine(ReservationLine.of(A, L1, 8)).build());
    inventory.count(A, L1, 5, ACTOR);
    Snapshot before = snapshot();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> inventory.commit(ReservationId.of("R1"), ACTOR))
        .isInstanceOf(InsufficientStockException.class);

    assertThat(before.changesTo(snapshot())).isEmpty();
    assertThat(inventory.stock(A, L1).onHand()).isEqualTo(5);
    inventory.release(ReservationId.of("R1"), List.of(ReservationLine.of(A, L1, 3)));
    inventory.commit(ReservationId.of("R1"), ACTOR);
    assertThat(inventory.stock(A, L1)).isEqualTo(new StockLevel(A, L1, 0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void pickedUnitsShipFromAnOverCommittedCell() {
    inventory.receive(A, L1, 10, ACTOR);
    inventory.reserve(ReservationRequest.builder().id(ReservationId.of("R1")).reference("O-1")
        .addLine(ReservationLine.of(A, L1, 8)).build());
    inventory.pick(ReservationId.of("R1"), A, L1, 4, ACTOR);
    inventory.count(A, L1, 6, ACTOR); // 4 reserved + 4 picked > 6 on hand

    inventory.ship(A, L1, 4, ACTOR, "SHIP-1");

    assertThat(inventory.stock(A, L1)).isEqualTo(new StockLevel(A, L1, 2, 4, 0, 0, 0, 0, 0));
  }
}
