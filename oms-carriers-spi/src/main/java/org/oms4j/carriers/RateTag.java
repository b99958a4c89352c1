package org.oms4j.carriers;

/** Marks on the options of a {@link ShopResult}; each goes to exactly one option, when there is one. */
public enum RateTag {
  /** The lowest total. */
  CHEAPEST,
  /** The earliest delivery. */
  FASTEST,
  /** The best value (only when a value of a day is given). */
  BEST_VALUE
}
