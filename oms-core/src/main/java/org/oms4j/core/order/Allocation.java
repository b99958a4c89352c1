package org.oms4j.core.order;

import org.oms4j.core.common.LocationId;
import org.oms4j.core.internal.Checks;

/**
 * Units of a line allocated (reserved) at a location and not yet released into a shipment.
 *
 * @param locationId where
 * @param quantity units, positive
 */
public record Allocation(LocationId locationId, int quantity) {
  /** @throws org.oms4j.core.InvalidInputException if the location is null or the quantity not positive */
  public Allocation {
    Checks.present("locationId", locationId);
    Checks.positive("quantity", quantity);
  }
}
