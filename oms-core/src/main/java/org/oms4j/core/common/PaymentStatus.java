package org.oms4j.core.common;

/** The state of an order's payment, as the payment provider or shop platform reports it. */
public enum PaymentStatus {
  /** Not yet authorised. */
  PENDING,
  /** Authorised, not captured. */
  AUTHORISED,
  /** Captured in full. */
  PAID,
  /** Part of the captured amount was refunded. */
  PARTIALLY_REFUNDED,
  /** Refunded in full. */
  REFUNDED,
  /** The authorisation was voided. */
  VOIDED,
  /** Authorisation or capture failed. */
  FAILED;

  /** Whether money is secured for the order (authorised or captured). */
  public boolean secured() {
    return this == AUTHORISED || this == PAID;
  }
}
