package org.oms4j.core.order;

/** What moves a line's units between {@link LineUnitState}s; see {@link StateMachines#LINE}. */
public enum LineEventType {
  /** Allocate open or backordered units at a location. */
  ALLOCATE,
  /** Put open units on backorder. */
  BACKORDER,
  /** Give allocated units back (they become open). */
  DEALLOCATE,
  /** Put allocated units into a shipment. */
  RELEASE,
  /** Take units out of a cancelled shipment (they become allocated again). */
  UNRELEASE,
  /** Cancel units. */
  CANCEL
}
