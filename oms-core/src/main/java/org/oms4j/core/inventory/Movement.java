package org.oms4j.core.inventory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;

/**
 * One entry of the stock ledger. Every ledger-kept quantity of a (SKU, location) is the sum of its movements'
 * deltas.
 *
 * @param sequence the entry's position in the ledger, assigned by the store (0 before it is stored)
 * @param type what kind of movement
 * @param sku the SKU
 * @param locationId the location
 * @param quantity units moved; signed for {@link MovementType#ADJUST} and {@link MovementType#COUNT}
 * @param delta the effect on the quantities: {@code type.perUnit() x quantity}
 * @param reference what it belongs to: purchase order, reservation, shipment, transfer, count
 * @param actor who did it
 * @param at when
 * @param reason why, when given
 * @param counted for a count, the quantity counted
 */
public record Movement(
    long sequence,
    MovementType type,
    Sku sku,
    LocationId locationId,
    int quantity,
    StockDelta delta,
    Optional<String> reference,
    Actor actor,
    Instant at,
    Optional<String> reason,
    OptionalInt counted) {

  /** Checks the arguments. */
  public Movement {
    requireNonNull(type, "type");
    requireNonNull(sku, "sku");
    requireNonNull(locationId, "locationId");
    requireNonNull(delta, "delta");
    requireNonNull(reference, "reference");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    requireNonNull(reason, "reason");
    requireNonNull(counted, "counted");
    if (!delta.equals(type.perUnit().times(quantity))) {
      throw new IllegalArgumentException("delta " + delta + " is not " + type + " x " + quantity);
    }
  }

  /** A movement not stored yet: its delta follows from the type and quantity. */
  static Movement of(MovementType type, Sku sku, LocationId location, int quantity, Optional<String> reference,
      Actor actor, Instant at, Optional<String> reason, OptionalInt counted) {
    return new Movement(0, type, sku, location, quantity, type.perUnit().times(quantity), reference, actor, at,
        reason, counted);
  }

  /** This movement at a ledger position. */
  public Movement withSequence(long sequence) {
    return new Movement(sequence, type, sku, locationId, quantity, delta, reference, actor, at, reason, counted);
  }
}
