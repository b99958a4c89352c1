package org.oms4j.core.inventory;

import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Checks;

/**
 * Units of a SKU reserved (or to reserve) at a location.
 *
 * @param sku the SKU
 * @param locationId the location
 * @param quantity units, positive
 */
public record ReservationLine(Sku sku, LocationId locationId, int quantity) {
  /** @throws org.oms4j.core.InvalidInputException if a value is missing or the quantity is not positive */
  public ReservationLine {
    Checks.present("sku", sku);
    Checks.present("locationId", locationId);
    Checks.positive("quantity", quantity);
  }

  /** Shorthand for the constructor. */
  public static ReservationLine of(Sku sku, LocationId locationId, int quantity) {
    return new ReservationLine(sku, locationId, quantity);
  }

  /** Whether this line is for the same SKU and location as {@code other}. */
  public boolean sameCell(ReservationLine other) {
    return sku.equals(other.sku) && locationId.equals(other.locationId);
  }
}
