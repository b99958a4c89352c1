package org.oms4j.core.order;

/**
 * The status of an order. It is never stored: {@link Order#status()} derives it from the order's lines, shipments,
 * holds and validation, in this precedence: {@link #CANCELLED} when nothing is left to fulfil; {@link #SHIPPED} or
 * {@link #DELIVERED} when every live unit has left; {@link #ON_HOLD} while a hold is active; {@link #CREATED} until
 * validated; otherwise the least advanced stage of the live units.
 */
public enum OrderStatus {
  /** Submitted, not validated yet. */
  CREATED,
  /** Validated; waiting for allocation. */
  VALIDATED,
  /** At least one active hold stops the flow. */
  ON_HOLD,
  /** Nothing allocated; some units wait for stock. */
  BACKORDERED,
  /** Some units are allocated to locations, others are open or backordered. */
  PARTIALLY_ALLOCATED,
  /** Every live unit is allocated (some may already be in shipments). */
  ALLOCATED,
  /** Every live unit is in a shipment released to a warehouse. */
  RELEASED,
  /** Every live unit is picked. */
  PICKED,
  /** Every live unit is packed. */
  PACKED,
  /** Some live units have shipped, others have not. */
  PARTIALLY_SHIPPED,
  /** Every live unit has shipped; not all are delivered. */
  SHIPPED,
  /** Every live unit is delivered. */
  DELIVERED,
  /** Every unit is cancelled. */
  CANCELLED;

  /** Whether the order accepts no further fulfilment (delivered or cancelled). */
  public boolean terminal() {
    return this == DELIVERED || this == CANCELLED;
  }
}
