package org.oms4j.forecasting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.LineQuantity;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderLine;
import org.oms4j.core.order.Shipment;
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

  /**
   * The shipped lines of an order as demand events: one per item of each shipment that has left the warehouse
   * ({@link org.oms4j.core.order.ShipmentStatus#departed()}: shipped or any later carrier state, including
   * returned-to-sender, whose demand did happen), dated by its ship time in {@code zone}. Shipments not yet shipped
   * or cancelled give none; customer returns are not subtracted.
   *
   * @throws org.oms4j.core.InvalidInputException if the order or zone is null
   */
  public static java.util.List<DemandEvent> fromShipments(Order order, ZoneId zone) {
    Checks.present("order", order);
    Checks.present("zone", zone);
    Map<LineId, Sku> skus = new HashMap<>();
    for (OrderLine line : order.lines()) {
      skus.put(line.id(), line.sku());
    }
    java.util.List<DemandEvent> out = new ArrayList<>();
    for (Shipment s : order.shipments()) {
      if (!s.status().departed() || s.shippedAt().isEmpty()) {
        continue;
      }
      LocalDate date = LocalDate.ofInstant(s.shippedAt().get(), zone);
      for (LineQuantity item : s.items()) {
        out.add(of(skus.get(item.lineId()), s.locationId(), date, item.quantity()));
      }
    }
    return out;
  }

  /** Shorthand for the constructor. */
  public static DemandEvent of(Sku sku, LocationId location, LocalDate date, double quantity) {
    return new DemandEvent(sku, location, date, quantity);
  }
}
