package org.oms4j.benchmarks.carriers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.oms4j.carriers.RateCardCarrier;
import org.oms4j.carriers.RateShopper;
import org.oms4j.carriers.ShopRequest;
import org.oms4j.carriers.ShopResult;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Parcel;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.oms4j.core.common.Address;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rate shopping across the 3 sample carriers x 4 services, quotes computed from the rate cards on the calling
 * thread (no cache). Issue 5 aims for at least 100,000 shipments/s on one thread. The rate cards are the samples
 * shipped in the oms-carriers-spi jar.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class RateShopBenchmark {
  RateShopper shopper;
  List<ShopRequest> requests;
  int next;

  @Setup
  public void setup() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);
    // the default executor: rate-card carriers quote in process, so they run on this thread without it
    RateShopper.Builder b = RateShopper.builder().clock(clock).timeout(Duration.ofSeconds(5));
    for (String id : List.of("swiftpost", "parcelwave", "bluejay")) {
      b.carrier(RateCardCarrier.sample(id, clock));
    }
    shopper = b.build();
    Address from = Address.builder().addLine("1 Warehouse Way").city("New York").postalCode("10001").country("US")
        .residential(false).build();
    Random random = new Random(7);
    requests = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      Address to = Address.builder().addLine("2 Elm St").city("Town")
          .postalCode(String.format("%05d", random.nextInt(100_000))).country("US").build();
      ShipmentRequest shipment = ShipmentRequest.builder().shipFrom(from).shipTo(to)
          .addParcel(new Parcel(Dimensions.of(String.valueOf(10 + random.nextInt(50)),
              String.valueOf(10 + random.nextInt(40)), String.valueOf(5 + random.nextInt(30)), LengthUnit.CM),
              Weight.ofGrams(100 + random.nextInt(9_000))))
          .shipDate(LocalDate.of(2026, 11, 24)).build();
      requests.add(ShopRequest.builder().shipment(shipment).deliverBy(LocalDate.of(2026, 12, 4)).build());
    }
  }

  @TearDown
  public void tearDown() {
    shopper.close();
  }

  @Benchmark
  public ShopResult shopOneShipment() {
    return shopper.shop(requests.get(next++ & 255));
  }
}
