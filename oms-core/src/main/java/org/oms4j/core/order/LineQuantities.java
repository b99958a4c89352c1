package org.oms4j.core.order;

/**
 * Where every unit of an order line stands, derived from the line and the order's shipments and returns. The
 * stages from {@code open} to {@code cancelled} partition the ordered units: they always add up to {@code ordered}.
 *
 * @param ordered units ordered
 * @param open awaiting allocation
 * @param backordered waiting for stock
 * @param allocated allocated at a location, not in a shipment
 * @param released in released shipments
 * @param picked in picked shipments
 * @param packed in packed shipments
 * @param inTransit shipped, not yet delivered (in transit, out for delivery, failed attempt, exception)
 * @param delivered delivered
 * @param returnedToSender sent back by the carrier
 * @param cancelled cancelled
 * @param returning delivered units in live returns (requested to refunded); a subset of {@code delivered}
 */
public record LineQuantities(
    int ordered,
    int open,
    int backordered,
    int allocated,
    int released,
    int picked,
    int packed,
    int inTransit,
    int delivered,
    int returnedToSender,
    int cancelled,
    int returning) {

  /** Units not cancelled. */
  public int live() {
    return ordered - cancelled;
  }

  /** Units that left a warehouse (in transit, delivered or returned to sender). */
  public int departed() {
    return inTransit + delivered + returnedToSender;
  }

  /** Units in a shipment that has not left (released, picked, packed). */
  public int inWarehouse() {
    return released + picked + packed;
  }

  @Override
  public String toString() {
    return "{ordered=" + ordered + ", open=" + open + ", backordered=" + backordered + ", allocated=" + allocated
        + ", released=" + released + ", picked=" + picked + ", packed=" + packed + ", inTransit=" + inTransit
        + ", delivered=" + delivered + ", returnedToSender=" + returnedToSender + ", cancelled=" + cancelled
        + ", returning=" + returning + "}";
  }
}
