package org.oms4j.core.order;

/**
 * Where a unit of an order line stands before it enters a shipment; the line's units move between these by
 * {@link StateMachines#LINE}. Past {@link #RELEASED}, a unit's progress is its shipment's status.
 */
public enum LineUnitState {
  /** Awaiting allocation. */
  OPEN,
  /** Waiting for stock. */
  BACKORDERED,
  /** Allocated (reserved) at a location. */
  ALLOCATED,
  /** In a shipment that has not been cancelled. */
  RELEASED,
  /** Cancelled. */
  CANCELLED
}
