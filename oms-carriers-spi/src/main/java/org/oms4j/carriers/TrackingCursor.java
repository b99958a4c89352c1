package org.oms4j.carriers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a host remembers per shipment between tracking updates: the time of the newest carrier event already
 * applied, and the delivery estimate a delay notice was last sent for. Stored next to the shipment.
 *
 * @param appliedUpTo events at or before this time are never applied again
 * @param notifiedEstimate the estimate of the last delay notice
 */
public record TrackingCursor(Optional<Instant> appliedUpTo, Optional<LocalDate> notifiedEstimate) {
  /** Checks the arguments. */
  public TrackingCursor {
    Objects.requireNonNull(appliedUpTo, "appliedUpTo");
    Objects.requireNonNull(notifiedEstimate, "notifiedEstimate");
  }

  /** Nothing applied yet. */
  public static TrackingCursor start() {
    return new TrackingCursor(Optional.empty(), Optional.empty());
  }
}
