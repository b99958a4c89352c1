package org.oms4j.carriers.tck.samples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.oms4j.carriers.RateCardCarrier;
import org.oms4j.carriers.tck.CarrierContractTest;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Parcel;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.oms4j.core.common.Address;

/** The reference table-rate carrier with a sample rate card: subclasses name the card. */
public abstract class ReferenceCarrierContract extends CarrierContractTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

  /** The sample card. */
  protected abstract String id();

  @Override
  protected Carrier carrier() {
    return RateCardCarrier.sample(id(), CLOCK);
  }

  static Address address(String postal, String country) {
    return Address.builder().addLine("1 Main St").city("Town").postalCode(postal).country(country).build();
  }

  @Override
  protected ShipmentRequest quotableShipment() {
    return ShipmentRequest.builder().shipFrom(address("10001", "US")).shipTo(address("60601", "US"))
        .addParcel(new Parcel(Dimensions.of("40", "30", "20", LengthUnit.CM), Weight.of("3.3", WeightUnit.KG)))
        .addParcel(new Parcel(Dimensions.of("10", "10", "10", LengthUnit.IN), Weight.of("1", WeightUnit.LB)))
        .shipDate(LocalDate.of(2026, 11, 24)).build();
  }

  @Override
  protected Optional<ShipmentRequest> unservedShipment() {
    return Optional.of(ShipmentRequest.builder().shipFrom(address("10001", "US")).shipTo(address("75001", "FR"))
        .addParcel(new Parcel(Dimensions.of("40", "30", "20", LengthUnit.CM), Weight.of("3.3", WeightUnit.KG)))
        .shipDate(LocalDate.of(2026, 11, 24)).build());
  }
}
