package org.oms4j.core.inventory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;

/**
 * Stock held for a caller (an order, a checkout) until it is released, committed on shipment, or expires.
 *
 * @param id the caller's id, unique
 * @param reference what it is for, e.g. an order id or a cart id
 * @param requested the lines as first reserved (what a retry is compared with)
 * @param lines the units still held: requested, less what was picked, released or moved; empty once not active
 * @param status where it stands
 * @param createdAt when it was made
 * @param expiresAt when it lapses, if it has a time-to-live
 */
public record Reservation(
    ReservationId id,
    String reference,
    List<ReservationLine> requested,
    List<ReservationLine> lines,
    ReservationStatus status,
    Instant createdAt,
    Optional<Instant> expiresAt) {

  /** Checks and copies the arguments. */
  public Reservation {
    requireNonNull(id, "id");
    requireNonNull(reference, "reference");
    requested = List.copyOf(requested);
    lines = List.copyOf(lines);
    requireNonNull(status, "status");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(expiresAt, "expiresAt");
  }

  /** Units still held of a SKU at a location. */
  public int quantity(Sku sku, LocationId location) {
    int sum = 0;
    for (ReservationLine l : lines) {
      if (l.sku().equals(sku) && l.locationId().equals(location)) {
        sum += l.quantity();
      }
    }
    return sum;
  }

  /** Whether it lapsed by {@code now} (active with a time-to-live that has passed). */
  public boolean expiredAt(Instant now) {
    return status == ReservationStatus.ACTIVE && expiresAt.isPresent() && !now.isBefore(expiresAt.get());
  }
}
