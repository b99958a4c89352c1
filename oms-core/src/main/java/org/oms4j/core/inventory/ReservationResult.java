package org.oms4j.core.inventory;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a reservation request.
 *
 * @param reservation the reservation made (or found, for a retry); empty when all-or-nothing could not be met
 * @param shortages the lines not met in full, with what was available
 */
public record ReservationResult(Optional<Reservation> reservation, List<Shortage> shortages) {
  /** Checks and copies the arguments. */
  public ReservationResult {
    requireNonNull(reservation, "reservation");
    shortages = List.copyOf(shortages);
  }

  /** Whether every requested unit is reserved. */
  public boolean complete() {
    return reservation.isPresent() && shortages.isEmpty();
  }
}
