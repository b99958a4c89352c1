package org.oms4j.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.spi.CarrierAuthenticationException;
import org.oms4j.carriers.spi.CarrierId;
import org.oms4j.carriers.spi.Charge;
import org.oms4j.carriers.spi.ChargeType;
import org.oms4j.carriers.spi.Rate;
import org.oms4j.carriers.spi.ServiceKey;
import org.oms4j.carriers.spi.ShipmentOption;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.core.InvalidInputException;

class RateShopperTest {
  final MutableClock clock = new MutableClock(RateCardCarrierTest.TUESDAY_10AM);

  /** A generous timeout, so a cold or loaded JVM does not make carriers "missing" in tests not about timeouts. */
  RateShopper.Builder shopper() {
    return RateShopper.builder().clock(clock).timeout(Duration.ofSeconds(10));
  }

  static ShopRequest.Builder shop() {
    return ShopRequest.builder().shipment(Samples.request());
  }

  static StubCarrier days(String id, String price, int days) {
    return new StubCarrier(id, r -> List.of(StubCarrier.rate(id, "GROUND", price, Optional.of(days))));
  }

  @Test
  void shopsThreeCarriersFourServicesCheapestFirstWithTags() {
    RateShopper.Builder b = shopper();
    SampleCarriers.all(clock).forEach(b::carrier);
    try (RateShopper s = b.build()) {
      ShopResult result = s.shop(ShopRequest.builder().shipment(RateCardCarrierTest.request("94105",
          RateCardCarrierTest.parcel("30", "20", "10", "2"))).build());
      assertThat(result.options()).hasSize(12);
      assertThat(result.missing()).isEmpty();
      assertThat(result.options()).extracting(o -> o.rate().total()).isSortedAccordingTo(
          Comparator.comparing(m -> (Money) Money.from(m)));
      RateOption chosen = result.chosen().orElseThrow();
      assertThat(chosen.tags()).contains(RateTag.CHEAPEST);
      assertThat(result.tagged(RateTag.FASTEST).orElseThrow().delivery()).hasValue(LocalDate.of(2026, 11, 25));
      assertThat(result.tagged(RateTag.BEST_VALUE)).isEmpty();
      assertThat(result.explanation().get(0)).startsWith("Chose " + chosen.rate().key());
      // deterministic: the same answer again
      assertThat(s.shop(ShopRequest.builder().shipment(RateCardCarrierTest.request("94105",
          RateCardCarrierTest.parcel("30", "20", "10", "2"))).build()).options()).isEqualTo(result.options());
    }
  }

  /** A carrier that answers after 3 s, with nothing. */
  static StubCarrier slow() {
    return new StubCarrier("slow", r -> {
      try {
        Thread.sleep(3_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of();
    });
  }

  @Test
  void slowAndFailingCarriersDoNotBlockTheOthersAndAreReported() {
    StubCarrier slow = slow();
    StubCarrier locked = new StubCarrier("locked", r -> {
      throw new CarrierAuthenticationException("bad key");
    });
    StubCarrier buggy = new StubCarrier("buggy", r -> {
      throw new IllegalStateException("bug");
    });
    try (RateShopper s = shopper().timeout(Duration.ofMillis(300)).carrier(slow).carrier(locked).carrier(buggy)
        .carrier(days("fine", "9.00", 2)).build()) {
      long start = System.nanoTime();
      ShopResult result = s.shop(shop().build());
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_000));
      assertThat(result.chosen().orElseThrow().rate().key()).isEqualTo(ServiceKey.of("fine", "GROUND"));
      assertThat(result.missing()).extracting(MissingCarrier::carrier, MissingCarrier::reason)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(CarrierId.of("slow"), MissingCarrier.Reason.TIMEOUT),
              org.assertj.core.groups.Tuple.tuple(CarrierId.of("locked"), MissingCarrier.Reason.AUTHENTICATION),
              org.assertj.core.groups.Tuple.tuple(CarrierId.of("buggy"), MissingCarrier.Reason.PLUGIN_FAILURE));
      assertThat(String.join("\n", result.explanation())).contains("slow", "TIMEOUT", "locked");
    }
  }

  /** A stub that says it quotes in process, recording the thread it was called on. */
  static StubCarrier inProcess(String id, java.util.function.Function<ShipmentRequest, List<Rate>> rates,
      List<Thread> calledOn) {
    return new StubCarrier(id, r -> {
      calledOn.add(Thread.currentThread());
      return rates.apply(r);
    }) {
      @Override
      public boolean quotesInProcess() {
        return true;
      }
    };
  }

  @Test
  void inProcessCarriersAreQuotedOnTheCallersThreadAndTheirFailuresReported() {
    List<Thread> calledOn = new java.util.concurrent.CopyOnWriteArrayList<>();
    StubCarrier fine = inProcess("fine", r -> List.of(StubCarrier.rate("fine", "GROUND", "9.00",
        java.util.Optional.of(2))), calledOn);
    StubCarrier buggy = inProcess("buggy", r -> {
      throw new IllegalStateException("bug");
    }, calledOn);
    StubCarrier slow = slow();
    // the default executor: a pool; the in-process carriers do not use it, the slow one does and times out
    try (RateShopper s = RateShopper.builder().clock(clock).timeout(Duration.ofMillis(300)).carrier(slow)
        .carrier(buggy).carrier(fine).build()) {
      ShopResult result = s.shop(shop().build());
      assertThat(calledOn).containsOnly(Thread.currentThread()).hasSize(2);
      assertThat(result.chosen().orElseThrow().rate().key()).isEqualTo(ServiceKey.of("fine", "GROUND"));
      assertThat(result.missing()).extracting(MissingCarrier::carrier, MissingCarrier::reason)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(CarrierId.of("slow"), MissingCarrier.Reason.TIMEOUT),
              org.assertj.core.groups.Tuple.tuple(CarrierId.of("buggy"), MissingCarrier.Reason.PLUGIN_FAILURE));
    }
    assertThat(SampleCarriers.load("bluejay", clock).quotesInProcess()).isTrue();
  }

  @Test
  void keysMatchExactlyNeverBySubstring() {
    try (RateShopper s = shopper().carrier(days("ups", "10.00", 3)).carrier(days("ups-mi", "8.00", 3)).build()) {
      ShopResult excluded = s.shop(shop().addExcludeService(ServiceKey.of("ups", "GROUND")).build());
      assertThat(excluded.options()).extracting(o -> o.rate().key()).containsExactly(ServiceKey.of("ups-mi",
          "GROUND"));
      ShopResult included = s.shop(shop().addIncludeCarrier(CarrierId.of("ups")).build());
      assertThat(included.options()).extracting(o -> o.rate().key()).containsExactly(ServiceKey.of("ups",
          "GROUND"));
      assertThat(included.missing()).extracting(MissingCarrier::reason)
          .containsExactly(MissingCarrier.Reason.INELIGIBLE);
      ShopResult noCarrier = s.shop(shop().addExcludeCarrier(CarrierId.of("ups-mi")).build());
      assertThat(noCarrier.options()).extracting(o -> o.rate().key().carrier().value()).containsExactly("ups");
    }
  }

  @Test
  void capabilityAndCountryFilters() {
    RateShopper.Builder b = shopper();
    SampleCarriers.all(clock).forEach(b::carrier);
    try (RateShopper s = b.build()) {
      ShipmentRequest hazmat = RateCardCarrierTest.request("94105", RateCardCarrierTest.parcel("30", "20", "10", "2"),
          ShipmentOption.HAZMAT);
      ShopResult result = s.shop(ShopRequest.builder().shipment(hazmat).build());
      assertThat(result.options()).extracting(o -> o.rate().key().toString())
          .containsExactlyInAnyOrder("swiftpost/GROUND", "bluejay/GROUND", "bluejay/TWO_DAY", "bluejay/OVERNIGHT");
      assertThat(result.missing()).extracting(MissingCarrier::carrier).containsExactly(CarrierId.of("parcelwave"));
      ShopResult poBox = s.shop(ShopRequest.builder().shipment(RateCardCarrierTest.request("94105",
          RateCardCarrierTest.parcel("30", "20", "10", "2"))).addRequiredFeature(
          org.oms4j.carriers.spi.ServiceFeature.PO_BOX).build());
      assertThat(poBox.options()).extracting(o -> o.rate().key().toString())
          .containsExactlyInAnyOrder("swiftpost/ECONOMY", "parcelwave/GROUND", "parcelwave/ECONOMY");
    }
  }

  @Test
  void deadlineCountsBusinessDaysHolidaysAndCutOff() {
    RateShopper.Builder b = shopper();
    SampleCarriers.all(clock).forEach(b::carrier);
    try (RateShopper s = b.build()) {
      ShipmentRequest shipment = RateCardCarrierTest.request("94105", RateCardCarrierTest.parcel("30", "20", "10",
          "2"));
      LocalDate friday = LocalDate.of(2026, 11, 27);
      ShopResult result = s.shop(ShopRequest.builder().shipment(shipment).deliverBy(friday).build());
      assertThat(result.options()).isNotEmpty().allSatisfy(o -> assertThat(o.delivery().orElseThrow())
          .isBeforeOrEqualTo(friday));
      assertThat(result.rejected()).isNotEmpty().allSatisfy(r -> assertThat(r.reason()).contains("after the deadline"));
      // after every card's cut-off nothing leaves before Wednesday and Thursday is a holiday: only the one-day
      // overnight services arrive Friday (parcelwave's overnight takes 2 days to zone 8)
      clock.set(Instant.parse("2026-11-24T23:30:00Z"));
      ShopResult late = s.shop(ShopRequest.builder().shipment(shipment).deliverBy(friday).build());
      assertThat(late.options()).extracting(o -> o.rate().key().toString())
          .containsExactlyInAnyOrder("bluejay/OVERNIGHT", "swiftpost/OVERNIGHT");
      assertThat(late.options()).allSatisfy(o -> assertThat(o.delivery().orElseThrow()).isBeforeOrEqualTo(friday));
    }
  }

  static StubCarrier distribution(String id, String price, Map<Integer, String> probabilities) {
    return new StubCarrier(id, r -> {
      Money m = Money.of(new BigDecimal(price), "USD");
      TreeMap<Integer, BigDecimal> p = new TreeMap<>();
      probabilities.forEach((k, v) -> p.put(k, new BigDecimal(v)));
      return List.of(Rate.builder().key(ServiceKey.of(id, "GROUND")).total(m).addCharge(new Charge(ChargeType.BASE,
          "base", m)).billableWeight(Weight.ofGrams(1000)).putAllTransitDayProbabilities(p).build());
    });
  }

  @Test
  void transitDistributionsMeetTheDeadlineWithConfidence() {
    // ship day Thursday 26th (the shopper's calendar has no holidays); deadline Monday 30th = 2 business days
    StubCarrier d = distribution("dist", "5.00", Map.of(1, "0.5", 2, "0.3", 3, "0.2"));
    try (RateShopper s = shopper().carrier(d).build()) {
      LocalDate monday = LocalDate.of(2026, 11, 30);
      ShopResult ok = s.shop(shop().deliverBy(monday).confidence(new BigDecimal("0.8")).build());
      assertThat(ok.options()).hasSize(1);
      assertThat(ok.options().get(0).delivery()).hasValue(monday);
      ShopResult strict = s.shop(shop().deliverBy(monday).confidence(new BigDecimal("0.9")).build());
      assertThat(strict.options()).isEmpty();
      assertThat(strict.rejected().get(0).reason()).contains("probability 0.8", "confidence 0.9");
    }
  }

  @Test
  void missingEstimatesAreHandledExplicitly() {
    StubCarrier unknown = new StubCarrier("unknown", r -> List.of(StubCarrier.rate("unknown", "GROUND", "1.00",
        Optional.empty())));
    try (RateShopper s = shopper().carrier(unknown).carrier(days("known", "4.00", 1)).build()) {
      LocalDate deadline = LocalDate.of(2026, 12, 4);
      ShopResult excluded = s.shop(shop().deliverBy(deadline).build());
      assertThat(excluded.options()).extracting(o -> o.rate().key().carrier().value()).containsExactly("known");
      assertThat(excluded.rejected()).extracting(RejectedRate::reason).containsExactly("no delivery estimate");
      ShopResult kept = s.shop(shop().deliverBy(deadline).missingEstimates(MissingEstimatePolicy.KEEP).build());
      assertThat(kept.options()).extracting(o -> o.rate().key().carrier().value()).containsExactly("unknown",
          "known");
      ShopResult fastest = s.shop(shop().deliverBy(deadline).missingEstimates(MissingEstimatePolicy.KEEP)
          .strategy(ShoppingStrategy.FASTEST).build());
      assertThat(fastest.options()).extracting(o -> o.rate().key().carrier().value()).containsExactly("known",
          "unknown");
    }
  }

  @Test
  void cheapestFastestAndBestValueWithDeterministicTies() {
    try (RateShopper s = shopper().carrier(days("a", "10.00", 5)).carrier(days("b", "14.00", 2))
        .carrier(days("c", "30.00", 1)).carrier(days("d", "14.00", 2)).build()) {
      Money day = Money.of(2, "USD");
      ShopResult cheapest = s.shop(shop().valueOfDay(day).build());
      assertThat(cheapest.options()).extracting(o -> o.rate().key().carrier().value())
          .containsExactly("a", "b", "d", "c");
      // score: a 10 + 2x5 = 20, b and d 14 + 2x2 = 18, c 30 + 2 = 32; b before d by key
      ShopResult best = s.shop(shop().strategy(ShoppingStrategy.BEST_VALUE).valueOfDay(day).build());
      assertThat(best.options()).extracting(o -> o.rate().key().carrier().value())
          .containsExactly("b", "d", "a", "c");
      assertThat(best.chosen().orElseThrow().score()).hasValue(Money.of(18, "USD"));
      assertThat(best.chosen().orElseThrow().tags()).containsExactly(RateTag.BEST_VALUE);
      assertThat(best.tagged(RateTag.CHEAPEST).orElseThrow().rate().key().carrier().value()).isEqualTo("a");
      assertThat(best.tagged(RateTag.FASTEST).orElseThrow().rate().key().carrier().value()).isEqualTo("c");
      ShopResult fastest = s.shop(shop().strategy(ShoppingStrategy.FASTEST).build());
      assertThat(fastest.options()).extracting(o -> o.rate().key().carrier().value())
          .containsExactly("c", "b", "d", "a");
      // against a deadline: each business day early is worth 2 USD, each day late costs 2 USD
      ShopResult deadline = s.shop(shop().strategy(ShoppingStrategy.BEST_VALUE).valueOfDay(Money.of(5, "USD"))
          .deliverBy(LocalDate.of(2026, 12, 3)).build());
      // days early: a 0, b 3, c 4 -> scores a 10, b 14 - 15 = -1, c 30 - 20 = 10
      assertThat(deadline.options()).extracting(o -> o.rate().key().carrier().value())
          .containsExactly("b", "d", "a", "c");
      assertThat(deadline.chosen().orElseThrow().businessDaysEarly()).hasValue(3);
    }
    assertThatThrownBy(() -> shop().strategy(ShoppingStrategy.BEST_VALUE).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("valueOfDay");
  }

  @Test
  void quotesAreCachedForTheConfiguredTime() {
    StubCarrier counted = days("counted", "3.00", 2);
    try (RateShopper s = shopper().carrier(counted).cacheTtl(Duration.ofMinutes(10)).build()) {
      s.shop(shop().build());
      s.shop(shop().build());
      assertThat(counted.rateCalls).isEqualTo(1);
      clock.advance(Duration.ofMinutes(10));
      s.shop(shop().build());
      assertThat(counted.rateCalls).isEqualTo(2);
    }
    StubCarrier uncached = days("uncached", "3.00", 2);
    try (RateShopper s = shopper().carrier(uncached).build()) {
      s.shop(shop().build());
      s.shop(shop().build());
      assertThat(uncached.rateCalls).isEqualTo(2);
    }
  }

  @Test
  void mixedCurrenciesAreRefusedUnlessFilteredOut() {
    StubCarrier euro = new StubCarrier("euro", r -> {
      Money m = Money.of(4, "EUR");
      return List.of(Rate.builder().key(ServiceKey.of("euro", "GROUND")).total(m).addCharge(new Charge(
          ChargeType.BASE, "base", m)).billableWeight(Weight.ofGrams(1000)).transitBusinessDays(2).build());
    });
    try (RateShopper s = shopper().carrier(euro).carrier(days("dollar", "5.00", 2)).build()) {
      assertThatThrownBy(() -> s.shop(shop().build())).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("currencies");
      assertThat(s.shop(shop().addExcludeCarrier(CarrierId.of("euro")).build()).options()).hasSize(1);
    }
  }
}
