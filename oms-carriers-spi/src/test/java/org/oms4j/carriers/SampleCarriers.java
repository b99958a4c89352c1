package org.oms4j.carriers;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.oms4j.carriers.spi.Carrier;

/** The three fictional sample carriers shipped in the examples module's resources. */
final class SampleCarriers {
  static final Path DIR = Path.of("..", "examples", "src", "main", "resources", "carriers");
  static final List<String> IDS = List.of("bluejay", "parcelwave", "swiftpost");

  private SampleCarriers() {}

  static Carrier load(String id, Clock clock) {
    return RateCardCarrier.fromJson(DIR.resolve(id + ".json"), clock);
  }

  static List<Carrier> all(Clock clock) {
    return IDS.stream().map(id -> load(id, clock)).toList();
  }
}
