package org.oms4j.carriers;

/** How {@link RateShopper} picks among the rates left after filtering. */
public enum ShoppingStrategy {
  /** Lowest total; ties: earlier delivery, then service key. */
  CHEAPEST,
  /** Earliest delivery date; ties: lower total, then service key. Rates without an estimate come last. */
  FASTEST,
  /**
   * Lowest total minus the value of each business day early (plus each day late) against the deadline, or plus
   * the value of each business day in transit without a deadline; ties: lower total, earlier delivery, key.
   */
  BEST_VALUE
}
