package org.oms4j.carriers.spi;

/** What voiding a label did. Voiding an unknown tracking number is an {@link InvalidRequestException}. */
public enum VoidOutcome {
  /** The label is void now and will not be charged. */
  VOIDED,
  /** It had been voided before; nothing changed (voiding is idempotent). */
  ALREADY_VOIDED,
  /** Too late: the carrier already has the parcel; the label stays valid. */
  REFUSED_IN_TRANSIT
}
