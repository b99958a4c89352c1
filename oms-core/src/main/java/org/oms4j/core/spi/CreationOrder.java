package org.oms4j.core.spi;

/** The order of a listing by creation time ({@link org.oms4j.core.order.Order#createdAt()}), ties broken by id. */
public enum CreationOrder {
  /** The earliest created first: first in, first out. */
  OLDEST_FIRST,
  /** The latest created first. */
  NEWEST_FIRST
}
