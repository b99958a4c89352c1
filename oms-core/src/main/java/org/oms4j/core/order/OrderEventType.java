package org.oms4j.core.order;

/** The kind of an {@link OrderEvent}; the order's table {@link StateMachines#ORDER} is keyed by it. */
public enum OrderEventType {
  /** The order was submitted. */
  CREATE,
  /** The order passed validation. */
  VALIDATE,
  /** A hold was placed. */
  PLACE_HOLD,
  /** A hold was released. */
  RELEASE_HOLD,
  /** The payment status changed. */
  CHANGE_PAYMENT_STATUS,
  /** The order as ordered (lines, charges, addresses) was replaced before anything was released to a warehouse. */
  EDIT,
  /** Units were allocated at a location. */
  ALLOCATE,
  /** Units were backordered. */
  BACKORDER,
  /** Allocated units were given back. */
  DEALLOCATE,
  /** Units of a line were cancelled. */
  CANCEL_LINE,
  /** The whole order (all that has not shipped) was cancelled. */
  CANCEL_ORDER,
  /** A shipment was released to a warehouse. */
  RELEASE_SHIPMENT,
  /** A shipment was picked. */
  PICK,
  /** A shipment was packed. */
  PACK,
  /** A shipment was handed to the carrier. */
  SHIP,
  /** A carrier tracking event for a shipped shipment. */
  TRACK,
  /** A shipment on its way is expected after the promised date: a fact to tell the customer; nothing moves. */
  DELAY,
  /** A shipment was cancelled before it shipped. */
  CANCEL_SHIPMENT,
  /** A return was requested. */
  REQUEST_RETURN,
  /** A return moved on (authorised, received, inspected, ...). */
  PROGRESS_RETURN,
  /** A return was refunded. */
  REFUND_RETURN
}
