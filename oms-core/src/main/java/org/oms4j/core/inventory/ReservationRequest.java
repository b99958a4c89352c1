package org.oms4j.core.inventory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.CustomerTier;
import org.oms4j.core.internal.Checks;

/** A request to reserve stock: several lines at once, all-or-nothing or partial. */
@Value.Immutable
public abstract class ReservationRequest {
  ReservationRequest() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableReservationRequest.builder();
  }

  /** The caller's id; retrying with the same id never reserves twice. */
  public abstract ReservationId id();

  /** What it is for, e.g. an order id or a cart id. */
  public abstract String reference();

  /** What to reserve; a (SKU, location) may appear once. */
  public abstract List<ReservationLine> lines();

  /** All-or-nothing unless set. */
  @Value.Default
  public ReservationPolicy policy() {
    return ReservationPolicy.ALL_OR_NOTHING;
  }

  /** An explicit time-to-live; otherwise the inventory's TTL for the customer tier, or none. */
  public abstract Optional<Duration> ttl();

  /** The customer's tier, which picks the TTL when none is given. */
  public abstract Optional<CustomerTier> customerTier();

  @Value.Check
  void check() {
    Checks.text("reference", reference(), 200);
    Checks.nonEmpty("lines", lines());
    for (int i = 0; i < lines().size(); i++) {
      for (int j = 0; j < i; j++) {
        if (lines().get(i).sameCell(lines().get(j))) {
          throw new InvalidInputException("lines[" + i + "]", lines().get(i),
              "the same SKU and location appear twice; merge the lines");
        }
      }
    }
    if (ttl().isPresent() && (ttl().get().isNegative() || ttl().get().isZero())) {
      throw new InvalidInputException("ttl", ttl().get(), "must be positive");
    }
  }

  /** Builds a {@link ReservationRequest}. */
  public interface Builder {
    /** Sets the id. */
    Builder id(ReservationId id);

    /** Sets the reference. */
    Builder reference(String reference);

    /** Adds a line. */
    Builder addLine(ReservationLine line);

    /** Adds lines. */
    Builder addAllLines(Iterable<? extends ReservationLine> lines);

    /** Sets the policy. */
    Builder policy(ReservationPolicy policy);

    /** Sets an explicit time-to-live. */
    Builder ttl(Duration ttl);

    /** Sets the customer tier. */
    Builder customerTier(CustomerTier tier);

    /**
     * Builds the request.
     *
     * @throws InvalidInputException naming the field for duplicate lines, no lines, a blank reference, a
     *     non-positive TTL
     * @throws IllegalStateException if a required attribute was not set
     */
    ReservationRequest build();
  }
}
