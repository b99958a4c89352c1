package org.oms4j.core.common;

import org.oms4j.core.InvalidInputException;

/**
 * A point on the earth in decimal degrees (WGS 84).
 *
 * @param latitude -90 to 90
 * @param longitude -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {
  private static final double EARTH_RADIUS_KM = 6371.0088;

  /** @throws InvalidInputException if a coordinate is out of range or not a number */
  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new InvalidInputException("latitude", latitude, "must be between -90 and 90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new InvalidInputException("longitude", longitude, "must be between -180 and 180");
    }
  }

  /** Great-circle distance to {@code other} in kilometres (haversine, mean earth radius). */
  public double distanceKm(GeoPoint other) {
    double dLat = Math.toRadians(other.latitude - latitude);
    double dLon = Math.toRadians(other.longitude - longitude);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
        * Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
