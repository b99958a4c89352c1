package org.oms4j.core.order;

/** The status of a shipment; its transitions are {@link StateMachines#SHIPMENT}. */
public enum ShipmentStatus {
  /** Released to the warehouse for picking. */
  RELEASED,
  /** Picked. */
  PICKED,
  /** Packed and ready for the carrier. */
  PACKED,
  /** Handed to the carrier (label bought). */
  SHIPPED,
  /** The carrier reports it moving. */
  IN_TRANSIT,
  /** On the vehicle for delivery. */
  OUT_FOR_DELIVERY,
  /** A delivery attempt failed; the carrier will try again or return it. */
  DELIVERY_FAILED,
  /** The carrier reports a problem (damage, address, customs, delay). */
  EXCEPTION,
  /** Delivered. */
  DELIVERED,
  /** The carrier sent it back to the shipper. */
  RETURNED_TO_SENDER,
  /** Cancelled before it shipped; its units went back to their allocation. */
  CANCELLED;

  /** Whether the shipment has left the warehouse (shipped or any later carrier state). */
  public boolean departed() {
    return compareTo(SHIPPED) >= 0 && this != CANCELLED;
  }

  /** Whether no further event is accepted. */
  public boolean terminal() {
    return this == DELIVERED || this == RETURNED_TO_SENDER || this == CANCELLED;
  }
}
