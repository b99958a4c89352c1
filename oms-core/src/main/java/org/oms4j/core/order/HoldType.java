package org.oms4j.core.order;

/** Why an order is held. Several holds, of any types, can be active at once. */
public enum HoldType {
  /** Payment not authorised or failed. */
  PAYMENT,
  /** Waiting for fraud review. */
  FRAUD_REVIEW,
  /** The address is incomplete or undeliverable. */
  ADDRESS,
  /** Stock is missing and the policy waits for it. */
  OUT_OF_STOCK,
  /** Credit limit exceeded. */
  CREDIT,
  /** Placed by a person. */
  MANUAL,
  /** A line has no SKU, or one the catalogue does not know (a shop-platform order, issue 8). */
  UNKNOWN_SKU
}
