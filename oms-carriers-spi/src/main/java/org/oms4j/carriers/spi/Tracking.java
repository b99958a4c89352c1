package org.oms4j.carriers.spi;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.oms4j.core.internal.Checks;

/**
 * What a carrier knows about a tracking number: its events, oldest first, and its current delivery estimate.
 *
 * @param trackingNumber the tracking number
 * @param events the events, sorted by time (copied and sorted if not)
 * @param estimatedDelivery the carrier's current estimate
 */
public record Tracking(String trackingNumber, List<TrackingEvent> events, Optional<LocalDate> estimatedDelivery) {
  /** Checks, copies and sorts. */
  public Tracking {
    Checks.identifier("trackingNumber", trackingNumber);
    events = events.stream().sorted(Comparator.comparing(TrackingEvent::time)).toList();
    Objects.requireNonNull(estimatedDelivery, "estimatedDelivery");
  }

  /** The latest event. */
  public Optional<TrackingEvent> latest() {
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
  }
}
