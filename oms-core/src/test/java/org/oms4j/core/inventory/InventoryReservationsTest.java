package org.oms4j.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.core.Fixtures.ACTOR;
import static org.oms4j.core.Fixtures.T0;
import static org.oms4j.core.inventory.InventoryFixtures.A;
import static org.oms4j.core.inventory.InventoryFixtures.B;
import static org.oms4j.core.inventory.InventoryFixtures.C;
import static org.oms4j.core.inventory.InventoryFixtures.L1;
import static org.oms4j.core.inventory.InventoryFixtures.L2;
import static org.oms4j.core.inventory.InventoryFixtures.L3;
import static org.oms4j.core.inventory.InventoryFixtures.OFF;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oms4j.core.IdempotencyConflictException;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.CustomerTier;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.InventoryFixtures.MutableClock;
import org.oms4j.core.inventory.InventoryFixtures.Snapshot;

/** Reservations: policies, release, commit, pick, move, time-to-live, idempotent retries, purging. */
class InventoryReservationsTest {
  final MutableClock clock = new MutableClock();
  Inventory inventory = InventoryFixtures.withLocations(InventoryFixtures.builder(clock).build());

  @BeforeEach
  void stock() {
    stock(inventory);
  }

  static void stock(Inventory inventory) {
    inventory.receive(A, L1, 10, ACTOR);
    inventory.receive(A, L2, 4, ACTOR);
    inventory.receive(B, L2, 3, ACTOR);
    inventory.receive(C, L3, 6, ACTOR);
  }

  static ReservationLine line(Sku sku, LocationId loc, int quantity) {
    return ReservationLine.of(sku, loc, quantity);
  }

  static ReservationRequest.Builder request(String id, ReservationLine... lines) {
    return ReservationRequest.builder().id(ReservationId.of(id)).reference("order-" + id).addAllLines(List.of(lines));
  }

  int reserved(Sku sku, LocationId loc) {
    return inventory.stock(sku, loc).reserved();
  }

  Snapshot snapshot(String... ids) {
    return Snapshot.of(inventory, List.of(A, B, C), List.of(L1, L2, L3, OFF),
        java.util.Arrays.stream(ids).map(ReservationId::of).toList());
  }

  // ---------------------------------------------------------------- policies

  @Test
  void allOrNothingReservesEveryLineAcrossLocations() {
    ReservationResult r = inventory.reserve(request("R1", line(A, L1, 4), line(B, L2, 3), line(C, L3, 1)).build());

    assertThat(r.complete()).isTrue();
    assertThat(r.shortages()).isEmpty();
    Reservation res = r.reservation().orElseThrow();
    assertThat(res.id()).isEqualTo(ReservationId.of("R1"));
    assertThat(res.reference()).isEqualTo("order-R1");
    assertThat(res.status()).isEqualTo(ReservationStatus.ACTIVE);
    assertThat(res.lines()).containsExactly(line(A, L1, 4), line(B, L2, 3), line(C, L3, 1));
    assertThat(res.requested()).isEqualTo(res.lines());
    assertThat(res.createdAt()).isEqualTo(T0);
    assertThat(res.expiresAt()).isEmpty();
    assertThat(reserved(A, L1)).isEqualTo(4);
    assertThat(reserved(B, L2)).isEqualTo(3);
    assertThat(reserved(C, L3)).isEqualTo(1);
    assertThat(inventory.reservation(res.id())).contains(res);
    assertThat(inventory.store().activeReservations()).containsExactly(res);
  }

  @Test
  void allOrNothingReservesNothingOnAnyShortage() {
    Snapshot before = snapshot("R1");
    ReservationResult r = inventory.reserve(request("R1", line(A, L1, 4), line(B, L2, 5), line(C, L3, 1)).build());

    assertThat(r.reservation()).isEmpty();
    assertThat(r.complete()).isFalse();
    assertThat(r.shortages()).containsExactly(new Shortage(B, L2, 5, 3));
    assertThat(r.shortages().get(0).missing()).isEqualTo(2);
    assertThat(before.changesTo(snapshot("R1"))).isEmpty();
  }

  @Test
  void allOrNothingOnALocationWithoutTheSkuReservesNothing() {
    Snapshot before = snapshot("R1");
    ReservationResult r = inventory.reserve(request("R1", line(A, L1, 1), line(A, L3, 1)).build());
    assertThat(r.reservation()).isEmpty();
    assertThat(r.shortages()).containsExactly(new Shortage(A, L3, 1, 0));
    assertThat(before.changesTo(snapshot("R1"))).isEmpty();
  }

  @Test
  void singleLineShortageReservesNothing() {
    ReservationResult r = inventory.reserve(request("R1", line(A, L2, 5)).build());
    assertThat(r.reservation()).isEmpty();
    assertThat(r.shortages()).containsExactly(new Shortage(A, L2, 5, 4));
    assertThat(reserved(A, L2)).isZero();
  }

  @Test
  void aRefusedIdCanBeUsedAgain() {
    inventory.reserve(request("R1", line(A, L2, 5)).build());
    inventory.receive(A, L2, 1, ACTOR);
    assertThat(inventory.reserve(request("R1", line(A, L2, 5)).build()).complete()).isTrue();
    assertThat(reserved(A, L2)).isEqualTo(5);
  }

  @Test
  void partialReservesWhatIsThereAndReportsTheRest() {
    ReservationResult r = inventory.reserve(request("R1", line(A, L1, 4), line(B, L2, 5), line(C, L1, 2))
        .policy(ReservationPolicy.PARTIAL).build());

    Reservation res = r.reservation().orElseThrow();
    assertThat(r.complete()).isFalse();
    assertThat(res.lines()).containsExactly(line(A, L1, 4), line(B, L2, 3));
    assertThat(res.requested()).containsExactly(line(A, L1, 4), line(B, L2, 5), line(C, L1, 2));
    assertThat(r.shortages()).containsExactly(new Shortage(B, L2, 5, 3), new Shortage(C, L1, 2, 0));
    assertThat(reserved(A, L1)).isEqualTo(4);
    assertThat(reserved(B, L2)).isEqualTo(3);
    assertThat(inventory.availableToPromise(B, L2)).isZero();
  }

  @Test
  void partialSingleLine() {
    ReservationResult r = inventory.reserve(request("R1", line(A, L2, 6)).policy(ReservationPolicy.PARTIAL).build());
    assertThat(r.reservation().orElseThrow().lines()).containsExactly(line(A, L2, 4));
    assertThat(r.shortages()).containsExactly(new Shortage(A, L2, 6, 4));
    assertThat(reserved(A, L2)).isEqualTo(4);
  }

  @Test
  void partialWithNothingAvailableReservesNothing() {
    inventory.reserve(request("R0", line(B, L2, 3)).build());
    Snapshot before = snapshot("R0", "R1");
    ReservationResult r = inventory.reserve(request("R1", line(B, L2, 1), line(C, L1, 1))
        .policy(ReservationPolicy.PARTIAL).build());
    assertThat(r.reservation()).isEmpty();
    assertThat(r.shortages()).containsExactly(new Shortage(B, L2, 1, 0), new Shortage(C, L1, 1, 0));
    assertThat(before.changesTo(snapshot("R0", "R1"))).isEmpty();
    ReservationResult single = inventory.reserve(request("R1", line(B, L2, 1)).policy(ReservationPolicy.PARTIAL)
        .build());
    assertThat(single.reservation()).isEmpty();
  }

  // ---------------------------------------------------------------- release, commit, pick, move

  @Test
  void releaseWholeReservation() {
    inventory.reserve(request("R1", line(A, L1, 4), line(B, L2, 3)).build());
    Reservation r = inventory.release(ReservationId.of("R1"));
    assertThat(r.status()).isEqualTo(ReservationStatus.RELEASED);
    assertThat(r.lines()).isEmpty();
    assertThat(r.requested()).hasSize(2);
    assertThat(reserved(A, L1)).isZero();
    assertThat(reserved(B, L2)).isZero();
    assertThat(inventory.reservation(ReservationId.of("R1"))).contains(r);
    assertThat(inventory.store().activeReservations()).isEmpty();
    assertThat(inventory.ledger(A, L1)).hasSize(1);
  }

  @Test
  void releasePartOfAReservation() {
    inventory.reserve(request("R1", line(A, L1, 4), line(B, L2, 3)).build());
    Reservation r = inventory.release(ReservationId.of("R1"), List.of(line(A, L1, 1), line(B, L2, 3)));
    assertThat(r.status()).isEqualTo(ReservationStatus.ACTIVE);
    assertThat(r.lines()).containsExactly(line(A, L1, 3));
    assertThat(reserved(A, L1)).isEqualTo(3);
    assertThat(reserved(B, L2)).isZero();

    r = inventory.release(ReservationId.of("R1"), List.of(line(A, L1, 3)));
    assertThat(r.status()).isEqualTo(ReservationStatus.RELEASED);
    assertThat(r.lines()).isEmpty();
    assertThat(reserved(A, L1)).isZero();
  }

  @Test
  void commitTakesTheUnitsOffHand() {
    clock.advance(Duration.ofMinutes(3));
    inventory.reserve(request("R1", line(A, L1, 4), line(B, L2, 2)).build());
    Reservation r = inventory.commit(ReservationId.of("R1"), ACTOR, "SHIP-9");

    assertThat(r.status()).isEqualTo(ReservationStatus.COMMITTED);
    assertThat(r.lines()).isEmpty();
    assertThat(inventory.stock(A, L1)).isEqualTo(new StockLevel(A, L1, 6, 0, 0, 0, 0, 0, 0));
    assertThat(inventory.stock(B, L2)).isEqualTo(new StockLevel(B, L2, 1, 0, 0, 0, 0, 0, 0));
    Movement m = inventory.ledger(A, L1).get(1);
    assertThat(m.type()).isEqualTo(MovementType.COMMIT);
    assertThat(m.quantity()).isEqualTo(4);
    assertThat(m.reference()).contains("SHIP-9");
    assertThat(m.actor()).isEqualTo(ACTOR);
    assertThat(m.at()).isEqualTo(T0.plus(Duration.ofMinutes(3)));
  }

  @Test
  void commitWithoutReferenceUsesTheReservationId() {
    inventory.reserve(request("R1", line(A, L1, 4)).build());
    inventory.commit(ReservationId.of("R1"), ACTOR);
    assertThat(inventory.ledger(A, L1).get(1).reference()).contains("R1");
  }

  @Test
  void commitWhatIsLeftAfterAPick() {
    inventory.reserve(request("R1", line(A, L1, 4)).build());
    inventory.pick(ReservationId.of("R1"), A, L1, 1, ACTOR);
    Reservation r = inventory.commit(ReservationId.of("R1"), ACTOR);
    assertThat(r.status()).isEqualTo(ReservationStatus.COMMITTED);
    assertThat(inventory.stock(A, L1)).isEqualTo(new StockLevel(A, L1, 7, 0, 1, 0, 0, 0, 0));
  }

  @Test
  void pickThenShip() {
    inventory.reserve(request("R1", line(A, L1, 4), line(B, L2, 2)).build());
    Reservation r = inventory.pick(ReservationId.of("R1"), A, L1, 3, ACTOR);
    assertThat(r.status()).isEqualTo(ReservationStatus.ACTIVE);
    assertThat(r.lines()).containsExactly(line(A, L1, 1), line(B, L2, 2));
    assertThat(inventory.stock(A, L1)).isEqualTo(new StockLevel(A, L1, 10, 1, 3, 0, 0, 0, 0));

    inventory.pick(ReservationId.of("R1"), A, L1, 1, ACTOR);
    r = inventory.pick(ReservationId.of("R1"), B, L2, 2, ACTOR);
    assertThat(r.status()).isEqualTo(ReservationStatus.COMMITTED);
    assertThat(r.lines()).isEmpty();

    inventory.ship(A, L1, 4, ACTOR, "SHIP-1");
    inventory.ship(B, L2, 2, ACTOR, "SHIP-1");
    assertThat(inventory.stock(A, L1)).isEqualTo(new StockLevel(A, L1, 6, 0, 0, 0, 0, 0, 0));
    assertThat(inventory.stock(B, L2)).isEqualTo(new StockLevel(B, L2, 1, 0, 0, 0, 0, 0, 0));
    assertThat(inventory.ledger(A, L1)).extracting(Movement::type).containsExactly(MovementType.RECEIVE,
        MovementType.PICK, MovementType.PICK, MovementType.SHIP);
  }

  @Test
  void moveToAnotherLocationChecksStockThere() {
    inventory.reserve(request("R1", line(A, L1, 5)).build());
    Reservation r = inventory.move(ReservationId.of("R1"), A, L1, L2, 3);
    assertThat(r.status()).isEqualTo(ReservationStatus.ACTIVE);
    assertThat(r.lines()).containsExactlyInAnyOrder(line(A, L1, 2), line(A, L2, 3));
    assertThat(reserved(A, L1)).isEqualTo(2);
    assertThat(reserved(A, L2)).isEqualTo(3);

    r = inventory.move(ReservationId.of("R1"), A, L1, L2, 1);
    assertThat(r.lines()).containsExactlyInAnyOrder(line(A, L1, 1), line(A, L2, 4));

    Snapshot before = snapshot("R1");
    assertThatThrownBy(() -> inventory.move(ReservationId.of("R1"), A, L1, L2, 1))
        .isInstanceOf(InsufficientStockException.class)
        .satisfies(e -> assertThat(((InsufficientStockException) e).shortages())
            .containsExactly(new Shortage(A, L2, 1, 0)));
    assertThat(before.changesTo(snapshot("R1"))).isEmpty();

    r = inventory.move(ReservationId.of("R1"), A, L2, L1, 4);
    assertThat(r.lines()).containsExactly(line(A, L1, 5));
    assertThat(reserved(A, L1)).isEqualTo(5);
    assertThat(reserved(A, L2)).isZero();
    assertThat(inventory.reconcile(false).consistent()).isTrue();
  }

  @Test
  void moveRespectsSafetyStockAtTheTarget() {
    inventory.setSafetyStock(A, L2, 2);
    inventory.reserve(request("R1", line(A, L1, 5)).build());
    assertThatThrownBy(() -> inventory.move(ReservationId.of("R1"), A, L1, L2, 3))
        .isInstanceOf(InsufficientStockException.class);
    inventory.move(ReservationId.of("R1"), A, L1, L2, 2);
    assertThat(reserved(A, L2)).isEqualTo(2);
  }

  @Test
  void moveToAnInactiveLocationIsRefused() {
    inventory.reserve(request("R1", line(A, L1, 5)).build());
    Snapshot before = snapshot("R1");
    assertThatThrownBy(() -> inventory.move(ReservationId.of("R1"), A, L1, OFF, 1))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
    assertThat(before.changesTo(snapshot("R1"))).isEmpty();
  }

  // ---------------------------------------------------------------- time-to-live

  @Test
  void explicitTtl() {
    Reservation r = inventory.reserve(request("R1", line(A, L1, 1)).ttl(Duration.ofMinutes(15)).build())
        .reservation().orElseThrow();
    assertThat(r.expiresAt()).contains(T0.plus(Duration.ofMinutes(15)));
  }

  @Test
  void ttlPerCustomerTierThenDefaultThenExplicit() {
    inventory = InventoryFixtures.withLocations(InventoryFixtures.builder(clock)
        .defaultReservationTtl(Duration.ofMinutes(10))
        .reservationTtl(CustomerTier.VIP, Duration.ofHours(2))
        .reservationTtl(CustomerTier.STANDARD, Duration.ofMinutes(20)).build());
    stock(inventory);
    Optional<java.time.Instant> vip = inventory.reserve(request("R1", line(A, L1, 1))
        .customerTier(CustomerTier.VIP).build()).reservation().orElseThrow().expiresAt();
    Optional<java.time.Instant> standard = inventory.reserve(request("R2", line(A, L1, 1))
        .customerTier(CustomerTier.STANDARD).build()).reservation().orElseThrow().expiresAt();
    Optional<java.time.Instant> preferred = inventory.reserve(request("R3", line(A, L1, 1))
        .customerTier(CustomerTier.PREFERRED).build()).reservation().orElseThrow().expiresAt();
    Optional<java.time.Instant> none = inventory.reserve(request("R4", line(A, L1, 1)).build())
        .reservation().orElseThrow().expiresAt();
    Optional<java.time.Instant> explicit = inventory.reserve(request("R5", line(A, L1, 1))
        .customerTier(CustomerTier.VIP).ttl(Duration.ofMinutes(1)).build()).reservation().orElseThrow().expiresAt();

    assertThat(vip).contains(T0.plus(Duration.ofHours(2)));
    assertThat(standard).contains(T0.plus(Duration.ofMinutes(20)));
    assertThat(preferred).contains(T0.plus(Duration.ofMinutes(10)));
    assertThat(none).contains(T0.plus(Duration.ofMinutes(10)));
    assertThat(explicit).contains(T0.plus(Duration.ofMinutes(1)));
  }

  @Test
  void noTtlByDefault() {
    Reservation r = inventory.reserve(request("R1", line(A, L1, 1)).customerTier(CustomerTier.VIP).build())
        .reservation().orElseThrow();
    assertThat(r.expiresAt()).isEmpty();
    clock.advance(Duration.ofDays(365));
    assertThat(inventory.expireDue()).isZero();
  }

  @Test
  void expireDueReleasesExpiredReservationsOnly() {
    inventory.reserve(request("R1", line(A, L1, 2), line(B, L2, 1)).ttl(Duration.ofMinutes(10)).build());
    inventory.reserve(request("R2", line(A, L1, 3)).ttl(Duration.ofMinutes(30)).build());
    inventory.reserve(request("R3", line(A, L1, 1)).build());
    inventory.reserve(request("R4", line(A, L2, 1)).ttl(Duration.ofMinutes(5)).build());
    inventory.release(ReservationId.of("R4"));

    clock.advance(Duration.ofMinutes(9));
    assertThat(inventory.expireDue()).isZero();
    clock.advance(Duration.ofMinutes(1)); // exactly at expiresAt
    assertThat(inventory.expireDue()).isEqualTo(1);

    Reservation r1 = inventory.reservation(ReservationId.of("R1")).orElseThrow();
    assertThat(r1.status()).isEqualTo(ReservationStatus.EXPIRED);
    assertThat(r1.lines()).isEmpty();
    assertThat(inventory.reservation(ReservationId.of("R2")).orElseThrow().status())
        .isEqualTo(ReservationStatus.ACTIVE);
    assertThat(inventory.reservation(ReservationId.of("R4")).orElseThrow().status())
        .isEqualTo(ReservationStatus.RELEASED);
    assertThat(reserved(A, L1)).isEqualTo(4);
    assertThat(reserved(B, L2)).isZero();
    assertThat(inventory.expireDue()).isZero();

    clock.advance(Duration.ofHours(1));
    assertThat(inventory.expireDue()).isEqualTo(1);
    assertThat(reserved(A, L1)).isEqualTo(1);
    assertThat(inventory.reconcile(false).consistent()).isTrue();
  }

  @Test
  void committingAnExpiredReservationIsRefusedAndChangesNothing() {
    inventory.reserve(request("R1", line(A, L1, 2)).ttl(Duration.ofMinutes(10)).build());
    clock.advance(Duration.ofMinutes(10));
    Snapshot before = snapshot("R1");

    assertThatThrownBy(() -> inventory.commit(ReservationId.of("R1"), ACTOR))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.state()).isEqualTo("EXPIRED");
          assertThat(e.event()).isEqualTo("COMMIT");
        });
    assertThat(before.changesTo(snapshot("R1"))).isEmpty();
    assertThat(inventory.reservation(ReservationId.of("R1")).orElseThrow().status())
        .isEqualTo(ReservationStatus.ACTIVE);

    assertThat(inventory.expireDue()).isEqualTo(1);
    assertThatThrownBy(() -> inventory.commit(ReservationId.of("R1"), ACTOR))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.state()).isEqualTo("EXPIRED"));
  }

  @Test
  void commitJustBeforeExpiryWorks() {
    inventory.reserve(request("R1", line(A, L1, 2)).ttl(Duration.ofMinutes(10)).build());
    clock.advance(Duration.ofMinutes(10).minusNanos(1));
    assertThat(inventory.commit(ReservationId.of("R1"), ACTOR).status())
        .isEqualTo(ReservationStatus.COMMITTED);
  }

  // ---------------------------------------------------------------- idempotency and purging

  @Test
  void retryWithTheSameIdReturnsTheSameReservationAndReservesNothingMore() {
    ReservationRequest req = request("R1", line(A, L1, 4), line(B, L2, 1)).ttl(Duration.ofMinutes(5)).build();
    Reservation first = inventory.reserve(req).reservation().orElseThrow();
    Snapshot before = snapshot("R1");
    clock.advance(Duration.ofMinutes(1));

    ReservationResult again = inventory.reserve(req);
    assertThat(again.reservation()).contains(first);
    assertThat(again.complete()).isTrue();
    assertThat(before.changesTo(snapshot("R1"))).isEmpty();
    assertThat(reserved(A, L1)).isEqualTo(4);
  }

  @Test
  void retryAfterPickOrReleaseReturnsTheStoredReservationAndReservesNothing() {
    ReservationRequest req = request("R1", line(A, L1, 4)).build();
    inventory.reserve(req);
    Reservation picked = inventory.pick(ReservationId.of("R1"), A, L1, 1, ACTOR);
    assertThat(inventory.reserve(req).reservation()).contains(picked);
    assertThat(reserved(A, L1)).isEqualTo(3);

    Reservation released = inventory.release(ReservationId.of("R1"));
    Snapshot before = snapshot("R1");
    assertThat(inventory.reserve(req).reservation()).contains(released);
    assertThat(before.changesTo(snapshot("R1"))).isEmpty();
  }

  @Test
  void retryOfAPartialReservationReturnsIt() {
    ReservationRequest req = request("R1", line(A, L2, 6)).policy(ReservationPolicy.PARTIAL).build();
    Reservation first = inventory.reserve(req).reservation().orElseThrow();
    inventory.receive(A, L2, 10, ACTOR);
    Snapshot before = snapshot("R1");
    assertThat(inventory.reserve(req).reservation()).contains(first);
    assertThat(before.changesTo(snapshot("R1"))).isEmpty();
    assertThat(reserved(A, L2)).isEqualTo(4);
  }

  @Test
  void sameIdWithDifferentContentIsAConflict() {
    inventory.reserve(request("R1", line(A, L1, 4)).build());
    Snapshot before = snapshot("R1");
    assertThatThrownBy(() -> inventory.reserve(request("R1", line(A, L1, 5)).build()))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThatThrownBy(() -> inventory.reserve(request("R1", line(A, L1, 4), line(B, L2, 1)).build()))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThatThrownBy(() -> inventory.reserve(ReservationRequest.builder().id(ReservationId.of("R1"))
        .reference("another order").addLine(line(A, L1, 4)).build()))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThat(before.changesTo(snapshot("R1"))).isEmpty();

    inventory.release(ReservationId.of("R1"));
    assertThatThrownBy(() -> inventory.reserve(request("R1", line(A, L1, 1)).build()))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThat(reserved(A, L1)).isZero();
  }

  @Test
  void completedReservationsArePurgedWhenNotKept() {
    inventory = InventoryFixtures.withLocations(InventoryFixtures.builder(clock).keepCompletedReservations(false)
        .build());
    stock(inventory);
    inventory.reserve(request("R1", line(A, L1, 1)).build());
    inventory.reserve(request("R2", line(A, L1, 1)).build());
    inventory.reserve(request("R3", line(A, L1, 1)).ttl(Duration.ofMinutes(1)).build());
    inventory.reserve(request("R4", line(A, L1, 2)).build());
    inventory.reserve(request("R5", line(A, L1, 2)).build());
    inventory.reserve(request("R6", line(A, L1, 1)).build());

    assertThat(inventory.release(ReservationId.of("R1")).status()).isEqualTo(ReservationStatus.RELEASED);
    assertThat(inventory.commit(ReservationId.of("R2"), ACTOR).status())
        .isEqualTo(ReservationStatus.COMMITTED);
    clock.advance(Duration.ofMinutes(1));
    assertThat(inventory.expireDue()).isEqualTo(1);
    assertThat(inventory.pick(ReservationId.of("R4"), A, L1, 2, ACTOR).status())
        .isEqualTo(ReservationStatus.COMMITTED);
    assertThat(inventory.release(ReservationId.of("R5"), List.of(line(A, L1, 2))).status())
        .isEqualTo(ReservationStatus.RELEASED);
    inventory.pick(ReservationId.of("R6"), A, L1, 1, ACTOR);

    for (String id : List.of("R1", "R2", "R3", "R4", "R5", "R6")) {
      assertThat(inventory.reservation(ReservationId.of(id))).as(id).isEmpty();
    }
    inventory.reserve(request("R7", line(A, L1, 1)).build());
    inventory.pick(ReservationId.of("R7"), A, L1, 1, ACTOR);
    assertThat(inventory.reservation(ReservationId.of("R7"))).isEmpty();

    inventory.reserve(request("R8", line(A, L1, 2)).build());
    inventory.pick(ReservationId.of("R8"), A, L1, 1, ACTOR);
    assertThat(inventory.reservation(ReservationId.of("R8"))).isPresent();

    assertThatThrownBy(() -> inventory.release(ReservationId.of("R1")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("reservationId"));
    // documented: without kept reservations, a late retry reserves again
    assertThat(inventory.reserve(request("R1", line(A, L1, 1)).build()).complete()).isTrue();
    assertThat(inventory.reconcile(false).consistent()).isTrue();
  }

  @Test
  void completedReservationsAreKeptByDefault() {
    inventory.reserve(request("R1", line(A, L1, 1)).build());
    inventory.commit(ReservationId.of("R1"), ACTOR);
    assertThat(inventory.reservation(ReservationId.of("R1")).map(Reservation::status))
        .contains(ReservationStatus.COMMITTED);
  }
}
