package org.oms4j.core.inventory;

/** What kind of place a stock location is. */
public enum LocationType {
  /** A warehouse or distribution centre. */
  WAREHOUSE,
  /** A retail store that ships or hands out orders. */
  STORE,
  /** A third-party logistics provider's warehouse. */
  THIRD_PARTY_LOGISTICS,
  /** A vendor that ships directly to customers. */
  DROP_SHIP_VENDOR
}
