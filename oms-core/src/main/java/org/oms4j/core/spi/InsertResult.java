package org.oms4j.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.oms4j.core.order.Order;

/**
 * What {@link OrderStore#insert} did.
 *
 * @param order the order stored under the idempotency key: the new one, or the one that already had the key
 * @param created whether the new order was inserted
 * @param written the outbox entries written (empty when not created)
 */
public record InsertResult(Order order, boolean created, List<OutboxEntry> written) {
  /** Checks and copies the arguments. */
  public InsertResult {
    requireNonNull(order, "order");
    written = List.copyOf(written);
  }
}
