package org.oms4j.carriers;

/** What to do, when a deadline is set, with a rate that has no delivery estimate and no transit days. */
public enum MissingEstimatePolicy {
  /** Reject it with the reason "no delivery estimate" (the default). */
  EXCLUDE,
  /** Keep it: it cannot be shown late; it ranks after every estimated rate when speed matters. */
  KEEP
}
