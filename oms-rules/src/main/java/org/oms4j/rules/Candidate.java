package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.oms4j.core.inventory.Location;

/**
 * A location considered for an order.
 *
 * @param location the location
 * @param distanceKm great-circle distance to the ship-to address, when both are located
 * @param coverableUnits how many of the order's waiting units this location alone could supply now
 */
public record Candidate(Location location, Optional<Double> distanceKm, int coverableUnits) {
  /** Checks the arguments. */
  public Candidate {
    requireNonNull(location, "location");
    requireNonNull(distanceKm, "distanceKm");
  }
}
