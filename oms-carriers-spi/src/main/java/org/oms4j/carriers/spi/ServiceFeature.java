package org.oms4j.carriers.spi;

/** What a carrier service can do, used by rate-shopping filters. */
public enum ServiceFeature {
  /** Signature on delivery. */
  SIGNATURE,
  /** Hazardous materials (limited quantities). */
  HAZMAT,
  /** Delivery to post-office boxes. */
  PO_BOX,
  /** Declared-value insurance. */
  INSURANCE,
  /** Saturday delivery. */
  SATURDAY_DELIVERY
}
