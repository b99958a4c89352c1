package org.oms4j.carriers.spi;

/**
 * The one status set every carrier's tracking events are normalised to. Return to sender and failed delivery are
 * their own statuses, never folded into "in transit".
 */
public enum TrackingStatus {
  /** Label created, parcel not yet with the carrier. */
  PRE_TRANSIT,
  /** The carrier took the parcel. */
  PICKED_UP,
  /** Moving through the network. */
  IN_TRANSIT,
  /** On the vehicle for delivery. */
  OUT_FOR_DELIVERY,
  /** Waiting at a pickup point or locker. */
  AVAILABLE_FOR_PICKUP,
  /** Delivered. */
  DELIVERED,
  /** A delivery attempt failed. */
  DELIVERY_FAILED,
  /** Late against the carrier's own estimate. */
  DELAYED,
  /** Held: customs, damage, address problem. */
  ON_HOLD,
  /** Going back to the shipper. */
  RETURN_TO_SENDER,
  /** The shipment was cancelled. */
  CANCELLED,
  /** A carrier code with no known meaning. */
  UNKNOWN;

  /** Whether no later event is expected. */
  public boolean terminal() {
    return this == DELIVERED || this == CANCELLED;
  }
}
