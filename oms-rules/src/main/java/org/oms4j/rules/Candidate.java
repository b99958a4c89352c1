package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.internal.Geo;
import org.oms4j.core.inventory.Location;

/**
 * A location considered for an order: the location, its great-circle distance to the ship-to address (when both
 * are located), and how many of the order's waiting units it alone could supply now. Immutable.
 */
public final class Candidate {
  private static final double NOT_YET = -1;

  private final Location location;
  private final double chordSquared; // orders candidates by distance (Geo.chordSquared); NaN when unknown
  private final int coverableUnits;
  // the distance in km and its boxed form, worked out on first ask (most candidates are never asked); threads
  // racing to work them out write equal values
  private double distanceKm = NOT_YET;
  private Optional<Double> distance;

  /**
   * A candidate.
   *
   * @param location the location
   * @param distanceKm great-circle distance to the ship-to address, when both are located (0 or more)
   * @param coverableUnits how many of the order's waiting units this location alone could supply now
   */
  public Candidate(Location location, Optional<Double> distanceKm, int coverableUnits) {
    this(location, Geo.chordSquaredOfKm(requireNonNull(distanceKm, "distanceKm").orElse(Double.NaN)),
        coverableUnits);
    double km = distanceKm.orElse(0.0);
    if (!(km >= 0) || Double.isInfinite(km)) {
      throw new InvalidInputException("distanceKm", km, "must be a finite distance of 0 km or more");
    }
    this.distanceKm = distanceKm.orElse(Double.NaN);
  }

  /** A candidate whose distance is known by its squared chord ({@link Geo#chordSquared}; NaN when unknown). */
  Candidate(Location location, double chordSquared, int coverableUnits) {
    this.location = requireNonNull(location, "location");
    this.chordSquared = chordSquared;
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
      double km = distanceKmOrNaN();
      d = Double.isNaN(km) ? Optional.empty() : Optional.of(km);
      distance = d;
    }
    return d;
  }

  /** {@link #distanceKm()} without boxing: NaN when unknown. */
  double distanceKmOrNaN() {
    double km = distanceKm;
    if (km == NOT_YET) {
      km = Geo.kmOfChordSquared(chordSquared);
      distanceKm = km;
    }
    return km;
  }

  /** A key that orders candidates as {@link #distanceKm()} does, without trigonometry: NaN when unknown. */
  double closeness() {
    return chordSquared;
  }

  /** How many of the order's waiting units this location alone could supply now. */
  public int coverableUnits() {
    return coverableUnits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Candidate c && location.equals(c.location)
        && Double.compare(distanceKmOrNaN(), c.distanceKmOrNaN()) == 0 && coverableUnits == c.coverableUnits;
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, distanceKmOrNaN(), coverableUnits);
  }

  @Override
  public String toString() {
    double km = distanceKmOrNaN();
    return "Candidate[" + location.id() + ", " + (Double.isNaN(km) ? "?" : km + " km") + ", " + coverableUnits
        + " units]";
  }
}
