package org.oms4j.carriers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.javamoney.moneta.Money;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.CarrierId;
import org.oms4j.carriers.spi.CarrierMetadata;
import org.oms4j.carriers.spi.CarrierService;
import org.oms4j.carriers.spi.Charge;
import org.oms4j.carriers.spi.ChargeType;
import org.oms4j.carriers.spi.InvalidRequestException;
import org.oms4j.carriers.spi.Label;
import org.oms4j.carriers.spi.LabelFormat;
import org.oms4j.carriers.spi.LabelRequest;
import org.oms4j.carriers.spi.Length;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Rate;
import org.oms4j.carriers.spi.ServiceKey;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Tracking;
import org.oms4j.carriers.spi.VoidOutcome;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;

/** A scripted carrier for tests: rates come from a function, everything else is trivial. */
class StubCarrier implements Carrier {
  final CarrierMetadata metadata;
  final Function<ShipmentRequest, List<Rate>> rates;
  volatile int rateCalls;

  StubCarrier(String id, Function<ShipmentRequest, List<Rate>> rates, String... services) {
    this.metadata = new CarrierMetadata(CarrierId.of(id), "Stub " + id,
        java.util.Arrays.stream(services.length == 0 ? new String[] {"GROUND"} : services)
            .map(s -> new CarrierService(s, s, Weight.of("30", WeightUnit.KG), Length.of("150", LengthUnit.CM),
                Set.of()))
            .toList(),
        Set.of("US", "DE"), Set.of(LabelFormat.ZPL));
    this.rates = rates;
  }

  static StubCarrier fixed(String id, String price) {
    return new StubCarrier(id, r -> List.of(rate(id, "GROUND", price, Optional.of(3))));
  }

  static Rate rate(String carrier, String service, String price, Optional<Integer> days) {
    Money m = Money.of(new BigDecimal(price), "USD");
    Rate.Builder b = Rate.builder().key(ServiceKey.of(carrier, service)).total(m)
        .addCharge(new Charge(ChargeType.BASE, "base", m)).billableWeight(Weight.of("1", WeightUnit.KG));
    days.ifPresent(b::transitBusinessDays);
    return b.build();
  }

  @Override
  public CarrierMetadata metadata() {
    return metadata;
  }

  @Override
  public List<Rate> rates(ShipmentRequest request) {
    rateCalls++;
    return rates.apply(request);
  }

  @Override
  public Label buyLabel(LabelRequest request) {
    return new Label(ServiceKey.of(metadata.id().value(), request.service()), request.shipmentReference(),
        "T" + request.shipmentReference(), Money.of(1, "USD"), LabelFormat.ZPL, new byte[] {1}, Instant.EPOCH);
  }

  @Override
  public VoidOutcome voidLabel(String trackingNumber) {
    throw new InvalidRequestException("trackingNumber", "unknown");
  }

  @Override
  public Tracking track(String trackingNumber) {
    return new Tracking(trackingNumber, List.of(), Optional.empty());
  }
}
