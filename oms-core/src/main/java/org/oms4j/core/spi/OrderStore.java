package org.oms4j.core.spi;

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
 *       equals {@code expectedVersion}, else throws {@link ConcurrentUpdateException} and writes nothing.
 *   <li>Each successful insert or update appends the order's new audit-trail events to the outbox <em>in the same
 *       atomic step</em>: a stored change always has its events in the outbox, and vice versa.
 *   <li>Reads return a state that was committed; an order's events appear in the outbox in sequence order.
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
   * @return the outbox entries written
   * @throws ConcurrentUpdateException if the stored version differs
   * @throws OrderNotFoundException if there is no such order
   */
  List<OutboxEntry> update(Order order, long expectedVersion);

  /** The order with this id. */
  Optional<Order> find(OrderId id);

  /** The order submitted under this channel and external id. */
  Optional<Order> findByExternalId(SalesChannel channel, String externalOrderId);

  /** Orders whose derived status is {@code status}, in no particular order. */
  List<Order> findByStatus(OrderStatus status);

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
}
