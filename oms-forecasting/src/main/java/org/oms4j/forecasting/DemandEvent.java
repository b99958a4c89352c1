package org.oms4j.forecasting;

import java.time.LocalDate;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Checks;
import org.oms4j.forecasting.internal.Args;

/**
 * Units of a SKU that left a location on a day: one shipped order line, the raw material of a
 * {@link DemandHistory}. Convert shipment instants to dates in the business's time zone before creating events.
 *
 * @param sku the SKU
 * @param location where the units shipped from
 * @param date the local business date of shipment
 * @param quantity units shipped, zero or more
 */
public record DemandEvent(Sku sku, LocationId location, LocalDate date, double quantity) {
  /** @throws org.oms4j.core.InvalidInputException if a reference is null or the quantity negative or not finite */
  public DemandEvent {
    Checks.present("sku", sku);
    Checks.present("location", location);
    Checks.present("date", date);
    Args.nonNegative("quantity", quantity);
  }

  /** Shorthand for the constructor. */
  public static DemandEvent of(Sku sku, LocationId location, LocalDate date, double quantity) {
    return new DemandEvent(sku, location, date, quantity);
  }
}
