package org.oms4j.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.spi.AddressRejectedException;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.ChargeType;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.InvalidRequestException;
import org.oms4j.carriers.spi.Label;
import org.oms4j.carriers.spi.LabelFormat;
import org.oms4j.carriers.spi.LabelRequest;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Parcel;
import org.oms4j.carriers.spi.Rate;
import org.oms4j.carriers.spi.ServiceUnavailableException;
import org.oms4j.carriers.spi.ShipmentOption;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.TrackingStatus;
import org.oms4j.carriers.spi.VoidOutcome;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Address;

class RateCardCarrierTest {
  /** Tuesday 2026-11-24, 10:00 in New York; Thursday the 26th is a holiday on every sample card. */
  static final Instant TUESDAY_10AM = Instant.parse("2026-11-24T15:00:00Z");

  final MutableClock clock = new MutableClock(TUESDAY_10AM);

  static Address to(String postal) {
    return Address.builder().addLine("2 Elm St").city("Somewhere").postalCode(postal).country("US").build();
  }

  static ShipmentRequest request(String postal, Parcel parcel, ShipmentOption... options) {
    ShipmentRequest.Builder b = ShipmentRequest.builder().shipFrom(Samples.from()).shipTo(to(postal))
        .addParcel(parcel).shipDate(LocalDate.of(2026, 11, 24));
    for (ShipmentOption o : options) {
      b.addOption(o);
    }
    return b.build();
  }

  static Parcel parcel(String l, String w, String h, String kg) {
    return new Parcel(Dimensions.of(l, w, h, LengthUnit.CM), Weight.of(kg, WeightUnit.KG));
  }

  static Rate rate(List<Rate> rates, String service) {
    return rates.stream().filter(r -> r.key().service().equals(service)).findFirst().orElseThrow();
  }

  @Test
  void quotesFromTheRateCardWithSurchargesTransitDaysAndHolidays() {
    Carrier swift = SampleCarriers.load("swiftpost", clock);
    List<Rate> rates = swift.rates(request("94105", parcel("30", "20", "10", "2")));
    assertThat(rates).extracting(r -> r.key().service()).containsExactly("GROUND", "ECONOMY", "TWO_DAY",
        "OVERNIGHT");
    Rate ground = rate(rates, "GROUND");
    // 2 kg = 4.41 lb -> 5 lb; 12x8x4 in (sides rounded up) = 384 in3 is under the 1728 in3 threshold
    assertThat(ground.billableWeight()).isEqualTo(Weight.of("5", WeightUnit.LB));
    assertThat(ground.zone()).hasValue("8");
    // base 6.10 + 0.55 x 5 + 0.85 x 4 = 12.25; residential 4.95; fuel 14.5% of 17.20 = 2.494 -> 2.49
    assertThat(ground.charges()).extracting(c -> c.type()).containsExactly(ChargeType.BASE, ChargeType.RESIDENTIAL,
        ChargeType.FUEL);
    assertThat(ground.total()).isEqualTo(Money.of(new java.math.BigDecimal("19.69"), "USD"));
    // 5 business days from Tuesday the 24th, skipping Thursday's holiday and the weekend
    assertThat(ground.transitBusinessDays()).hasValue(5);
    assertThat(ground.estimatedDelivery()).hasValue(LocalDate.of(2026, 12, 2));
    assertThat(rate(rates, "OVERNIGHT").guaranteedDelivery()).hasValue(LocalDate.of(2026, 11, 25));
    assertThat(ground.guaranteedDelivery()).isEmpty();
  }

  @Test
  void afterTheCutOffTheParcelLeavesTheNextBusinessDay() {
    clock.set(Instant.parse("2026-11-24T22:30:00Z")); // 17:30 in New York, after the 17:00 cut-off
    Rate overnight = rate(SampleCarriers.load("swiftpost", clock).rates(request("94105", parcel("30", "20", "10",
        "2"))), "OVERNIGHT");
    // leaves Wednesday, Thursday is a holiday: delivered Friday
    assertThat(overnight.estimatedDelivery()).hasValue(LocalDate.of(2026, 11, 27));
  }

  @Test
  void longestPostalPrefixChoosesTheZone() {
    Carrier swift = SampleCarriers.load("swiftpost", clock);
    assertThat(rate(swift.rates(request("10150", parcel("30", "20", "10", "2"))), "GROUND").zone()).hasValue("1");
    assertThat(rate(swift.rates(request("11050", parcel("30", "20", "10", "2"))), "GROUND").zone()).hasValue("2");
  }

  @Test
  void dimensionalWeightDecidesForLightBulkyParcels() {
    Carrier wave = SampleCarriers.load("parcelwave", clock);
    // 60 x 40 x 40 cm = 96000 cm3 / 5000 = 19.2 kg -> 19.5 kg (0.5 kg steps); actual 2 kg
    Rate ground = rate(wave.rates(request("94105", parcel("60", "40", "40", "2"))), "GROUND");
    assertThat(ground.billableWeight()).isEqualTo(Weight.of("19.5", WeightUnit.KG));
  }

  @Test
  void oversizeAndHandlingSurchargesAndServiceLimits() {
    Carrier swift = SampleCarriers.load("swiftpost", clock);
    // longest side 130 cm = 51.2 in > 48 in: additional handling
    Rate ground = rate(swift.rates(request("94105", parcel("130", "20", "10", "5"))), "GROUND");
    assertThat(ground.charges()).extracting(c -> c.type()).contains(ChargeType.ADDITIONAL_HANDLING);
    // 40 kg = 88 lb is above every service's 70 lb limit: no rates at all
    assertThat(swift.rates(request("94105", parcel("30", "20", "10", "40")))).isEmpty();
  }

  @Test
  void optionsKeepOnlyServicesThatOfferThem() {
    Carrier swift = SampleCarriers.load("swiftpost", clock);
    assertThat(swift.rates(request("94105", parcel("30", "20", "10", "2"), ShipmentOption.HAZMAT)))
        .extracting(r -> r.key().service()).containsExactly("GROUND");
    Rate signed = rate(swift.rates(request("94105", parcel("30", "20", "10", "2"), ShipmentOption.SIGNATURE)),
        "TWO_DAY");
    assertThat(signed.charges()).extracting(c -> c.type()).contains(ChargeType.SIGNATURE);
  }

  @Test
  void refusesLanesItDoesNotServe() {
    Carrier swift = SampleCarriers.load("swiftpost", clock);
    ShipmentRequest toGermany = ShipmentRequest.builder().shipFrom(Samples.from())
        .shipTo(Address.builder().addLine("Hauptstr. 1").city("Berlin").postalCode("10115").country("DE").build())
        .addParcel(parcel("30", "20", "10", "2")).shipDate(LocalDate.of(2026, 11, 24)).build();
    assertThatThrownBy(() -> swift.rates(toGermany)).isInstanceOf(AddressRejectedException.class)
        .hasMessageContaining("DE");
  }

  @Test
  void labelPurchaseIsIdempotentByReferenceAndTrackingNumbersAreDeterministic() {
    Carrier swift = SampleCarriers.load("swiftpost", clock);
    LabelRequest req = new LabelRequest("shipment-42", "GROUND", request("94105", parcel("30", "20", "10", "2")),
        LabelFormat.PDF);
    Label first = swift.buyLabel(req);
    clock.advance(Duration.ofMinutes(5));
    assertThat(swift.buyLabel(req)).isSameAs(first);
    assertThat(first.trackingNumber()).startsWith("SWP").hasSize(15);
    assertThat(new String(first.document(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4").endsWith("%%EOF\n");
    assertThat(first.price()).isEqualTo(Money.of(new java.math.BigDecimal("19.69"), "USD"));
    // another instance (a restart) derives the same tracking number from the same reference
    assertThat(SampleCarriers.load("swiftpost", clock).buyLabel(req).trackingNumber())
        .isEqualTo(first.trackingNumber());
    LabelRequest other = new LabelRequest("shipment-42", "OVERNIGHT", req.shipment(), LabelFormat.PDF);
    assertThatThrownBy(() -> swift.buyLabel(other)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("shipment-42");
    assertThatThrownBy(() -> swift.buyLabel(new LabelRequest("s-43", "FREIGHT", req.shipment(), LabelFormat.PDF)))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThatThrownBy(() -> swift.buyLabel(new LabelRequest("s-44", "GROUND", req.shipment(), LabelFormat.PNG)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("PNG");
    assertThatThrownBy(() -> swift.buyLabel(new LabelRequest("s-45", "GROUND", request("94105", parcel("30", "20",
        "10", "40")), LabelFormat.ZPL))).isInstanceOf(ServiceUnavailableException.class);
  }

  @Test
  void voidBeforePickupOnlyAndIdempotently() {
    Carrier swift = SampleCarriers.load("swiftpost", clock);
    ShipmentRequest shipment = request("94105", parcel("30", "20", "10", "2"));
    Label a = swift.buyLabel(new LabelRequest("a", "GROUND", shipment, LabelFormat.ZPL));
    Label b = swift.buyLabel(new LabelRequest("b", "GROUND", shipment, LabelFormat.ZPL));
    assertThat(swift.voidLabel(a.trackingNumber())).isEqualTo(VoidOutcome.VOIDED);
    assertThat(swift.voidLabel(a.trackingNumber())).isEqualTo(VoidOutcome.ALREADY_VOIDED);
    assertThat(swift.track(a.trackingNumber()).latest().orElseThrow().status()).isEqualTo(TrackingStatus.CANCELLED);
    clock.set(Instant.parse("2026-11-24T22:00:00Z")); // 17:00 New York: picked up
    assertThat(swift.voidLabel(b.trackingNumber())).isEqualTo(VoidOutcome.REFUSED_IN_TRANSIT);
    assertThatThrownBy(() -> swift.voidLabel("SWP000")).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void trackingFollowsTheClock() {
    Carrier swift = SampleCarriers.load("swiftpost", clock);
    Label label = swift.buyLabel(new LabelRequest("t", "GROUND", request("94105", parcel("30", "20", "10", "2")),
        LabelFormat.ZPL));
    assertThat(swift.track(label.trackingNumber()).events()).extracting(e -> e.status())
        .containsExactly(TrackingStatus.PRE_TRANSIT);
    clock.set(Instant.parse("2026-11-30T12:00:00Z"));
    assertThat(swift.track(label.trackingNumber()).latest().orElseThrow().status())
        .isEqualTo(TrackingStatus.IN_TRANSIT);
    clock.set(Instant.parse("2026-12-03T00:00:00Z"));
    var tracking = swift.track(label.trackingNumber());
    assertThat(tracking.events()).extracting(e -> e.status()).containsExactly(TrackingStatus.PRE_TRANSIT,
        TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT, TrackingStatus.IN_TRANSIT, TrackingStatus.IN_TRANSIT,
        TrackingStatus.IN_TRANSIT, TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED);
    assertThat(tracking.estimatedDelivery()).hasValue(LocalDate.of(2026, 12, 2));
  }

  @Test
  void malformedCardsAreRefused() {
    assertThatThrownBy(() -> RateCardCarrier.fromJson(new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8)),
        clock)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RateCardCarrier.fromJson(new ByteArrayInputStream("{\"carrier\":\"x\"}"
        .getBytes(StandardCharsets.UTF_8)), clock)).isInstanceOf(InvalidInputException.class);
  }
}
