package org.oms4j.carriers.internal;

import java.nio.file.Path;
import java.time.Clock;
import org.oms4j.carriers.RateCardCarrier;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.CarrierConfig;
import org.oms4j.carriers.spi.CarrierProvider;
import org.oms4j.carriers.spi.InvalidRequestException;

/**
 * Makes the reference table-rate carrier from the rate card file named by the {@code rateCard} setting (CSV if it
 * ends in {@code .csv}, else JSON). Not registered by default: a host lists it in its own {@code
 * META-INF/services} to use it through discovery.
 */
public final class TableRateCarrierProvider implements CarrierProvider {
  /** For ServiceLoader. */
  public TableRateCarrierProvider() {}

  @Override
  public int spiVersion() {
    return SPI_VERSION;
  }

  @Override
  public String name() {
    return "table-rate";
  }

  @Override
  public Carrier create(CarrierConfig config) {
    String file = config.get("rateCard").orElseThrow(() -> new InvalidRequestException("rateCard",
        "the table-rate provider needs the path of a rate card"));
    return RateCardCarrier.fromFile(Path.of(file), Clock.systemUTC());
  }
}
