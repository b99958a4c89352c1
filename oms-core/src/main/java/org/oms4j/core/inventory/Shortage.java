package org.oms4j.core.inventory;

import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;

/**
 * A line of a reservation request that could not be met in full.
 *
 * @param sku the SKU
 * @param locationId the location
 * @param requested units asked for
 * @param available units available to promise when asked
 */
public record Shortage(Sku sku, LocationId locationId, int requested, int available) {
  /** Units missing. */
  public int missing() {
    return requested - Math.min(requested, available);
  }
}
