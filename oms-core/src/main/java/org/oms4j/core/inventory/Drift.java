package org.oms4j.core.inventory;

/**
 * A difference found by reconciliation between a stored quantity and what the ledger and the reservations say.
 *
 * @param stored the counters as stored
 * @param derived the counters as the ledger (and the active reservations, for reserved units) derive them
 */
public record Drift(StockLevel stored, StockLevel derived) {}
