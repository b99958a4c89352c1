package org.oms4j.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.core.Fixtures.ACTOR;
import static org.oms4j.core.inventory.InventoryFixtures.A;
import static org.oms4j.core.inventory.InventoryFixtures.B;
import static org.oms4j.core.inventory.InventoryFixtures.L1;
import static org.oms4j.core.inventory.InventoryFixtures.L2;
import static org.oms4j.core.inventory.InventoryFixtures.L3;
import static org.oms4j.core.inventory.InventoryFixtures.OFF;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.oms4j.core.Fixtures;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.InventoryFixtures.MutableClock;

/** Each movement type's effect on the stock level and the ledger; available to promise. */
class InventoryMovementsTest {
  final MutableClock clock = new MutableClock();
  final Inventory inventory = InventoryFixtures.withLocations(InventoryFixtures.builder(clock).build());

  /** onHand, reserved, picked, damaged, qualityControl, safetyStock, inTransit. */
  static StockLevel level(Sku sku, LocationId loc, int onHand, int reserved, int picked, int damaged, int qc,
      int safety, int inTransit) {
    return new StockLevel(sku, loc, onHand, reserved, picked, damaged, qc, safety, inTransit);
  }

  Movement last(Sku sku, LocationId loc) {
    List<Movement> ledger = inventory.ledger(sku, loc);
    return ledger.get(ledger.size() - 1);
  }

  ReservationId reserve(String id, Sku sku, LocationId loc, int quantity) {
    ReservationResult r = inventory.reserve(ReservationRequest.builder().id(ReservationId.of(id)).reference("O-" + id)
        .addLine(ReservationLine.of(sku, loc, quantity)).build());
    assertThat(r.complete()).isTrue();
    return ReservationId.of(id);
  }

  @Test
  void receiveAddsSellableUnitsAndRecordsTheMovement() {
    clock.advance(Duration.ofMinutes(5));
    Movement m = inventory.receive(A, L1, 7, ACTOR, "PO-1");

    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 7, 0, 0, 0, 0, 0, 0));
    assertThat(inventory.availableToPromise(A, L1)).isEqualTo(7);
    assertThat(m.type()).isEqualTo(MovementType.RECEIVE);
    assertThat(m.quantity()).isEqualTo(7);
    assertThat(m.delta()).isEqualTo(new StockDelta(7, 0, 0, 0, 0));
    assertThat(m.reference()).contains("PO-1");
    assertThat(m.actor()).isEqualTo(ACTOR);
    assertThat(m.at()).isEqualTo(Fixtures.T0.plus(Duration.ofMinutes(5)));
    assertThat(m.sequence()).isPositive();
    assertThat(inventory.ledger(A, L1)).containsExactly(m);
    assertThat(inventory.store().knows(A)).isTrue();
  }

  @Test
  void aLocationGoesOfflineAndComesBackWithEverythingElseKept() {
    Location on = Location.builder().id(L1).name("L1").type(LocationType.STORE).shipFrom(Fixtures.address())
        .geo(new org.oms4j.core.common.GeoPoint(40.7, -74)).addTag("cold-chain").dailyOrderCapacity(300)
        .zone(java.time.ZoneId.of("America/New_York")).putCarrierCutoff("ups", java.time.LocalTime.of(17, 0)).build();
    Location off = on.withActive(false);
    assertThat(off.active()).isFalse();
    assertThat(off.withActive(true)).isEqualTo(on);
    inventory.receive(A, L1, 2, ACTOR);
    inventory.putLocation(off);
    assertThat(inventory.availableToPromise(A)).isZero();
  }

  @Test
  void receiveWithoutReference() {
    Movement m = inventory.receive(A, L1, 1, ACTOR);
    assertThat(m.reference()).isEmpty();
  }

  @Test
  void ledgerSequenceNumbersIncrease() {
    Movement a = inventory.receive(A, L1, 1, ACTOR);
    Movement b = inventory.receive(B, L2, 1, ACTOR);
    Movement c = inventory.receive(A, L1, 1, ACTOR);
    assertThat(a.sequence()).isLessThan(b.sequence());
    assertThat(b.sequence()).isLessThan(c.sequence());
    assertThat(inventory.ledger(A, L1)).containsExactly(a, c);
  }

  @Test
  void receiveForPutAwayWaitsInQualityControlUntilPutAway() {
    Movement in = inventory.receiveForPutAway(A, L1, 10, ACTOR, "PO-2");
    assertThat(in.type()).isEqualTo(MovementType.RECEIVE_FOR_PUT_AWAY);
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 10, 0, 0, 0, 10, 0, 0));
    assertThat(inventory.availableToPromise(A, L1)).isZero();

    Movement away = inventory.putAway(A, L1, 6, ACTOR);
    assertThat(away.type()).isEqualTo(MovementType.PUT_AWAY);
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 10, 0, 0, 0, 4, 0, 0));
    assertThat(inventory.availableToPromise(A, L1)).isEqualTo(6);

    assertThatThrownBy(() -> inventory.putAway(A, L1, 5, ACTOR)).isInstanceOf(InsufficientStockException.class);
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 10, 0, 0, 0, 4, 0, 0));
  }

  @Test
  void qualityHoldAndRelease() {
    inventory.receive(A, L1, 10, ACTOR);
    Movement hold = inventory.qualityHold(A, L1, 3, ACTOR, "suspected mould");
    assertThat(hold.reason()).contains("suspected mould");
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 10, 0, 0, 0, 3, 0, 0));
    assertThat(inventory.availableToPromise(A, L1)).isEqualTo(7);

    Movement release = inventory.qualityRelease(A, L1, 2, ACTOR);
    assertThat(release.type()).isEqualTo(MovementType.QUALITY_RELEASE);
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 10, 0, 0, 0, 1, 0, 0));
    assertThat(inventory.availableToPromise(A, L1)).isEqualTo(9);
  }

  @Test
  void qualityHoldCannotTakeReservedUnits() {
    inventory.receive(A, L1, 5, ACTOR);
    reserve("R1", A, L1, 4);
    assertThatThrownBy(() -> inventory.qualityHold(A, L1, 2, ACTOR, "check"))
        .isInstanceOf(InsufficientStockException.class);
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 5, 4, 0, 0, 0, 0, 0));
  }

  @Test
  void damageKeepsUnitsOnHandAndDisposeWritesThemOff() {
    inventory.receive(A, L1, 10, ACTOR);
    Movement d = inventory.damage(A, L1, 4, ACTOR, "forklift");
    assertThat(d.reason()).contains("forklift");
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 10, 0, 0, 4, 0, 0, 0));
    assertThat(inventory.availableToPromise(A, L1)).isEqualTo(6);

    Movement w = inventory.dispose(A, L1, 3, ACTOR, "scrapped");
    assertThat(w.delta()).isEqualTo(new StockDelta(-3, 0, -3, 0, 0));
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 7, 0, 0, 1, 0, 0, 0));
    assertThat(inventory.availableToPromise(A, L1)).isEqualTo(6);

    assertThatThrownBy(() -> inventory.dispose(A, L1, 2, ACTOR, "more than damaged"))
        .isInstanceOf(InsufficientStockException.class);
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 7, 0, 0, 1, 0, 0, 0));
  }

  @Test
  void returnToStock() {
    inventory.receive(A, L1, 1, ACTOR);
    Movement m = inventory.returnToStock(A, L1, 2, ACTOR, "RMA-7");
    assertThat(m.type()).isEqualTo(MovementType.RETURN_TO_STOCK);
    assertThat(m.reference()).contains("RMA-7");
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 3, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void adjustUpAndDownWithAReason() {
    inventory.receive(A, L1, 10, ACTOR);
    Movement up = inventory.adjust(A, L1, 3, ACTOR, "found in aisle 4");
    assertThat(up.quantity()).isEqualTo(3);
    assertThat(up.reason()).contains("found in aisle 4");
    assertThat(inventory.stock(A, L1).onHand()).isEqualTo(13);

    Movement down = inventory.adjust(A, L1, -5, ACTOR, "miscount");
    assertThat(down.quantity()).isEqualTo(-5);
    assertThat(down.delta()).isEqualTo(new StockDelta(-5, 0, 0, 0, 0));
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 8, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void adjustCannotTakeReservedUnits() {
    inventory.receive(A, L1, 10, ACTOR);
    reserve("R1", A, L1, 7);
    assertThatThrownBy(() -> inventory.adjust(A, L1, -4, ACTOR, "shrink"))
        .isInstanceOf(InsufficientStockException.class)
        .satisfies(e -> assertThat(((InsufficientStockException) e).shortages()).hasSize(1));
    inventory.adjust(A, L1, -3, ACTOR, "shrink");
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 7, 7, 0, 0, 0, 0, 0));
  }

  @Test
  void transferLeavesTheSourceAtOnceAndArrivesOnReceipt() {
    inventory.receive(A, L1, 10, ACTOR);
    List<Movement> moved = inventory.transfer(A, L1, L2, 4, ACTOR, "TO-1");
    assertThat(moved).extracting(Movement::type)
        .containsExactly(MovementType.TRANSFER_OUT, MovementType.TRANSFER_IN_TRANSIT);
    assertThat(moved).allSatisfy(m -> assertThat(m.reference()).contains("TO-1"));
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 6, 0, 0, 0, 0, 0, 0));
    assertThat(inventory.stock(A, L2)).isEqualTo(level(A, L2, 0, 0, 0, 0, 0, 0, 4));
    assertThat(inventory.availableToPromise(A, L2)).isZero();

    Movement in = inventory.receiveTransfer(A, L2, 3, ACTOR, "TO-1");
    assertThat(in.type()).isEqualTo(MovementType.TRANSFER_RECEIVE);
    assertThat(inventory.stock(A, L2)).isEqualTo(level(A, L2, 3, 0, 0, 0, 0, 0, 1));
    assertThat(inventory.availableToPromise(A, L2)).isEqualTo(3);

    assertThatThrownBy(() -> inventory.receiveTransfer(A, L2, 2, ACTOR, "TO-1"))
        .isInstanceOf(InsufficientStockException.class);
    assertThat(inventory.stock(A, L2)).isEqualTo(level(A, L2, 3, 0, 0, 0, 0, 0, 1));
  }

  @Test
  void transferCannotSendReservedUnits() {
    inventory.receive(A, L1, 5, ACTOR);
    reserve("R1", A, L1, 3);
    assertThatThrownBy(() -> inventory.transfer(A, L1, L2, 3, ACTOR, "REF-1"))
        .isInstanceOf(InsufficientStockException.class);
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 5, 3, 0, 0, 0, 0, 0));
    assertThat(inventory.stock(A, L2)).isEqualTo(level(A, L2, 0, 0, 0, 0, 0, 0, 0));
    assertThat(inventory.ledger(A, L2)).isEmpty();
  }

  @Test
  void countWithPositiveVariance() {
    inventory.receive(A, L1, 10, ACTOR);
    Actor counter = Actor.user("counter-1");
    clock.advance(Duration.ofHours(1));
    Movement m = inventory.count(A, L1, 13, counter);
    assertThat(m.type()).isEqualTo(MovementType.COUNT);
    assertThat(m.quantity()).isEqualTo(3);
    assertThat(m.counted()).isEqualTo(OptionalInt.of(13));
    assertThat(m.actor()).isEqualTo(counter);
    assertThat(m.at()).isEqualTo(Fixtures.T0.plus(Duration.ofHours(1)));
    assertThat(m.reason()).contains("cycle count");
    assertThat(inventory.ledger(A, L1)).endsWith(m);
    assertThat(inventory.stock(A, L1).onHand()).isEqualTo(13);
  }

  @Test
  void countWithNegativeVariance() {
    inventory.receive(A, L1, 10, ACTOR);
    Movement m = inventory.count(A, L1, 6, Actor.user("counter-2"));
    assertThat(m.quantity()).isEqualTo(-4);
    assertThat(m.delta()).isEqualTo(new StockDelta(-4, 0, 0, 0, 0));
    assertThat(m.counted()).isEqualTo(OptionalInt.of(6));
    assertThat(m.actor()).isEqualTo(Actor.user("counter-2"));
    assertThat(inventory.stock(A, L1).onHand()).isEqualTo(6);
  }

  @Test
  void countWithZeroVarianceIsStillRecorded() {
    inventory.receive(A, L1, 10, ACTOR);
    Movement m = inventory.count(A, L1, 10, Actor.user("counter-3"));
    assertThat(m.quantity()).isZero();
    assertThat(m.delta()).isEqualTo(StockDelta.NONE);
    assertThat(m.counted()).isEqualTo(OptionalInt.of(10));
    assertThat(inventory.ledger(A, L1)).hasSize(2).endsWith(m);
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 10, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void countIsNeverRefusedEvenBelowWhatIsReserved() {
    inventory.receive(A, L1, 10, ACTOR);
    reserve("R1", A, L1, 8);
    Movement m = inventory.count(A, L1, 5, ACTOR);
    assertThat(m.quantity()).isEqualTo(-5);
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 5, 8, 0, 0, 0, 0, 0));
    assertThat(inventory.stock(A, L1).overCommitted()).isEqualTo(3);
    assertThat(inventory.availableToPromise(A, L1)).isZero();
  }

  @Test
  void pickThenShipAndUnpick() {
    inventory.receive(A, L1, 10, ACTOR);
    ReservationId id = reserve("R1", A, L1, 5);
    Reservation r = inventory.pick(id, A, L1, 5, ACTOR);
    assertThat(r.status()).isEqualTo(ReservationStatus.COMMITTED);
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 10, 0, 5, 0, 0, 0, 0));
    assertThat(last(A, L1).type()).isEqualTo(MovementType.PICK);
    assertThat(last(A, L1).reference()).contains("R1");

    inventory.unpick(A, L1, 1, ACTOR, "wrong bin");
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 10, 0, 4, 0, 0, 0, 0));
    assertThat(inventory.availableToPromise(A, L1)).isEqualTo(6);

    Movement s = inventory.ship(A, L1, 4, ACTOR, "SHIP-1");
    assertThat(s.delta()).isEqualTo(new StockDelta(-4, -4, 0, 0, 0));
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 6, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void shipOnlyWhatIsPicked() {
    inventory.receive(A, L1, 10, ACTOR);
    assertThatThrownBy(() -> inventory.ship(A, L1, 1, ACTOR, "REF-1")).isInstanceOf(InsufficientStockException.class);
    assertThatThrownBy(() -> inventory.unpick(A, L1, 1, ACTOR, "nothing picked"))
        .isInstanceOf(InsufficientStockException.class);
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 10, 0, 0, 0, 0, 0, 0));
    assertThat(inventory.ledger(A, L1)).hasSize(1);
  }

  @Test
  void availableToPromiseSubtractsEveryStateAndSafetyStock() {
    inventory.receive(A, L1, 20, ACTOR);
    reserve("R1", A, L1, 5);
    inventory.pick(ReservationId.of("R1"), A, L1, 2, ACTOR);
    inventory.damage(A, L1, 1, ACTOR, "dented");
    inventory.qualityHold(A, L1, 4, ACTOR, "inspection");
    inventory.setSafetyStock(A, L1, 5);

    StockLevel s = inventory.stock(A, L1);
    assertThat(s).isEqualTo(level(A, L1, 20, 3, 2, 1, 4, 5, 0));
    assertThat(s.availableToPromise()).isEqualTo(20 - 3 - 2 - 1 - 4 - 5);
    assertThat(inventory.availableToPromise(A, L1)).isEqualTo(5);
  }

  @Test
  void availableToPromiseIsNeverNegative() {
    inventory.receive(A, L1, 3, ACTOR);
    inventory.setSafetyStock(A, L1, 10);
    assertThat(inventory.availableToPromise(A, L1)).isZero();
    assertThat(level(A, L1, 0, 5, 5, 5, 5, 5, 0).availableToPromise()).isZero();
  }

  @Test
  void safetyStockIsHeldBackFromReservations() {
    inventory.receive(A, L1, 10, ACTOR);
    inventory.setSafetyStock(A, L1, 4);
    ReservationResult r = inventory.reserve(ReservationRequest.builder().id(ReservationId.of("R1")).reference("O")
        .addLine(ReservationLine.of(A, L1, 7)).build());
    assertThat(r.reservation()).isEmpty();
    assertThat(r.shortages()).containsExactly(new Shortage(A, L1, 7, 6));
    reserve("R2", A, L1, 6);
    assertThat(inventory.availableToPromise(A, L1)).isZero();
  }

  @Test
  void networkAvailableToPromiseCountsActiveLocationsOnly() {
    inventory.receive(A, L1, 5, ACTOR);
    inventory.receive(A, L2, 7, ACTOR);
    inventory.receive(A, OFF, 100, ACTOR);
    inventory.setSafetyStock(A, L2, 2);
    reserve("R1", A, L1, 1);
    assertThat(inventory.availableToPromise(A)).isEqualTo(4 + 5);
    assertThat(inventory.availableToPromise(A, OFF)).isEqualTo(100);
    assertThat(inventory.stock(A)).extracting(StockLevel::locationId).containsExactly(L1, L2, OFF);
    assertThat(inventory.availableToPromise(B)).isZero();
    assertThat(inventory.stock(A, L3)).isEqualTo(StockLevel.empty(A, L3));

    inventory.putLocation(InventoryFixtures.location(L2, false));
    assertThat(inventory.availableToPromise(A)).isEqualTo(4);
    assertThat(inventory.location(L2).map(Location::active)).isEqualTo(Optional.of(false));
  }

  @Test
  void everyMovementTypeMovesTheLedgerAndTheCountersAlike() {
    inventory.receive(A, L1, 30, ACTOR, "PO");
    inventory.receiveForPutAway(A, L1, 5, ACTOR, "PO");
    inventory.putAway(A, L1, 5, ACTOR);
    inventory.qualityHold(A, L1, 2, ACTOR, "r");
    inventory.qualityRelease(A, L1, 1, ACTOR);
    inventory.damage(A, L1, 3, ACTOR, "r");
    inventory.dispose(A, L1, 1, ACTOR, "r");
    inventory.returnToStock(A, L1, 2, ACTOR, "RMA");
    inventory.adjust(A, L1, -1, ACTOR, "r");
    inventory.transfer(A, L1, L2, 4, ACTOR, "T");
    inventory.receiveTransfer(A, L2, 4, ACTOR, "T");
    ReservationId id = reserve("R1", A, L1, 6);
    inventory.pick(id, A, L1, 2, ACTOR);
    inventory.ship(A, L1, 2, ACTOR, "S");
    inventory.commit(id, ACTOR, "S2");
    inventory.count(A, L1, 20, ACTOR);

    for (LocationId loc : List.of(L1, L2)) {
      StockDelta sum = inventory.ledger(A, loc).stream().map(Movement::delta).reduce(StockDelta.NONE,
          StockDelta::plus);
      StockLevel s = inventory.stock(A, loc);
      assertThat(new StockDelta(s.onHand(), s.picked(), s.damaged(), s.qualityControl(), s.inTransit()))
          .isEqualTo(sum);
    }
    assertThat(inventory.stock(A, L1)).isEqualTo(level(A, L1, 20, 0, 0, 2, 1, 0, 0));
    assertThat(inventory.stock(A, L2)).isEqualTo(level(A, L2, 4, 0, 0, 0, 0, 0, 0));
    assertThat(inventory.reconcile(false).consistent()).isTrue();
  }
}
