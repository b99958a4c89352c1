package org.oms4j.carriers.spi;

import java.time.LocalDate;
import java.util.Objects;
import org.oms4j.core.common.Address;
import org.oms4j.core.internal.Checks;

/**
 * Ask the carrier to collect parcels.
 *
 * @param address where
 * @param date which day
 * @param parcelCount how many parcels, positive
 */
public record PickupRequest(Address address, LocalDate date, int parcelCount) {
  /** Checks the arguments. */
  public PickupRequest {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(date, "date");
    Checks.positive("parcelCount", parcelCount);
  }
}
