package org.oms4j.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.oms4j.core.Fixtures.ACTOR;
import static org.oms4j.core.inventory.InventoryFixtures.A;
import static org.oms4j.core.inventory.InventoryFixtures.B;
import static org.oms4j.core.inventory.InventoryFixtures.L1;
import static org.oms4j.core.inventory.InventoryFixtures.L2;
import static org.oms4j.core.inventory.InventoryFixtures.L3;
import static org.oms4j.core.inventory.InventoryFixtures.NEVER;
import static org.oms4j.core.inventory.InventoryFixtures.NOWHERE;
import static org.oms4j.core.inventory.InventoryFixtures.OFF;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OmsException;
import org.oms4j.core.common.CustomerTier;
import org.oms4j.core.inventory.InventoryFixtures.MutableClock;
import org.oms4j.core.inventory.InventoryFixtures.Snapshot;

/**
 * Refused calls: each throws its typed exception (an {@link InvalidInputException} names the field) and leaves every
 * stock level, ledger, location and reservation as it was.
 */
class InventoryBadInputTest {
  static final ReservationId ACTIVE = ReservationId.of("R-ACTIVE");
  static final ReservationId RELEASED = ReservationId.of("R-RELEASED");
  static final ReservationId COMMITTED = ReservationId.of("R-COMMITTED");
  static final ReservationId EXPIRING = ReservationId.of("R-EXPIRING");
  static final ReservationId UNKNOWN = ReservationId.of("R-UNKNOWN");

  final MutableClock clock = new MutableClock();
  final Inventory inventory = InventoryFixtures.withLocations(InventoryFixtures.builder(clock).build());

  /** A refused call, what it throws, and (for invalid input) the field it names. */
  record Case(String name, Consumer<Inventory> call, Class<? extends OmsException> thrown, String field) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case invalid(String name, String field, Consumer<Inventory> call) {
    return new Case(name, call, InvalidInputException.class, field);
  }

  static Case illegal(String name, Consumer<Inventory> call) {
    return new Case(name, call, IllegalTransitionException.class, null);
  }

  static Case insufficient(String name, Consumer<Inventory> call) {
    return new Case(name, call, InsufficientStockException.class, null);
  }

  static ReservationLine line(org.oms4j.core.common.Sku sku, org.oms4j.core.common.LocationId loc, int q) {
    return ReservationLine.of(sku, loc, q);
  }

  static ReservationRequest.Builder request(String id, ReservationLine... lines) {
    return ReservationRequest.builder().id(ReservationId.of(id)).reference("O-" + id).addAllLines(List.of(lines));
  }

  @BeforeEach
  void stock() {
    inventory.receive(A, L1, 10, ACTOR, "PO-1");
    inventory.receive(A, L2, 5, ACTOR, "PO-1");
    inventory.receive(B, L1, 3, ACTOR, "PO-1");
    inventory.receive(A, OFF, 7, ACTOR, "PO-1");
    inventory.damage(A, L2, 1, ACTOR, "dented");
    inventory.receiveForPutAway(B, L1, 2, ACTOR, "PO-2");
    inventory.reserve(request(ACTIVE.value(), line(A, L1, 3), line(B, L1, 1)).build());
    inventory.reserve(request(RELEASED.value(), line(A, L1, 1)).build());
    inventory.release(RELEASED);
    inventory.reserve(request(COMMITTED.value(), line(A, L2, 1)).build());
    inventory.commit(COMMITTED, ACTOR);
    inventory.reserve(request(EXPIRING.value(), line(A, L2, 1)).ttl(Duration.ofMinutes(5)).build());
    clock.advance(Duration.ofMinutes(5));
  }

  Snapshot snapshot() {
    return Snapshot.of(inventory, List.of(A, B, NEVER), List.of(L1, L2, L3, OFF, NOWHERE),
        List.of(ACTIVE, RELEASED, COMMITTED, EXPIRING, UNKNOWN));
  }

  static Stream<Case> cases() {
    return Stream.of(
        // non-positive quantities
        invalid("receive 0", "quantity", inv -> inv.receive(A, L1, 0, ACTOR)),
        invalid("receive -1", "quantity", inv -> inv.receive(A, L1, -1, ACTOR)),
        invalid("receiveForPutAway 0", "quantity", inv -> inv.receiveForPutAway(A, L1, 0, ACTOR)),
        invalid("putAway -2", "quantity", inv -> inv.putAway(B, L1, -2, ACTOR)),
        invalid("qualityHold 0", "quantity", inv -> inv.qualityHold(A, L1, 0, ACTOR, "check")),
        invalid("qualityRelease -1", "quantity", inv -> inv.qualityRelease(B, L1, -1, ACTOR)),
        invalid("damage 0", "quantity", inv -> inv.damage(A, L1, 0, ACTOR, "dented")),
        invalid("dispose -1", "quantity", inv -> inv.dispose(A, L2, -1, ACTOR, "scrap")),
        invalid("returnToStock 0", "quantity", inv -> inv.returnToStock(A, L1, 0, ACTOR, "RMA")),
        invalid("ship 0", "quantity", inv -> inv.ship(A, L1, 0, ACTOR, "REF-1")),
        invalid("unpick -3", "quantity", inv -> inv.unpick(A, L1, -3, ACTOR, "back")),
        invalid("transfer 0", "quantity", inv -> inv.transfer(A, L1, L2, 0, ACTOR, "REF-1")),
        invalid("transfer -5", "quantity", inv -> inv.transfer(A, L1, L2, -5, ACTOR, "REF-1")),
        invalid("receiveTransfer 0", "quantity", inv -> inv.receiveTransfer(A, L2, 0, ACTOR, "REF-1")),
        invalid("pick 0", "quantity", inv -> inv.pick(ACTIVE, A, L1, 0, ACTOR)),
        invalid("move 0", "quantity", inv -> inv.move(ACTIVE, A, L1, L2, 0)),
        invalid("move -1", "quantity", inv -> inv.move(ACTIVE, A, L1, L2, -1)),
        invalid("reserve line of 0", "quantity", inv -> inv.reserve(request("R-NEW", line(A, L1, 0)).build())),
        invalid("reserve line of -1", "quantity", inv -> inv.reserve(request("R-NEW", line(A, L1, -1)).build())),
        invalid("release line of 0", "quantity", inv -> inv.release(ACTIVE, List.of(line(A, L1, 0)))),
        // adjust, count
        invalid("adjust 0", "delta", inv -> inv.adjust(A, L1, 0, ACTOR, "nothing")),
        invalid("adjust blank reason", "reason", inv -> inv.adjust(A, L1, 1, ACTOR, "  ")),
        invalid("adjust empty reason", "reason", inv -> inv.adjust(A, L1, -1, ACTOR, "")),
        invalid("adjust null reason", "reason", inv -> inv.adjust(A, L1, 1, ACTOR, null)),
        invalid("damage blank reason", "reason", inv -> inv.damage(A, L1, 1, ACTOR, " ")),
        invalid("damage null reason", "reason", inv -> inv.damage(A, L1, 1, ACTOR, null)),
        invalid("dispose blank reason", "reason", inv -> inv.dispose(A, L2, 1, ACTOR, "\t")),
        invalid("qualityHold blank reason", "reason", inv -> inv.qualityHold(A, L1, 1, ACTOR, "")),
        invalid("unpick blank reason", "reason", inv -> inv.unpick(A, L1, 1, ACTOR, " ")),
        invalid("count -1", "counted", inv -> inv.count(A, L1, -1, ACTOR)),
        invalid("count without actor", "actor", inv -> inv.count(A, L1, 3, null)),
        invalid("receive without actor", "actor", inv -> inv.receive(A, L1, 1, null)),
        invalid("receive blank reference", "reference", inv -> inv.receive(A, L1, 1, ACTOR, " ")),
        invalid("receive without SKU", "sku", inv -> inv.receive(null, L1, 1, ACTOR)),
        // locations
        invalid("transfer to the same location", "to", inv -> inv.transfer(A, L1, L1, 1, ACTOR, "REF-1")),
        invalid("receive at an unknown location", "locationId", inv -> inv.receive(A, NOWHERE, 1, ACTOR)),
        invalid("count at an unknown location", "locationId", inv -> inv.count(A, NOWHERE, 1, ACTOR)),
        invalid("transfer from an unknown location", "locationId",
            inv -> inv.transfer(A, NOWHERE, L1, 1, ACTOR, "REF-1")),
        invalid("transfer to an unknown location", "locationId",
            inv -> inv.transfer(A, L1, NOWHERE, 1, ACTOR, "REF-1")),
        invalid("stock at an unknown location", "locationId", inv -> inv.stock(A, NOWHERE)),
        invalid("ledger at an unknown location", "locationId", inv -> inv.ledger(A, NOWHERE)),
        invalid("safety stock at an unknown location", "locationId", inv -> inv.setSafetyStock(A, NOWHERE, 1)),
        invalid("negative safety stock", "units", inv -> inv.setSafetyStock(A, L1, -1)),
        // reserve
        invalid("reserve a never-stocked SKU", "lines[0].sku",
            inv -> inv.reserve(request("R-NEW", line(NEVER, L1, 1)).build())),
        invalid("reserve a never-stocked SKU on the second line", "lines[1].sku",
            inv -> inv.reserve(request("R-NEW", line(A, L1, 1), line(NEVER, L2, 1)).build())),
        invalid("reserve at an unknown location", "lines[0].locationId",
            inv -> inv.reserve(request("R-NEW", line(A, NOWHERE, 1)).build())),
        invalid("reserve at an inactive location", "lines[1].locationId",
            inv -> inv.reserve(request("R-NEW", line(A, L1, 1), line(A, OFF, 1)).build())),
        invalid("reserve at an inactive location, partial", "lines[0].locationId",
            inv -> inv.reserve(request("R-NEW", line(A, OFF, 1)).policy(ReservationPolicy.PARTIAL).build())),
        invalid("reserve with duplicate lines", "lines[1]",
            inv -> inv.reserve(request("R-NEW", line(A, L1, 1), line(A, L1, 2)).build())),
        invalid("reserve without lines", "lines", inv -> inv.reserve(request("R-NEW").build())),
        invalid("reserve with blank reference", "reference", inv -> inv.reserve(ReservationRequest.builder()
            .id(ReservationId.of("R-NEW")).reference(" ").addLine(line(A, L1, 1)).build())),
        invalid("reserve with zero TTL", "ttl",
            inv -> inv.reserve(request("R-NEW", line(A, L1, 1)).ttl(Duration.ZERO).build())),
        invalid("reserve with negative TTL", "ttl",
            inv -> inv.reserve(request("R-NEW", line(A, L1, 1)).ttl(Duration.ofSeconds(-1)).build())),
        invalid("blank reservation id", "reservationId", inv -> ReservationId.of(" ")),
        invalid("default TTL zero", "ttl", inv -> Inventory.builder().defaultReservationTtl(Duration.ZERO)),
        invalid("default TTL negative", "ttl",
            inv -> Inventory.builder().defaultReservationTtl(Duration.ofMinutes(-1))),
        invalid("default TTL null", "ttl", inv -> Inventory.builder().defaultReservationTtl(null)),
        invalid("tier TTL zero", "ttl",
            inv -> Inventory.builder().reservationTtl(CustomerTier.VIP, Duration.ZERO)),
        invalid("tier TTL negative", "ttl",
            inv -> Inventory.builder().reservationTtl(CustomerTier.VIP, Duration.ofHours(-2))),
        // release
        invalid("release more than reserved", "quantity", inv -> inv.release(ACTIVE, List.of(line(A, L1, 4)))),
        invalid("release more than reserved on the second line", "quantity",
            inv -> inv.release(ACTIVE, List.of(line(A, L1, 1), line(B, L1, 2)))),
        invalid("release the same units twice in one call", "quantity",
            inv -> inv.release(ACTIVE, List.of(line(A, L1, 2), line(A, L1, 2)))),
        invalid("release units it does not hold", "quantity", inv -> inv.release(ACTIVE, List.of(line(A, L2, 1)))),
        invalid("release nothing", "units", inv -> inv.release(ACTIVE, List.of())),
        invalid("release null units", "units", inv -> inv.release(ACTIVE, null)),
        invalid("release an unknown reservation", "reservationId", inv -> inv.release(UNKNOWN)),
        invalid("release part of an unknown reservation", "reservationId",
            inv -> inv.release(UNKNOWN, List.of(line(A, L1, 1)))),
        invalid("release null id", "reservationId", inv -> inv.release(null)),
        illegal("release a released reservation", inv -> inv.release(RELEASED)),
        illegal("release part of a released reservation", inv -> inv.release(RELEASED, List.of(line(A, L1, 1)))),
        illegal("release a committed reservation", inv -> inv.release(COMMITTED)),
        // commit, pick, move
        invalid("commit an unknown reservation", "reservationId", inv -> inv.commit(UNKNOWN, ACTOR)),
        invalid("commit without actor", "actor", inv -> inv.commit(ACTIVE, null)),
        illegal("commit a released reservation", inv -> inv.commit(RELEASED, ACTOR)),
        illegal("commit a committed reservation", inv -> inv.commit(COMMITTED, ACTOR)),
        illegal("commit an expired reservation", inv -> inv.commit(EXPIRING, ACTOR)),
        invalid("pick more than reserved", "quantity", inv -> inv.pick(ACTIVE, A, L1, 4, ACTOR)),
        invalid("pick what it does not hold", "quantity", inv -> inv.pick(ACTIVE, A, L2, 1, ACTOR)),
        invalid("pick from an unknown reservation", "reservationId", inv -> inv.pick(UNKNOWN, A, L1, 1, ACTOR)),
        invalid("pick at an unknown location", "locationId", inv -> inv.pick(ACTIVE, A, NOWHERE, 1, ACTOR)),
        illegal("pick from a released reservation", inv -> inv.pick(RELEASED, A, L1, 1, ACTOR)),
        illegal("pick from a committed reservation", inv -> inv.pick(COMMITTED, A, L2, 1, ACTOR)),
        invalid("move more than reserved", "quantity", inv -> inv.move(ACTIVE, A, L1, L2, 4)),
        invalid("move to an unknown location", "to", inv -> inv.move(ACTIVE, A, L1, NOWHERE, 1)),
        invalid("move to an inactive location", "to", inv -> inv.move(ACTIVE, A, L1, OFF, 1)),
        invalid("move from an unknown location", "from", inv -> inv.move(ACTIVE, A, NOWHERE, L2, 1)),
        invalid("move an unknown reservation", "reservationId", inv -> inv.move(UNKNOWN, A, L1, L2, 1)),
        illegal("move a released reservation", inv -> inv.move(RELEASED, A, L1, L2, 1)),
        insufficient("move where the target lacks stock", inv -> inv.move(ACTIVE, B, L1, L2, 1)),
        // stock that is not there
        insufficient("adjust below zero", inv -> inv.adjust(A, L1, -11, ACTOR, "shrink")),
        insufficient("adjust below reserved", inv -> inv.adjust(A, L1, -8, ACTOR, "shrink")),
        insufficient("ship more than picked", inv -> inv.ship(A, L1, 1, ACTOR, "REF-1")),
        insufficient("unpick more than picked", inv -> inv.unpick(A, L1, 1, ACTOR, "back")),
        insufficient("dispose more than damaged", inv -> inv.dispose(A, L2, 2, ACTOR, "scrap")),
        insufficient("damage reserved units", inv -> inv.damage(A, L1, 8, ACTOR, "dented")),
        insufficient("quality hold reserved units", inv -> inv.qualityHold(B, L1, 3, ACTOR, "check")),
        insufficient("put away more than waits", inv -> inv.putAway(B, L1, 3, ACTOR)),
        insufficient("quality release more than held", inv -> inv.qualityRelease(B, L1, 3, ACTOR)),
        insufficient("transfer reserved units", inv -> inv.transfer(A, L1, L2, 8, ACTOR, "REF-1")),
        insufficient("receive a transfer that was never sent", inv -> inv.receiveTransfer(A, L3, 1, ACTOR, "REF-1")),
        insufficient("ship a never-stocked SKU", inv -> inv.ship(NEVER, L1, 1, ACTOR, "REF-1")),
        insufficient("adjust a never-stocked SKU down", inv -> inv.adjust(NEVER, L1, -1, ACTOR, "shrink")),
        insufficient("damage a never-stocked SKU", inv -> inv.damage(NEVER, L1, 1, ACTOR, "dented")),
        insufficient("transfer a never-stocked SKU", inv -> inv.transfer(NEVER, L1, L3, 1, ACTOR, "REF-1")),
        insufficient("transfer from a location without the SKU", inv -> inv.transfer(B, L2, L3, 1, ACTOR, "REF-1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedWithATypedExceptionAndNothingChanges(Case c) {
    Snapshot before = snapshot();

    Throwable thrown = catchThrowable(() -> c.call().accept(inventory));

    assertThat(thrown).isExactlyInstanceOf(c.thrown());
    if (c.field() != null) {
      assertThat(((InvalidInputException) thrown).field()).isEqualTo(c.field());
    }
    assertThat(before.changesTo(snapshot())).isEmpty();
    assertThat(inventory.reconcile(false).consistent()).isTrue();
  }
}
