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
    double dx = p[i] - q[j];
    double dy = p[i + 1] - q[j + 1];
    double dz = p[i + 2] - q[j + 2];
    double halfChord = Math.sqrt(dx * dx + dy * dy + dz * dz) / 2;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, halfChord));
  }
}
