package org.oms4j.rules;

import org.oms4j.core.InvalidInputException;

/**
 * How much of an order may ship, and in how many shipments.
 *
 * @param mode what to do with units no location can supply
 * @param maxShipments the most locations an order may ship from, 1 or more
 */
public record OrderPolicy(Mode mode, int maxShipments) {
  /** What to do with units no chosen location can supply. */
  public enum Mode {
    /** Allocate nothing until every unit can be allocated (the order waits, backordered). */
    SHIP_COMPLETE,
    /** Allocate what is available and backorder the rest. */
    SHIP_AVAILABLE
  }

  /** @throws InvalidInputException if {@code maxShipments} is below 1 */
  public OrderPolicy {
    if (mode == null) {
      throw new InvalidInputException("mode", null, "must not be null");
    }
    if (maxShipments < 1) {
      throw new InvalidInputException("maxShipments", maxShipments, "must be at least 1");
    }
  }

  /** Ship what is available, from up to {@code maxShipments} locations, and backorder the rest. */
  public static OrderPolicy shipAvailable(int maxShipments) {
    return new OrderPolicy(Mode.SHIP_AVAILABLE, maxShipments);
  }

  /** Ship only complete, from up to {@code maxShipments} locations. */
  public static OrderPolicy shipComplete(int maxShipments) {
    return new OrderPolicy(Mode.SHIP_COMPLETE, maxShipments);
  }
}
