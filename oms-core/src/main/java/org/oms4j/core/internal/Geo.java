package org.oms4j.core.internal;

/**
 * Great-circle distance through unit vectors: a point on the sphere becomes (x, y, z) once, after which the distance
 * to any other point is a chord length and one arcsine, with no other trigonometry. Equal to the haversine formula
 * (the chord is twice the square root of the haversine) and as exact for short distances. Not part of the API.
 */
public final class Geo {
  /** The mean earth radius in km. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private Geo() {}

  /** Writes the unit vector of a point (decimal degrees) into {@code into[offset..offset + 3)}. */
  public static void unitVector(double latitude, double longitude, double[] into, int offset) {
    double lat = Math.toRadians(latitude);
    double lon = Math.toRadians(longitude);
    double cosLat = Math.cos(lat);
    into[offset] = cosLat * Math.cos(lon);
    into[offset + 1] = cosLat * Math.sin(lon);
    into[offset + 2] = Math.sin(lat);
  }

  /** The great-circle distance in km between the unit vectors at {@code p[i..i + 3)} and {@code q[j..j + 3)}. */
  public static double distanceKm(double[] p, int i, double[] q, int j) {
    return kmOfChordSquared(chordSquared(p, i, q, j));
  }

  /**
   * The squared chord between the unit vectors at {@code p[i..i + 3)} and {@code q[j..j + 3)}: it grows with the
   * great-circle distance, so it orders points by distance without a square root or an arcsine.
   */
  public static double chordSquared(double[] p, int i, double[] q, int j) {
    double dx = p[i] - q[j];
    double dy = p[i + 1] - q[j + 1];
    double dz = p[i + 2] - q[j + 2];
    return dx * dx + dy * dy + dz * dz;
  }

  /** The great-circle distance in km of a squared chord ({@link #chordSquared}); NaN stays NaN. */
  public static double kmOfChordSquared(double chordSquared) {
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chordSquared) / 2));
  }

  /**
   * The squared chord of a great-circle distance in km (capped at half the circumference): the inverse of {@link
   * #kmOfChordSquared}.
   */
  public static double chordSquaredOfKm(double km) {
    double halfChord = Math.sin(Math.min(km, Math.PI * EARTH_RADIUS_KM) / (2 * EARTH_RADIUS_KM));
    return 4 * halfChord * halfChord;
  }
}
