package org.oms4j.core.inventory;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;

/**
 * The quantities of one SKU at one location, as Shopify names its inventory states. {@code onHand} counts every
 * unit physically there, including reserved, picked, damaged and quality-control units; the others say what part
 * of it is spoken for or unusable.
 *
 * @param sku the SKU
 * @param locationId the location
 * @param onHand units physically at the location
 * @param reserved units committed to active reservations and not yet picked
 * @param picked units picked for shipments, not yet shipped
 * @param damaged units damaged, still on hand
 * @param qualityControl units in inspection or awaiting put-away, still on hand
 * @param safetyStock units held back as a buffer
 * @param inTransit units transferred to this location and not yet received
 */
public record StockLevel(
    Sku sku,
    LocationId locationId,
    int onHand,
    int reserved,
    int picked,
    int damaged,
    int qualityControl,
    int safetyStock,
    int inTransit) {

  /** Checks the arguments. */
  public StockLevel {
    requireNonNull(sku, "sku");
    requireNonNull(locationId, "locationId");
  }

  /** An empty level. */
  public static StockLevel empty(Sku sku, LocationId locationId) {
    return new StockLevel(sku, locationId, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * The level its ledger and reservations say a (SKU, location) should have: the sum of its ledger deltas, the units
   * of its active reservations, and its safety stock (a setting, not in the ledger). Reconciliation compares this
   * with the stored counters.
   */
  public static StockLevel derived(Sku sku, LocationId locationId, StockDelta ledgerSum, int reserved,
      int safetyStock) {
    return new StockLevel(sku, locationId, ledgerSum.onHand(), reserved, ledgerSum.picked(), ledgerSum.damaged(),
        ledgerSum.qualityControl(), safetyStock, ledgerSum.inTransit());
  }

  /**
   * Available to promise: on hand - reserved - picked - damaged - quality control - safety stock, never below zero.
   */
  public int availableToPromise() {
    return Math.max(0, onHand - reserved - picked - damaged - qualityControl - safetyStock);
  }

  /** Units on hand that are neither reserved, picked, damaged nor in quality control; below zero after a short count. */
  public int free() {
    return onHand - reserved - picked - damaged - qualityControl;
  }

  /**
   * Whether a guarded movement with this delta may apply here: no quantity goes negative, and free units do not go
   * below zero, unless they already were (a count found less than is spoken for) and do not drop further.
   */
  public boolean admits(StockDelta delta) {
    StockLevel after = new StockLevel(sku, locationId, onHand + delta.onHand(), reserved, picked + delta.picked(),
        damaged + delta.damaged(), qualityControl + delta.qualityControl(), safetyStock,
        inTransit + delta.inTransit());
    return after.onHand >= 0 && after.picked >= 0 && after.damaged >= 0 && after.qualityControl >= 0
        && after.inTransit >= 0 && (after.free() >= 0 || after.free() >= free());
  }

  /**
   * The shortage a guarded movement with this delta would meet here: empty when it {@linkplain #admits admits} it,
   * else the units it takes off hand and the free units there are.
   */
  public Optional<Shortage> shortageFor(StockDelta delta) {
    return admits(delta) ? Optional.empty()
        : Optional.of(new Shortage(sku, locationId, Math.max(-delta.onHand(), 0), Math.max(0, free())));
  }

  /** Units promised or unusable beyond what is on hand (0 when consistent); a count can cause it. */
  public int overCommitted() {
    return Math.max(0, reserved + picked - onHand);
  }
}
