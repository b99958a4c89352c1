package org.oms4j.core.common;

import org.oms4j.core.InvalidInputException;
import org.oms4j.core.internal.Geo;

/**
 * A point on the earth in decimal degrees (WGS 84).
 *
 * @param latitude -90 to 90
 * @param longitude -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {
  /** @throws InvalidInputException if a coordinate is out of range or not a number */
  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new InvalidInputException("latitude", latitude, "must be between -90 and 90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new InvalidInputException("longitude", longitude, "must be between -180 and 180");
    }
  }

  /** Great-circle distance to {@code other} in kilometres (on a sphere of the mean earth radius, 6371.0088 km). */
  public double distanceKm(GeoPoint other) {
    double[] vectors = new double[6];
    Geo.unitVector(latitude, longitude, vectors, 0);
    Geo.unitVector(other.latitude, other.longitude, vectors, 3);
    return Geo.distanceKm(vectors, 0, vectors, 3);
  }
}
