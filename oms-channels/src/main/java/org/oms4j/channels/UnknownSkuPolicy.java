package org.oms4j.channels;

/**
 * What {@link ChannelIntake} does with an order that has lines without SKU, or with SKUs the host's {@link
 * org.oms4j.core.catalog.SkuCatalog} does not know. No policy drops a line.
 */
public enum UnknownSkuPolicy {
  /**
   * Take the order with every line (a SKU-less line under a placeholder SKU) and place a {@link
   * org.oms4j.core.order.HoldType#UNKNOWN_SKU} hold naming the lines, for people to fix.
   */
  HOLD,
  /** Refuse the order with {@link UnknownSkuException} naming the lines; nothing is stored. */
  REJECT
}
