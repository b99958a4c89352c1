package org.oms4j.core.order;

/** What can happen to a shipment; see {@link StateMachines#SHIPMENT}. */
public enum ShipmentEventType {
  /** The warehouse picked it. */
  PICK,
  /** The warehouse packed it. */
  PACK,
  /** The carrier took it. Applied through {@link OrderEvent.ShipmentShipped}, which carries the label. */
  SHIP,
  /** A carrier scan in transit. */
  IN_TRANSIT,
  /** Out for delivery. */
  OUT_FOR_DELIVERY,
  /** A delivery attempt failed. */
  DELIVERY_FAILED,
  /** A carrier exception. */
  EXCEPTION,
  /** Delivered. */
  DELIVER,
  /** Sent back to the shipper. */
  RETURN_TO_SENDER,
  /** Cancelled before shipping. */
  CANCEL;

  /** Whether this event is a carrier fact (tracking), which holds never block. */
  public boolean tracking() {
    return compareTo(IN_TRANSIT) >= 0 && this != CANCEL;
  }
}
