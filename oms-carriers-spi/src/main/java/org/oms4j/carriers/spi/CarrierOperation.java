package org.oms4j.carriers.spi;

/** The operations of a {@link Carrier}; the last two are optional. */
public enum CarrierOperation {
  /** {@link Carrier#rates}. */
  RATE,
  /** {@link Carrier#buyLabel}. */
  BUY_LABEL,
  /** {@link Carrier#voidLabel}. */
  VOID_LABEL,
  /** {@link Carrier#track}. */
  TRACK,
  /** {@link Carrier#validateAddress}, optional. */
  VALIDATE_ADDRESS,
  /** {@link Carrier#schedulePickup}, optional. */
  SCHEDULE_PICKUP
}
