package org.oms4j.carriers;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.oms4j.carriers.spi.Carrier;

/** The three fictional sample carriers shipped in the jar's resources. */
final class SampleCarriers {
  private SampleCarriers() {}

  static Carrier load(String id, Clock clock) {
    return RateCardCarrier.sample(id, clock);
  }

  static List<Carrier> all(Clock clock) {
    return RateCardCarrier.samples(clock);
  }

  /** The sample card {@code id} copied to a file in {@code dir}. */
  static Path copy(String id, Path dir) throws java.io.IOException {
    Path file = dir.resolve(id + ".json");
    try (var in = RateCardCarrier.class.getResourceAsStream("samples/" + id + ".json")) {
      java.nio.file.Files.copy(in, file);
    }
    return file;
  }
}
