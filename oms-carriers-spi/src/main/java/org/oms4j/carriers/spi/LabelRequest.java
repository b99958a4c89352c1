package org.oms4j.carriers.spi;

import java.util.Objects;
import org.oms4j.core.internal.Checks;

/**
 * Buy a label. Idempotent by {@code shipmentReference}: a retry with the same reference returns the label already
 * bought and never buys twice.
 *
 * @param shipmentReference the caller's reference (for example the oms4j shipment id)
 * @param service the service code
 * @param shipment what to ship
 * @param format the document format wanted
 */
public record LabelRequest(String shipmentReference, String service, ShipmentRequest shipment, LabelFormat format) {
  /** Checks the arguments. */
  public LabelRequest {
    Checks.identifier("shipmentReference", shipmentReference);
    Checks.identifier("service", service);
    Objects.requireNonNull(shipment, "shipment");
    Objects.requireNonNull(format, "format");
  }
}
