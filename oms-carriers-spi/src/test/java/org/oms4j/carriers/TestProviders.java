package org.oms4j.carriers;

import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.CarrierConfig;
import org.oms4j.carriers.spi.CarrierProvider;

/** Providers listed in the test META-INF/services file. */
final class TestProviders {
  private TestProviders() {}

  /** A well-behaved provider of carrier "stub-a", whose price comes from its configuration. */
  public static final class GoodProvider implements CarrierProvider {
    @Override
    public int spiVersion() {
      return SPI_VERSION;
    }

    @Override
    public String name() {
      return "stub-a";
    }

    @Override
    public Carrier create(CarrierConfig config) {
      return StubCarrier.fixed("stub-a", config.get("price").orElse("5.00"));
    }
  }

  /** A second provider named "stub-a" that makes a different carrier id, to show which one was chosen. */
  public static final class ZzDuplicateProvider implements CarrierProvider {
    @Override
    public int spiVersion() {
      return SPI_VERSION;
    }

    @Override
    public String name() {
      return "stub-a";
    }

    @Override
    public Carrier create(CarrierConfig config) {
      return StubCarrier.fixed("stub-a-dup", "9.00");
    }
  }

  /** Targets a future SPI version: must be skipped. */
  public static final class FutureVersionProvider implements CarrierProvider {
    @Override
    public int spiVersion() {
      return SPI_VERSION + 1;
    }

    @Override
    public String name() {
      return "future";
    }

    @Override
    public Carrier create(CarrierConfig config) {
      return StubCarrier.fixed("future", "1.00");
    }
  }

  /** Fails to create its carrier: must be skipped. */
  public static final class BrokenProvider implements CarrierProvider {
    @Override
    public int spiVersion() {
      return SPI_VERSION;
    }

    @Override
    public String name() {
      return "broken";
    }

    @Override
    public Carrier create(CarrierConfig config) {
      throw new IllegalStateException("no credentials");
    }
  }
}
