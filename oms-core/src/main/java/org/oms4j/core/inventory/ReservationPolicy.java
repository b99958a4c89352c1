package org.oms4j.core.inventory;

/** What to do when a multi-line reservation cannot be met in full. */
public enum ReservationPolicy {
  /** Reserve every line in full, or nothing at all. */
  ALL_OR_NOTHING,
  /** Reserve what is available of each line and report the shortages. */
  PARTIAL
}
