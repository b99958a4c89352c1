package org.oms4j.core.spi;

import static java.util.Objects.requireNonNull;

import org.oms4j.core.order.RecordedEvent;

/**
 * An event waiting in the store's outbox until it is acknowledged as delivered.
 *
 * @param position the entry's position in the outbox, increasing in the order entries were written
 * @param event the event
 */
public record OutboxEntry(long position, RecordedEvent event) {
  /** Checks the argument. */
  public OutboxEntry {
    requireNonNull(event, "event");
  }
}
