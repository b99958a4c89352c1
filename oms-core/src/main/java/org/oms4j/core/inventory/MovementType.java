package org.oms4j.core.inventory;

/**
 * The kinds of stock movement the ledger records, each with its effect per unit on the ledger-kept quantities
 * (data, not code). {@link #ADJUST} and {@link #COUNT} take a signed quantity.
 */
public enum MovementType {
  /** Units arrive and are sellable at once (blind or against a purchase order). */
  RECEIVE(new StockDelta(1, 0, 0, 0, 0)),
  /** Units arrive at the dock and wait for put-away (on hand, in quality control). */
  RECEIVE_FOR_PUT_AWAY(new StockDelta(1, 0, 0, 1, 0)),
  /** Received units are put away and become sellable. */
  PUT_AWAY(new StockDelta(0, 0, 0, -1, 0)),
  /** Units are taken into quality control. */
  QUALITY_HOLD(new StockDelta(0, 0, 0, 1, 0)),
  /** Units leave quality control and become sellable. */
  QUALITY_RELEASE(new StockDelta(0, 0, 0, -1, 0)),
  /** Reserved units are picked (they leave the reservation). */
  PICK(new StockDelta(0, 1, 0, 0, 0)),
  /** Picked units are put back on the shelf (sellable again). */
  UNPICK(new StockDelta(0, -1, 0, 0, 0)),
  /** Picked units leave with a shipment. */
  SHIP(new StockDelta(-1, -1, 0, 0, 0)),
  /** Reserved, unpicked units leave with a shipment (the reservation is committed). */
  COMMIT(new StockDelta(-1, 0, 0, 0, 0)),
  /** Units are found damaged (still on hand, not sellable). */
  DAMAGE(new StockDelta(0, 0, 1, 0, 0)),
  /** Damaged units are written off. */
  DISPOSE(new StockDelta(-1, 0, -1, 0, 0)),
  /** A correction with a reason; signed. */
  ADJUST(new StockDelta(1, 0, 0, 0, 0)),
  /** Units leave for another location. */
  TRANSFER_OUT(new StockDelta(-1, 0, 0, 0, 0)),
  /** Units are on their way here from another location. */
  TRANSFER_IN_TRANSIT(new StockDelta(0, 0, 0, 0, 1)),
  /** Transferred units arrive. */
  TRANSFER_RECEIVE(new StockDelta(1, 0, 0, 0, -1)),
  /** Customer-returned units go back to stock. */
  RETURN_TO_STOCK(new StockDelta(1, 0, 0, 0, 0)),
  /** A cycle count's variance (counted - expected); signed. */
  COUNT(new StockDelta(1, 0, 0, 0, 0));

  private final StockDelta perUnit;

  MovementType(StockDelta perUnit) {
    this.perUnit = perUnit;
  }

  /** The effect of one unit. */
  public StockDelta perUnit() {
    return perUnit;
  }

  /** Whether the quantity is signed (may be negative). */
  public boolean signed() {
    return this == ADJUST || this == COUNT;
  }
}
