package org.oms4j.core.inventory;

/**
 * How a movement changes the ledger-kept quantities of one SKU at one location. Reserved units are not here: they
 * are the sum of active reservations.
 *
 * @param onHand change of units on hand
 * @param picked change of picked units
 * @param damaged change of damaged units
 * @param qualityControl change of units in quality control
 * @param inTransit change of units in transit to the location
 */
public record StockDelta(int onHand, int picked, int damaged, int qualityControl, int inTransit) {
  /** No change. */
  public static final StockDelta NONE = new StockDelta(0, 0, 0, 0, 0);

  /** This delta plus another. */
  public StockDelta plus(StockDelta o) {
    return new StockDelta(Math.addExact(onHand, o.onHand), Math.addExact(picked, o.picked),
        Math.addExact(damaged, o.damaged), Math.addExact(qualityControl, o.qualityControl),
        Math.addExact(inTransit, o.inTransit));
  }

  /** This delta times a factor. */
  public StockDelta times(int factor) {
    return new StockDelta(Math.multiplyExact(onHand, factor), Math.multiplyExact(picked, factor),
        Math.multiplyExact(damaged, factor), Math.multiplyExact(qualityControl, factor),
        Math.multiplyExact(inTransit, factor));
  }
}
