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
  private final Location location;
  private final double chordSquared; // orders candidates by distance (Geo.chordSquared); NaN when unknown
  private final int coverableUnits;
  // worked out on first ask (most candidates are never asked); threads racing to work it out write equal values,
  // and a reference is written whole
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
    this.distance = distanceKm;
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
      d = Double.isNaN(chordSquared) ? Optional.empty() : Optional.of(Geo.kmOfChordSquared(chordSquared));
      distance = d;
    }
    return d;
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
        && distanceKm().equals(c.distanceKm()) && coverableUnits == c.coverableUnits;
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, distanceKm(), coverableUnits);
  }

  @Override
  public String toString() {
    return "Candidate[" + location.id() + ", " + distanceKm().map(km -> km + " km").orElse("?") + ", "
        + coverableUnits + " units]";
  }
}
