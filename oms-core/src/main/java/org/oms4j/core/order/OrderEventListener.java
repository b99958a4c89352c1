package org.oms4j.core.order;

/**
 * Receives every accepted event after it is stored: send customer notifications, sync an ERP. Called on the thread
 * that applied the event. A listener that throws is logged and never undoes the change; the event stays in the
 * store's outbox until every listener has taken it, and {@code OrderManagement.redeliverPendingEvents()} offers it
 * again (at least once: a listener may see an event twice, and should be idempotent on (order id, sequence)).
 *
 * <p>Order: each thread delivers the events it wrote in sequence, but when several threads change one order at the
 * same moment a listener may receive that order's events out of sequence (rarely: about 1 in 170 events when 8
 * threads hammer 4 orders). A listener that needs them in order keeps the highest {@link RecordedEvent#sequence()}
 * it has seen per order, or reads {@code Order#auditTrail()}, which is always in order.
 */
@FunctionalInterface
public interface OrderEventListener {
  /** Handles one event. */
  void onEvent(RecordedEvent event);
}
