package org.oms4j.core.common;

/** A customer's tier; rules use it to prioritise and to choose holds. */
public enum CustomerTier {
  /** An ordinary customer. */
  STANDARD,
  /** A repeat customer with some privileges. */
  PREFERRED,
  /** A very important customer: prioritised. */
  VIP,
  /** A business customer buying at trade terms. */
  WHOLESALE
}
