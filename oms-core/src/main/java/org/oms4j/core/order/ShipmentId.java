package org.oms4j.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oms4j.core.internal.Checks;

/**
 * The identifier of a shipment.
 *
 * @param value the identifier text: not blank, at most 128 characters, no white space
 */
public record ShipmentId(@JsonValue String value) {
  /** @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space */
  public ShipmentId {
    Checks.identifier("shipmentId", value);
  }

  /**
   * The shipmentId with this text.
   *
   * @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ShipmentId of(String value) {
    return new ShipmentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
