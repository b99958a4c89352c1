package org.oms4j.core.common;

/** How fast the customer asked the order to travel. Ordered from slowest to fastest. */
public enum ServiceLevel {
  /** Ground or economy. */
  STANDARD,
  /** Faster than standard, no fixed day count. */
  EXPEDITED,
  /** Delivered within two business days. */
  TWO_DAY,
  /** Delivered the next business day. */
  NEXT_DAY,
  /** Delivered on the day of the order. */
  SAME_DAY
}
