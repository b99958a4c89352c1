package org.oms4j.carriers.spi;

/**
 * The {@link java.util.ServiceLoader} factory of a {@link Carrier}: a public no-arg constructor, registered in
 * {@code META-INF/services/org.oms4j.carriers.spi.CarrierProvider} (and {@code provides ... with} in module-info).
 * Hosts may also register carriers directly, without a provider.
 */
public interface CarrierProvider {
  /**
   * The SPI version of this build. A provider returns this constant from {@link #spiVersion()}; being a
   * compile-time constant, it records the version the provider was compiled against.
   */
  int SPI_VERSION = 1;

  /** The SPI version the provider was compiled against: return {@link #SPI_VERSION}. */
  int spiVersion();

  /** The provider's name, by which a host picks it when several are found (usually the carrier id). */
  String name();

  /**
   * Makes a carrier.
   *
   * @throws CarrierException if the configuration is unusable (for example {@link CarrierAuthenticationException})
   */
  Carrier create(CarrierConfig config);
}
