package org.oms4j.carriers.spi;

import java.util.Map;
import java.util.Optional;

/**
 * Settings a host passes to a {@link CarrierProvider}: plain key/value text (credentials, a rate-card path, ...).
 *
 * @param properties the settings (copied)
 */
public record CarrierConfig(Map<String, String> properties) {
  /** Copies. */
  public CarrierConfig {
    properties = Map.copyOf(properties);
  }

  /** No settings. */
  public static CarrierConfig empty() {
    return new CarrierConfig(Map.of());
  }

  /** The setting {@code key}. */
  public Optional<String> get(String key) {
    return Optional.ofNullable(properties.get(key));
  }
}
