package org.oms4j.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.core.Fixtures.ACTOR;
import static org.oms4j.core.inventory.InventoryFixtures.A;
import static org.oms4j.core.inventory.InventoryFixtures.L1;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.IdempotencyConflictException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.StoreUnavailableException;
import org.oms4j.core.inventory.InventoryFixtures.MutableClock;
import org.oms4j.core.spi.InventoryStore;

/**
 * Inventory's side of exactly-once changes: operation ids, repeats after {@link StoreUnavailableException}, the
 * operations' retention, and expiry in batches.
 */
class InventoryOperationsTest {
  private final MutableClock clock = new MutableClock();
  private final InventoryStore store = InventoryStore.inMemory();

  /**
   * The store, failing the next {@code failures} calls of {@code record} before they reach it, and saying it may
   * lose replies (so that calls get operation ids).
   */
  private final AtomicInteger failures = new AtomicInteger();
  private final InventoryStore flaky = (InventoryStore) Proxy.newProxyInstance(
      InventoryStore.class.getClassLoader(), new Class<?>[] {InventoryStore.class}, (p, method, args) -> {
        if (method.getName().equals("mayLoseReplies")) {
          return true; // a store that fails like a remote one
        }
        if (method.getName().equals("record") && failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          throw new StoreUnavailableException("connection refused (injected)", false, null);
        }
        try {
          return method.invoke(store, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      });

  private Inventory inventory(int attempts) {
    return InventoryFixtures.withLocations(InventoryFixtures.builder(clock).store(flaky)
        .ids(IdGenerator.sequential()).storeAttempts(attempts, Duration.ZERO).locationCacheTtl(Duration.ZERO)
        .build());
  }

  @Test
  void aStoreCallThatFailsAsUnavailableIsRepeatedAndAppliesOnce() {
    Inventory inventory = inventory(3);
    failures.set(2);

    inventory.receive(A, L1, 5, ACTOR);

    assertThat(store.stock(A, L1).onHand()).isEqualTo(5);
    assertThat(store.ledger(A, L1)).hasSize(1);
  }

  @Test
  void whenEveryAttemptFailsTheCallerRepeatsItUnderItsOperationId() {
    Inventory inventory = inventory(2);
    OperationId op = OperationId.of("receipt-1");
    inventory.receive(A, L1, 1, ACTOR);
    failures.set(2); // both attempts

    assertThatThrownBy(() -> inventory.receive(op, A, L1, 5, ACTOR, "DN-1"))
        .isInstanceOf(StoreUnavailableException.class);
    assertThat(store.stock(A, L1).onHand()).isEqualTo(1);

    Movement first = inventory.receive(op, A, L1, 5, ACTOR, "DN-1");
    Movement again = inventory.receive(op, A, L1, 5, ACTOR, "DN-1");

    assertThat(again).isEqualTo(first);
    assertThat(store.stock(A, L1).onHand()).isEqualTo(6);
    assertThatThrownBy(() -> inventory.receive(op, A, L1, 4, ACTOR, "DN-1"))
        .isInstanceOf(IdempotencyConflictException.class).hasMessageContaining("receipt-1");
    assertThat(store.stock(A, L1).onHand()).isEqualTo(6);
  }

  @Test
  void expiryReleasesEveryDueReservationInBatchesAndForgetsOldOperations() {
    Inventory inventory = InventoryFixtures.withLocations(InventoryFixtures.builder(clock).store(store)
        .operationRetention(Duration.ofHours(1)).build());
    inventory.receive(A, L1, 2_000, ACTOR);
    OperationId op = OperationId.of("adjust-1");
    inventory.adjust(op, A, L1, -1, ACTOR, "broken");
    for (int i = 0; i < 1_203; i++) {
      inventory.reserve(ReservationRequest.builder().id(ReservationId.of("R-" + i)).reference("cart")
          .addLine(ReservationLine.of(A, L1, 1)).ttl(Duration.ofMinutes(i < 1_200 ? 5 : 90)).build());
    }
    clock.advance(Duration.ofMinutes(61));

    assertThat(inventory.expireDue()).isEqualTo(1_200);

    assertThat(store.stock(A, L1).reserved()).isEqualTo(3);
    assertThat(store.activeReservations()).hasSize(3);
    assertThat(inventory.expireDue()).isZero();
    inventory.adjust(op, A, L1, -1, ACTOR, "broken"); // forgotten after an hour: applied again
    assertThat(store.stock(A, L1).onHand()).isEqualTo(1_998);
  }

  @Test
  void badSettingsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> Inventory.builder().storeAttempts(0, Duration.ZERO))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("attempts");
    assertThatThrownBy(() -> Inventory.builder().storeAttempts(1, Duration.ofMillis(-1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("backoff");
    assertThatThrownBy(() -> Inventory.builder().operationRetention(Duration.ZERO))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("retention");
    assertThatThrownBy(() -> inventory(1).release(null, ReservationId.of("R-1"), List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("operationId");
  }

  @Test
  void aStoreThatNeverLosesAReplyRecordsNoOperationForCallsWithoutAnId() {
    Inventory inventory = InventoryFixtures.withLocations(InventoryFixtures.builder(clock).store(store)
        .ids(IdGenerator.sequential()).build());
    assertThat(store.mayLoseReplies()).isFalse();
    inventory.receive(A, L1, 5, ACTOR);
    inventory.receive(A, L1, 5, ACTOR); // two receipts, not one repeated
    assertThat(store.stock(A, L1).onHand()).isEqualTo(10);
    assertThat(store.purgeOperations(clock.instant().plus(Duration.ofDays(1)))).isZero(); // nothing was recorded
    OperationId op = OperationId.of("receipt-9");
    inventory.receive(op, A, L1, 1, ACTOR, "DN-9");
    inventory.receive(op, A, L1, 1, ACTOR, "DN-9");
    assertThat(store.stock(A, L1).onHand()).isEqualTo(11); // with an id, once
    assertThat(store.purgeOperations(clock.instant().plus(Duration.ofDays(1)))).isEqualTo(1);
  }
}
