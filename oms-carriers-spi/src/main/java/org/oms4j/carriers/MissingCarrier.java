package org.oms4j.carriers;

import java.util.Objects;
import org.oms4j.carriers.spi.CarrierId;
import org.oms4j.core.internal.Checks;

/**
 * A carrier whose rates are not in a {@link ShopResult}, and why.
 *
 * @param carrier the carrier
 * @param reason the kind of reason
 * @param message details
 */
public record MissingCarrier(CarrierId carrier, Reason reason, String message) {
  /** Checks the arguments. */
  public MissingCarrier {
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(reason, "reason");
    Checks.present("message", message);
  }

  /** Why a carrier is missing. */
  public enum Reason {
    /** Not asked: excluded by a filter, or does not serve the destination country. */
    INELIGIBLE,
    /** Did not answer within the per-carrier timeout. */
    TIMEOUT,
    /** A transient failure (retry later). */
    TRANSIENT,
    /** The carrier refused the credentials. */
    AUTHENTICATION,
    /** The carrier refused an address. */
    ADDRESS_REJECTED,
    /** The carrier refused a request value. */
    INVALID_REQUEST,
    /** The service is unavailable. */
    SERVICE_UNAVAILABLE,
    /** The plugin failed (a bug in it). */
    PLUGIN_FAILURE
  }
}
