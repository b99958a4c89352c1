package org.oms4j.benchmarks.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.LocationType;
import org.oms4j.core.inventory.ReservationId;
import org.oms4j.core.inventory.ReservationLine;
import org.oms4j.core.inventory.ReservationRequest;
import org.oms4j.core.inventory.ReservationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reservation throughput of the in-memory {@link Inventory}: one op is a reserve followed by the release of the
 * same reservation (so stock never runs out and the op can repeat forever).
 *
 * <ul>
 *   <li>{@code singleLine}: one SKU at one location.
 *   <li>{@code fiveLinesThreeLocations}: an all-or-nothing reservation of 5 lines spread over 3 locations.
 * </ul>
 *
 * <p>The inventory is shared by all threads ({@link Scope#Benchmark}); each thread works on its own SKUs, so running
 * with {@code -t 2} shows whether distinct SKUs scale or serialise on a shared lock. Completed reservations are not
 * kept ({@code keepCompletedReservations(false)}), so ids can be reused and the maps stay the same size.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReservationBenchmark {
  static final int SKUS_PER_THREAD = 200;
  static final int MAX_THREADS = 8;
  static final List<LocationId> LOCATIONS =
      List.of(LocationId.of("EAST"), LocationId.of("WEST"), LocationId.of("STORE"));

  /** The inventory all threads share. */
  @State(Scope.Benchmark)
  public static class Shared {
    Inventory inventory;
    final AtomicInteger threads = new AtomicInteger();

    @Setup(Level.Trial)
    public void setup() {
      inventory = Inventory.builder().keepCompletedReservations(false).build();
      Address address = Address.builder().addLine("1 Dock Rd").city("Edison").postalCode("08817").country("US")
          .build();
      for (LocationId id : LOCATIONS) {
        inventory.putLocation(Location.builder().id(id).name(id.value()).type(LocationType.WAREHOUSE)
            .shipFrom(address).build());
      }
      Actor actor = Actor.system("benchmark");
      for (int t = 0; t < MAX_THREADS; t++) {
        for (int i = 0; i < SKUS_PER_THREAD; i++) {
          for (LocationId location : LOCATIONS) {
            inventory.receive(sku(t, i), location, 1_000_000, actor);
          }
        }
      }
    }
  }

  static Sku sku(int thread, int i) {
    return Sku.of("T" + thread + "-SKU-" + i);
  }

  /** Each thread's own requests, on its own SKUs. */
  @State(Scope.Thread)
  public static class PerThread {
    ReservationRequest[] single;
    ReservationRequest[] fiveLines;
    int next;

    @Setup(Level.Trial)
    public void setup(Shared shared) {
      int t = shared.threads.getAndIncrement();
      single = new ReservationRequest[SKUS_PER_THREAD];
      fiveLines = new ReservationRequest[SKUS_PER_THREAD];
      for (int i = 0; i < SKUS_PER_THREAD; i++) {
        single[i] = ReservationRequest.builder().id(ReservationId.of("T" + t + "-S-" + i)).reference("cart")
            .addLine(ReservationLine.of(sku(t, i), LOCATIONS.get(i % 3), 1)).build();
        List<ReservationLine> lines = new ArrayList<>(5);
        for (int l = 0; l < 5; l++) {
          lines.add(ReservationLine.of(sku(t, (i + l * 37) % SKUS_PER_THREAD), LOCATIONS.get(l % 3), 1 + l % 2));
        }
        fiveLines[i] = ReservationRequest.builder().id(ReservationId.of("T" + t + "-M-" + i)).reference("order")
            .addAllLines(lines).build();
      }
    }
  }

  /**
   * The scaling control: each thread has an inventory of its own (nothing shared at all), so running it with
   * {@code -t 2} shows how far two threads can scale on this machine, against which {@link #singleLine} with its
   * shared inventory is judged.
   */
  @State(Scope.Thread)
  public static class Private {
    Shared own;
    PerThread requests;

    @Setup(Level.Trial)
    public void setup() {
      own = new Shared();
      own.setup();
      requests = new PerThread();
      requests.setup(own);
    }
  }

  /** {@link #singleLine} on a thread-private inventory: the machine's scaling ceiling. */
  @Benchmark
  public ReservationResult singleLinePrivateInventory(Private mine) {
    return singleLine(mine.own, mine.requests);
  }

  /** Reserve one unit of one SKU at one location, then release it. */
  @Benchmark
  public ReservationResult singleLine(Shared shared, PerThread mine) {
    ReservationRequest request = mine.single[mine.next++ % SKUS_PER_THREAD];
    ReservationResult result = shared.inventory.reserve(request);
    shared.inventory.release(request.id());
    return result;
  }

  /** Reserve 5 lines at 3 locations all-or-nothing, then release them. */
  @Benchmark
  public ReservationResult fiveLinesThreeLocations(Shared shared, PerThread mine) {
    ReservationRequest request = mine.fiveLines[mine.next++ % SKUS_PER_THREAD];
    ReservationResult result = shared.inventory.reserve(request);
    shared.inventory.release(request.id());
    return result;
  }
}
