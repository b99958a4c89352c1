package org.oms4j.core.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.oms4j.core.ConcurrentUpdateException;
import org.oms4j.core.OrderNotFoundException;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.order.OrderStatus;

/**
 * Where orders and their outbox of events live. The in-memory default is {@code OrderStore.inMemory()}; a database
 * adapter implements the same contract.
 *
 * <h2>Concurrency contract</h2>
 * <ul>
 *   <li>{@link #insert} is atomic on the idempotency key (channel, external order id): of concurrent inserts with
 *       one key, exactly one wins and the others get the winner back.
 *   <li>{@link #update} is a compare-and-set on {@link Order#version()}: it succeeds only if the stored version
 *       equals {@code expectedVersion}, else throws {@link ConcurrentUpdateException} and writes nothing. An exact
 *       repeat of an update that was applied (the stored order equals {@code order}, at its version), such as a
 *       retry after {@link org.oms4j.core.StoreUnavailableException}, succeeds and writes nothing.
 *   <li>Each successful insert or update appends the order's new audit-trail events to the outbox <em>in the same
 *       atomic step</em>: a stored change always has its events in the outbox, and vice versa.
 *   <li>Reads return a state that was committed; an order's events appear in the outbox in sequence order.
 *   <li>{@link #claim} leases entries to one consumer at a time and never hands out an order's entry while an
 *       earlier entry of that order is pending and not in the same claim: consumers delivering concurrently, in
 *       any number of processes, keep each order's events in sequence (unless a lease runs out while its holder
 *       is still delivering; choose leases longer than a delivery takes).
 * </ul>
 * Implementations must be safe for use by many threads.
 */
public interface OrderStore {
  /** A new, empty, thread-safe in-memory store. */
  static OrderStore inMemory() {
    return new org.oms4j.core.internal.InMemoryOrderStore();
  }

  /**
   * Stores a new order unless its idempotency key is taken.
   *
   * @return the order now stored under the key, whether it was this one, and the outbox entries written
   * @throws IllegalArgumentException if an order with the same id but another key exists
   */
  InsertResult insert(Order order);

  /**
   * Replaces an order if it is still at {@code expectedVersion}, and appends its events after that version to the
   * outbox, atomically.
   *
   * @return the outbox entries written; for an exact repeat of an applied update, the entries of its events still
   *     in the outbox
   * @throws ConcurrentUpdateException if the stored version differs (and it is not an exact repeat)
   * @throws OrderNotFoundException if there is no such order
   */
  List<OutboxEntry> update(Order order, long expectedVersion);

  /** The order with this id. */
  Optional<Order> find(OrderId id);

  /** The order submitted under this channel and external id. */
  Optional<Order> findByExternalId(SalesChannel channel, String externalOrderId);

  /** Orders whose derived status is {@code status}, in no particular order. */
  List<Order> findByStatus(OrderStatus status);

  /**
   * Up to {@code limit} orders whose derived status is {@code status}, by creation time and then id, in {@code
   * order}. A database store answers from an index on (status, creation time, id).
   *
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  List<Order> findByStatus(OrderStatus status, CreationOrder order, int limit);

  /** The number of orders stored. */
  long count();

  /** Up to {@code max} outbox entries not yet acknowledged, oldest first. */
  default List<OutboxEntry> pendingEvents(int max) {
    return pendingEvents(0, max);
  }

  /** Up to {@code max} outbox entries not yet acknowledged whose position is after {@code afterPosition}, oldest first. */
  List<OutboxEntry> pendingEvents(long afterPosition, int max);

  /** Removes delivered entries from the outbox; unknown positions are ignored. */
  void acknowledge(Collection<Long> positions);

  /**
   * Claims up to {@code max} of the oldest outbox entries for {@code consumer} until {@code now + lease}, oldest
   * first. An entry is claimable if nobody holds it or its lease ended by {@code now}, and only together with every
   * earlier entry of its order that is still in the outbox: an order whose earliest pending entry someone else
   * holds gives none. Entries the consumer does not acknowledge become claimable again when their lease ends.
   *
   * @throws IllegalArgumentException if {@code max} is not positive or {@code lease} is not positive
   */
  List<OutboxEntry> claim(ConsumerId consumer, int max, Instant now, Duration lease);

  /**
   * Removes delivered entries that {@code consumer} still holds (its lease may have ended, but nobody claimed them
   * since); other positions are ignored.
   *
   * @return how many were removed
   */
  int acknowledge(ConsumerId consumer, Collection<Long> positions);
}
