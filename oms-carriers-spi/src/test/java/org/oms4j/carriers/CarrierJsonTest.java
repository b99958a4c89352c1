package org.oms4j.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.Charge;
import org.oms4j.carriers.spi.ChargeType;
import org.oms4j.carriers.spi.Label;
import org.oms4j.carriers.spi.LabelFormat;
import org.oms4j.carriers.spi.LabelRequest;
import org.oms4j.carriers.spi.Parcel;
import org.oms4j.carriers.spi.Rate;
import org.oms4j.carriers.spi.ServiceKey;
import org.oms4j.carriers.spi.ShipmentOption;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Tracking;
import org.oms4j.carriers.spi.TrackingEvent;
import org.oms4j.carriers.spi.TrackingStatus;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.json.OmsJson;

class CarrierJsonTest {
  static final OmsJson JSON = OmsJson.create(new CarrierJacksonModule());

  final MutableClock clock = new MutableClock(RateCardCarrierTest.TUESDAY_10AM);

  static <T> T roundTrip(T value, Class<T> type) {
    return JSON.read(JSON.write(value), type);
  }

  @Test
  void ratesOfEverySampleCarrierRoundTripExactly() {
    ShipmentRequest insured = ShipmentRequest.builder().shipFrom(Samples.from()).shipTo(Samples.to())
        .addParcel(RateCardCarrierTest.parcel("130", "20", "10", "26.5"))
        .addParcel(RateCardCarrierTest.parcel("30", "20", "10", "2"))
        .declaredValue(Money.of(new BigDecimal("1234.567"), "USD")).addOption(ShipmentOption.INSURANCE)
        .addOption(ShipmentOption.SIGNATURE).shipDate(LocalDate.of(2026, 11, 24)).build();
    int checked = 0;
    for (Carrier c : SampleCarriers.all(clock)) {
      for (Rate r : c.rates(insured)) {
        assertThat(roundTrip(r, Rate.class)).isEqualTo(r);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(6);
  }

  @Test
  void aRateWithTransitProbabilitiesAndNoEstimatesRoundTrips() {
    Money total = Money.of(new BigDecimal("12.30"), "EUR");
    Rate r = Rate.builder().key(ServiceKey.of("acme", "ROAD")).total(total)
        .addCharge(new Charge(ChargeType.BASE, "road", Money.of(new BigDecimal("13.30"), "EUR")))
        .addCharge(new Charge(ChargeType.DISCOUNT, "loyal", Money.of(new BigDecimal("-1.00"), "EUR")))
        .billableWeight(Weight.of(new BigDecimal("0.000001"), org.oms4j.carriers.spi.WeightUnit.G))
        .putAllTransitDayProbabilities(Map.of(2, new BigDecimal("0.6"), 3, new BigDecimal("0.35"))).build();
    String json = JSON.write(r);
    assertThat(json).contains("\"carrier\":\"acme\"", "\"grams\":\"0.000001\"");
    assertThat(roundTrip(r, Rate.class)).isEqualTo(r);
  }

  @Test
  void labelsAndTrackingRoundTrip() {
    Carrier swift = SampleCarriers.load("swiftpost", clock);
    Label label = swift.buyLabel(new LabelRequest("json-1", "GROUND", Samples.request(), LabelFormat.PDF));
    assertThat(roundTrip(label, Label.class)).isEqualTo(label);
    clock.advance(java.time.Duration.ofDays(9));
    Tracking tracking = swift.track(label.trackingNumber());
    assertThat(tracking.events()).hasSizeGreaterThan(2);
    assertThat(roundTrip(tracking, Tracking.class)).isEqualTo(tracking);
    TrackingEvent incident = new TrackingEvent(Instant.parse("2026-11-27T10:15:30Z"), Optional.empty(), "X1",
        TrackingStatus.ON_HOLD, Optional.of("address unreadable"));
    assertThat(roundTrip(incident, TrackingEvent.class)).isEqualTo(incident);
    assertThat(roundTrip(Samples.request().parcels().get(0), Parcel.class))
        .isEqualTo(Samples.request().parcels().get(0));
  }

  static InvalidInputException refused(String rateJson) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.read(rateJson, Rate.class));
    assertThat(e).as("refused: %s", rateJson).isNotNull();
    return e;
  }

  @Test
  void badDocumentsAreRefusedNamingThePath() {
    Rate r = SampleCarriers.load("bluejay", clock).rates(Samples.request()).get(0);
    String json = JSON.write(r);
    String wrongTotal = json.replaceFirst("\"total\":\\{\"amount\":\"[0-9.]+\"", "\"total\":{\"amount\":\"1.00\"");
    assertThat(refused(wrongTotal).field()).isEqualTo("$.total");
    String negative = json.replaceFirst("\"billableWeight\":\\{\"grams\":\"", "\"billableWeight\":{\"grams\":\"-");
    assertThat(refused(negative).field()).startsWith("$.billableWeight");
    assertThat(refused(json.replaceFirst("\\{", "{\"surprise\":1,"))).hasMessageContaining("surprise");
    assertThat(refused(json.replaceFirst("\"key\":\\{[^}]*\\},", "")).field()).isEqualTo("$.key");
    String badCarrier = json.replaceFirst("\"carrier\":\"bluejay\"", "\"carrier\":\"blue jay!\"");
    assertThat(refused(badCarrier).field()).startsWith("$.key.carrier");
  }
}
