package org.oms4j.core.inventory;

/** Where a reservation stands. */
public enum ReservationStatus {
  /** Holding stock. */
  ACTIVE,
  /** Given back by the caller. */
  RELEASED,
  /** Consumed: shipped (committed) or fully picked. */
  COMMITTED,
  /** Given back because its time-to-live passed. */
  EXPIRED
}
