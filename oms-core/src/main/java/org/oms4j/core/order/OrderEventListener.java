package org.oms4j.core.order;

/**
 * Receives every accepted event after it is stored: send customer notifications, sync an ERP. Called on the thread
 * that applied the event. A listener that throws is logged and never undoes the change; the event stays in the
 * store's outbox until every listener has taken it, and {@code OrderManagement.redeliverPendingEvents()} offers it
 * again (at least once: a listener may see an event twice, and should be idempotent on (order id, sequence)).
 */
@FunctionalInterface
public interface OrderEventListener {
  /** Handles one event. */
  void onEvent(RecordedEvent event);
}
