package org.oms4j.core.inventory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oms4j.core.InvalidInputException;
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

  /** This reservation holding {@code remaining}: active, or in status {@code whenEmpty} when nothing remains. */
  public Reservation holding(List<ReservationLine> remaining, ReservationStatus whenEmpty) {
    return new Reservation(id, reference, requested, remaining,
        remaining.isEmpty() ? whenEmpty : ReservationStatus.ACTIVE, createdAt, expiresAt);
  }

  /**
   * This reservation less {@code units}; in status {@code whenEmpty} when nothing remains.
   *
   * @throws InvalidInputException if it holds fewer of a SKU at a location than {@code units} take
   */
  public Reservation less(List<ReservationLine> units, ReservationStatus whenEmpty) {
    List<ReservationLine> remaining = lines;
    for (ReservationLine u : units) {
      int held = 0;
      for (ReservationLine l : remaining) {
        held += l.sameCell(u) ? l.quantity() : 0;
      }
      if (held < u.quantity()) {
        throw new InvalidInputException("quantity", u.quantity(),
            "reservation " + id + " holds only " + held + " of " + u.sku() + " at " + u.locationId());
      }
      List<ReservationLine> next = new ArrayList<>(remaining.size());
      int left = u.quantity();
      for (ReservationLine l : remaining) {
        if (left > 0 && l.sameCell(u)) {
          int take = Math.min(left, l.quantity());
          left -= take;
          if (l.quantity() > take) {
            next.add(ReservationLine.of(l.sku(), l.locationId(), l.quantity() - take));
          }
        } else {
          next.add(l);
        }
      }
      remaining = next;
    }
    return holding(remaining, whenEmpty);
  }

  /** This reservation, active, with {@code units} more, both held and requested. */
  public Reservation plus(ReservationLine units) {
    return new Reservation(id, reference, merged(requested, units), merged(lines, units), ReservationStatus.ACTIVE,
        createdAt, expiresAt);
  }

  /**
   * This reservation with {@code units} moved to location {@code to}.
   *
   * @throws InvalidInputException if it holds fewer units than that at the units' location
   */
  public Reservation moved(ReservationLine units, LocationId to) {
    Reservation less = less(List.of(units), ReservationStatus.ACTIVE);
    return holding(merged(less.lines, ReservationLine.of(units.sku(), to, units.quantity())),
        ReservationStatus.ACTIVE);
  }

  /** {@code lines} with {@code units} added to the line of the same SKU and location, or appended. */
  private static List<ReservationLine> merged(List<ReservationLine> lines, ReservationLine units) {
    List<ReservationLine> next = new ArrayList<>(lines.size() + 1);
    boolean merged = false;
    for (ReservationLine l : lines) {
      if (!merged && l.sameCell(units)) {
        next.add(ReservationLine.of(l.sku(), l.locationId(), l.quantity() + units.quantity()));
        merged = true;
      } else {
        next.add(l);
      }
    }
    if (!merged) {
      next.add(units);
    }
    return next;
  }
}
