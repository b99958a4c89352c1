package org.oms4j.carriers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.RateCardCarrier;
import org.oms4j.carriers.spi.Charge;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.Length;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Parcel;
import org.oms4j.carriers.spi.Rate;
import org.oms4j.carriers.spi.ShipmentOption;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.oms4j.core.common.Address;

/**
 * The compiled integer tables give exactly the rates of the general BigDecimal path (the reference), over random
 * requests in every unit, with every option, for the three sample cards, a test card of odd units (ounces,
 * millimetres, yen, prices finer than the currency, a fractional cubic threshold) and one of whole-dollar prices
 * (whose sums Moneta keeps at a scale the minor-unit sum would not), down to the decimal representation.
 */
class CompiledCardProperties {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

  static List<TableRateCarrier> cards() throws Exception {
    List<TableRateCarrier> cards = new ArrayList<>();
    for (String id : RateCardCarrier.SAMPLES) {
      cards.add((TableRateCarrier) RateCardCarrier.sample(id, CLOCK));
    }
    for (String file : List.of("odd-units.json", "whole-dollars.json")) {
      try (InputStream in = CompiledCardProperties.class.getResourceAsStream(file)) {
        cards.add(TableRateCarrier.fromJson(in, CLOCK));
      }
    }
    return cards;
  }

  static Address address(String postal, boolean residential) {
    return Address.builder().addLine("1 Main St").city("Town").postalCode(postal).country("US")
        .residential(residential).build();
  }

  /** A decimal of up to {@code maxScale} places between 1 and about {@code max}, often whole. */
  static BigDecimal decimal(Random r, int max, int maxScale) {
    int scale = r.nextInt(3) == 0 ? r.nextInt(maxScale + 1) : 0;
    long unscaled = 1 + (long) (r.nextDouble() * max * Math.pow(10, scale));
    return BigDecimal.valueOf(unscaled, scale);
  }

  static Length side(Random r) {
    LengthUnit unit = LengthUnit.values()[r.nextInt(LengthUnit.values().length)];
    int max = switch (unit) {
      case MM -> 1_200;
      case CM -> 120;
      case IN -> 50;
    };
    return Length.of(decimal(r, max, 3), unit);
  }

  static Weight weight(Random r) {
    WeightUnit unit = WeightUnit.values()[r.nextInt(WeightUnit.values().length)];
    int max = switch (unit) {
      case G -> 40_000;
      case KG -> 40;
      case OZ -> 1_200;
      case LB -> 80;
    };
    if (r.nextInt(50) == 0) { // finer than a nanogram: the tables give up, the general path prices it
      return Weight.of(new BigDecimal("1.0000000001"), WeightUnit.G);
    }
    return Weight.of(decimal(r, max, 4), unit);
  }

  static ShipmentRequest request(long seed, String currency) {
    Random r = new Random(seed);
    ShipmentRequest.Builder b = ShipmentRequest.builder()
        .shipFrom(address(r.nextBoolean() ? "10001" : "60601", false))
        .shipTo(address(String.format("%05d", r.nextInt(100_000)), r.nextBoolean()))
        .shipDate(LocalDate.of(2026, 11, 20).plusDays(r.nextInt(20)));
    int parcels = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
    for (int i = 0; i < parcels; i++) {
      b.addParcel(new Parcel(new Dimensions(side(r), side(r), side(r)), weight(r)));
    }
    for (ShipmentOption o : List.of(ShipmentOption.SIGNATURE, ShipmentOption.HAZMAT, ShipmentOption.INSURANCE)) {
      if (r.nextInt(4) == 0) {
        b.addOption(o);
      }
    }
    int value = r.nextInt(8);
    if (value == 0) { // insurance that rounds to nothing: a zero charge, which Moneta sums apart
      b.declaredValue(Money.of(BigDecimal.valueOf(1 + r.nextInt(60), 2), currency))
          .addOption(ShipmentOption.INSURANCE);
    } else if (value < 5) {
      b.declaredValue(Money.of(decimal(r, 5_000, 3), currency));
    } else {
      b.declaredValue(Money.of(BigDecimal.ZERO, currency)).addOption(ShipmentOption.INSURANCE);
    }
    return b.build();
  }

  /** What a call gave: the rates, or the exception's class and message. */
  static Object outcome(java.util.function.Supplier<List<Rate>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  static void assertSameDecimal(Object what, MonetaryAmount a, MonetaryAmount b) {
    BigDecimal x = a.getNumber().numberValue(BigDecimal.class);
    BigDecimal y = b.getNumber().numberValue(BigDecimal.class);
    assertThat(x.unscaledValue()).as("unscaled %s: %s vs %s", what, x, y).isEqualTo(y.unscaledValue());
    assertThat(x.scale()).as("scale %s: %s vs %s", what, x, y).isEqualTo(y.scale());
  }

  @Test
  void compiledTablesQuoteExactlyLikeTheGeneralPath() throws Exception {
    for (TableRateCarrier carrier : cards()) {
      assertThat(carrier.compiled()).as(carrier.metadata().id() + " compiles").isTrue();
      String currency = carrier.metadata().id().value().equals("oddunits") ? "JPY" : "USD";
      AtomicInteger examples = new AtomicInteger();
      AtomicInteger fast = new AtomicInteger();
      qt().withExamples(1_500).forAll(longs().all()).checkAssert(seed -> {
        ShipmentRequest request = request(seed, currency);
        Object actual = outcome(() -> carrier.rates(request));
        Object reference = outcome(() -> carrier.referenceRates(request));
        assertThat(actual).isEqualTo(reference);
        Optional<List<Rate>> compiled;
        try {
          compiled = carrier.compiledRates(request);
        } catch (RuntimeException e) {
          return; // refused before pricing (no zone), by both paths alike
        }
        examples.incrementAndGet();
        if (compiled.isPresent()) {
          fast.incrementAndGet();
          @SuppressWarnings("unchecked")
          List<Rate> expected = (List<Rate>) reference;
          assertThat(compiled.get()).isEqualTo(expected);
          for (int i = 0; i < expected.size(); i++) {
            Rate e = expected.get(i);
            Rate c = compiled.get().get(i);
            assertSameDecimal(e, c.total(), e.total());
            for (int j = 0; j < e.charges().size(); j++) {
              Charge ec = e.charges().get(j);
              assertSameDecimal(ec, c.charges().get(j).amount(), ec.amount());
            }
            assertThat(c.billableWeight().grams()).isEqualTo(e.billableWeight().grams());
          }
        }
      });
      // the tables must carry the load: only the deliberately unrepresentable requests take the general path
      assertThat(fast.get()).as(carrier.metadata().id() + " requests priced by the tables")
          .isGreaterThan(examples.get() * 8 / 10);
    }
  }
}
