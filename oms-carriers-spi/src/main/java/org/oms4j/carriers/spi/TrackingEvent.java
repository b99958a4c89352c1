package org.oms4j.carriers.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.oms4j.core.internal.Checks;

/**
 * One carrier scan, normalised.
 *
 * @param time when it happened
 * @param location where, as the carrier wrote it
 * @param carrierCode the carrier's own status code, kept verbatim
 * @param status the normalised status
 * @param incidentReason why, for failed deliveries, holds and returns
 */
public record TrackingEvent(Instant time, Optional<String> location, String carrierCode, TrackingStatus status,
    Optional<String> incidentReason) {
  /** Checks the arguments. */
  public TrackingEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(location, "location");
    Checks.text("carrierCode", carrierCode, 64);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(incidentReason, "incidentReason");
  }
}
