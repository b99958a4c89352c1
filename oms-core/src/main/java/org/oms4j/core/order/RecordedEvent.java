package org.oms4j.core.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.oms4j.core.common.Actor;

/**
 * An accepted {@link OrderEvent} as the audit trail keeps it and listeners receive it: the domain event of oms4j.
 *
 * @param orderId the order
 * @param sequence the order's version after this event (1 for its creation)
 * @param event what happened
 * @param actor who did it
 * @param occurredAt when, from the {@link java.time.Clock} oms4j was given
 * @param reason why, when given
 * @param fromStatus the order's status before (empty for the creation)
 * @param toStatus the order's status after
 */
public record RecordedEvent(
    OrderId orderId,
    long sequence,
    OrderEvent event,
    Actor actor,
    Instant occurredAt,
    Optional<String> reason,
    Optional<OrderStatus> fromStatus,
    OrderStatus toStatus) {
  /** Checks the arguments. */
  public RecordedEvent {
    requireNonNull(orderId, "orderId");
    requireNonNull(event, "event");
    requireNonNull(actor, "actor");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(reason, "reason");
    requireNonNull(fromStatus, "fromStatus");
    requireNonNull(toStatus, "toStatus");
    if (sequence < 1) {
      throw new org.oms4j.core.InvalidInputException("sequence", sequence, "must be positive");
    }
  }

  /** Whether the order's status changed with this event. */
  public boolean statusChanged() {
    return fromStatus.map(s -> s != toStatus).orElse(true);
  }
}
