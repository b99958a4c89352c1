package org.oms4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class GeoTest {
  private static final double HALF_CIRCUMFERENCE_KM = Math.PI * Geo.EARTH_RADIUS_KM;

  static double[] vector(double lat, double lon) {
    double[] v = new double[3];
    Geo.unitVector(lat, lon, v, 0);
    return v;
  }

  @Test
  void squaredChordsOrderPointsAsTheirDistancesDo() {
    qt().withExamples(5_000).forAll(doubles().between(-90, 90), doubles().between(-180, 180),
        doubles().between(-90, 90), doubles().between(-180, 180)).checkAssert((lat1, lon1, lat2, lon2) -> {
          double[] from = vector(0, 0);
          double[] a = vector(lat1, lon1);
          double[] b = vector(lat2, lon2);
          double chordA = Geo.chordSquared(a, 0, from, 0);
          double chordB = Geo.chordSquared(b, 0, from, 0);
          double kmA = Geo.distanceKm(a, 0, from, 0);
          double kmB = Geo.distanceKm(b, 0, from, 0);
          if (chordA < chordB) {
            assertThat(kmA).isLessThanOrEqualTo(kmB);
          } else if (chordA > chordB) {
            assertThat(kmA).isGreaterThanOrEqualTo(kmB);
          } else {
            assertThat(kmA).isEqualTo(kmB);
          }
        });
  }

  @Test
  void kilometresAndSquaredChordsConvertBothWays() {
    qt().withExamples(5_000).forAll(doubles().between(0, HALF_CIRCUMFERENCE_KM)).checkAssert(km -> {
      double chord = Geo.chordSquaredOfKm(km);
      assertThat(chord).isBetween(0.0, 4.0);
      assertThat(Geo.kmOfChordSquared(chord)).isCloseTo(km, within(1e-6 * Math.max(1, km)));
    });
    assertThat(Geo.chordSquaredOfKm(3 * HALF_CIRCUMFERENCE_KM)).isCloseTo(4.0, within(1e-12)); // capped
    assertThat(Geo.kmOfChordSquared(Double.NaN)).isNaN();
    assertThat(Geo.kmOfChordSquared(0)).isZero();
  }
}
