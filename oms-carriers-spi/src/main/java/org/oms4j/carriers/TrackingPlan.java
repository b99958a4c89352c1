package org.oms4j.carriers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.oms4j.core.order.OrderEvent;

/**
 * What to apply after a tracking update: the shipment events, in order, for {@code OrderManagement.apply}; the
 * cursor to store once they are applied; and a delay notice, if one is due.
 *
 * @param events the events to apply, in order; empty when nothing changes
 * @param cursor the cursor to store after applying them
 * @param delay a delay notice to send, if due
 */
public record TrackingPlan(List<OrderEvent.ShipmentProgressed> events, TrackingCursor cursor,
    Optional<DelayNotice> delay) {
  /** Copies. */
  public TrackingPlan {
    events = List.copyOf(events);
    Objects.requireNonNull(cursor, "cursor");
    Objects.requireNonNull(delay, "delay");
  }
}
