package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.oms4j.core.inventory.Location;

/**
 * A location considered for an order: the location, its great-circle distance to the ship-to address (when both
 * are located), and how many of the order's waiting units it alone could supply now. Immutable.
 */
public final class Candidate {
  private final Location location;
  private final double distanceKm; // NaN when unknown
  private final int coverableUnits;
  private Optional<Double> distance; // boxed on first ask; racing threads build equal values

  /**
   * A candidate.
   *
   * @param location the location
   * @param distanceKm great-circle distance to the ship-to address, when both are located
   * @param coverableUnits how many of the order's waiting units this location alone could supply now
   */
  public Candidate(Location location, Optional<Double> distanceKm, int coverableUnits) {
    this(location, requireNonNull(distanceKm, "distanceKm").orElse(Double.NaN), coverableUnits);
  }

  Candidate(Location location, double distanceKm, int coverableUnits) {
    this.location = requireNonNull(location, "location");
    this.distanceKm = distanceKm;
    this.coverableUnits = coverableUnits;
  }

  /** The location. */
  public Location location() {
    return location;
  }

  /** Great-circle distance to the ship-to address, when both are located. */
  public Optional<Double> distanceKm() {
    Optional<Double> d = distance;
    if (d == null) {
      d = Double.isNaN(distanceKm) ? Optional.empty() : Optional.of(distanceKm);
      distance = d;
    }
    return d;
  }

  /** {@link #distanceKm()} without boxing: NaN when unknown. */
  double distanceKmOrNaN() {
    return distanceKm;
  }

  /** How many of the order's waiting units this location alone could supply now. */
  public int coverableUnits() {
    return coverableUnits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Candidate c && location.equals(c.location)
        && Double.compare(distanceKm, c.distanceKm) == 0 && coverableUnits == c.coverableUnits;
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, distanceKm, coverableUnits);
  }

  @Override
  public String toString() {
    return "Candidate[" + location.id() + ", " + (Double.isNaN(distanceKm) ? "?" : distanceKm + " km") + ", "
        + coverableUnits + " units]";
  }
}
