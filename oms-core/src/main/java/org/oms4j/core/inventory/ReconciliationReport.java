package org.oms4j.core.inventory;

import java.util.List;

/**
 * What a reconciliation found.
 *
 * @param cellsChecked how many (SKU, location) pairs were checked
 * @param drifts pairs whose counters differed from the ledger and reservations
 * @param repaired whether the drifts were repaired (counters set to the derived values)
 * @param overCommitted pairs with more units reserved and picked than on hand (after a count found less stock)
 */
public record ReconciliationReport(int cellsChecked, List<Drift> drifts, boolean repaired,
    List<StockLevel> overCommitted) {
  /** Copies the arguments. */
  public ReconciliationReport {
    drifts = List.copyOf(drifts);
    overCommitted = List.copyOf(overCommitted);
  }

  /** Whether counters, ledger and reservations agree. */
  public boolean consistent() {
    return drifts.isEmpty();
  }
}
