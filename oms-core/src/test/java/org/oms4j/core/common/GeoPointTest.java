package org.oms4j.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;

class GeoPointTest {
  private static final double HALF_CIRCUMFERENCE_KM = Math.PI * 6371.0088;

  /** The haversine formula, term by term, as the reference. */
  static double haversineKm(GeoPoint a, GeoPoint b) {
    double dLat = Math.toRadians(b.latitude() - a.latitude());
    double dLon = Math.toRadians(b.longitude() - a.longitude());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.latitude()))
        * Math.cos(Math.toRadians(b.latitude())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  @Test
  void knownDistances() {
    GeoPoint jfk = new GeoPoint(40.6413, -73.7781);
    GeoPoint lax = new GeoPoint(33.9416, -118.4085);
    assertThat(jfk.distanceKm(lax)).isCloseTo(3974.34, within(0.01)); // on the sphere; 3983 km on the ellipsoid
    assertThat(jfk.distanceKm(jfk)).isZero();
    assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 1))).isCloseTo(HALF_CIRCUMFERENCE_KM / 180, within(1e-9));
    assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 90))).isCloseTo(HALF_CIRCUMFERENCE_KM / 2, within(1e-9));
    assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 180))).isCloseTo(HALF_CIRCUMFERENCE_KM, within(1e-6));
    assertThat(new GeoPoint(90, 0).distanceKm(new GeoPoint(-90, 0))).isCloseTo(HALF_CIRCUMFERENCE_KM, within(1e-6));
  }

  @Test
  void agreesWithTheHaversineFormulaEverywhereAndIsSymmetric() {
    qt().withExamples(5_000).forAll(doubles().between(-90, 90), doubles().between(-180, 180),
        doubles().between(-90, 90), doubles().between(-180, 180)).checkAssert((lat1, lon1, lat2, lon2) -> {
          GeoPoint a = new GeoPoint(lat1, lon1);
          GeoPoint b = new GeoPoint(lat2, lon2);
          assertThat(a.distanceKm(b)).isCloseTo(haversineKm(a, b), within(1e-6)).isNotNegative()
              .isLessThanOrEqualTo(HALF_CIRCUMFERENCE_KM + 1e-9);
          assertThat(b.distanceKm(a)).isCloseTo(a.distanceKm(b), within(1e-9));
        });
  }

  @Test
  void shortDistancesStayExact() {
    GeoPoint a = new GeoPoint(52.0, 4.0);
    GeoPoint tenMetresNorth = new GeoPoint(52.0 + 0.010 / (HALF_CIRCUMFERENCE_KM / 180), 4.0);
    assertThat(a.distanceKm(tenMetresNorth)).isCloseTo(0.010, within(1e-9));
  }

  @Test
  void refusesCoordinatesOutOfRange() {
    assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("latitude");
    assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("longitude");
  }
}
