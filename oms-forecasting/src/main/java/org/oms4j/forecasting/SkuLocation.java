package org.oms4j.forecasting;

import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Checks;

/**
 * A SKU at a stock location: the key of a demand series or a replenishment line.
 *
 * @param sku the SKU
 * @param location the location
 */
public record SkuLocation(Sku sku, LocationId location) {
  /** @throws org.oms4j.core.InvalidInputException if either is null */
  public SkuLocation {
    Checks.present("sku", sku);
    Checks.present("location", location);
  }

  /** Shorthand for the constructor. */
  public static SkuLocation of(Sku sku, LocationId location) {
    return new SkuLocation(sku, location);
  }
}
