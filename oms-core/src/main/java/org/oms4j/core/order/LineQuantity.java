package org.oms4j.core.order;

import org.oms4j.core.internal.Checks;

/**
 * A quantity of one order line: an item of a shipment or a return.
 *
 * @param lineId the line
 * @param quantity units, positive
 */
public record LineQuantity(LineId lineId, int quantity) {
  /** @throws org.oms4j.core.InvalidInputException if the line is null or the quantity not positive */
  public LineQuantity {
    Checks.present("lineId", lineId);
    Checks.positive("quantity", quantity);
  }

  /** Shorthand for the constructor. */
  public static LineQuantity of(LineId lineId, int quantity) {
    return new LineQuantity(lineId, quantity);
  }
}
