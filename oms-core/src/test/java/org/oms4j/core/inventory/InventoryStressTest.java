package org.oms4j.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oms4j.core.Fixtures.ACTOR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;

/**
 * 8 threads x 100,000 random reserve / release / commit calls (single-line, and multi-line all-or-nothing, a few
 * partial) on 3 hot SKUs across 5 locations, with periodic receipts. Some releases and commits race on
 * reservations another thread made. Afterwards nothing is oversold, no quantity is negative, counters agree with
 * the ledger and the reservations, and units committed never exceed units received.
 */
class InventoryStressTest {
  static final int THREADS = 8;
  static final int OPERATIONS_PER_THREAD = 100_000;
  static final int RECEIPT_EVERY = 100;
  static final List<Sku> SKUS = List.of(Sku.of("HOT-1"), Sku.of("HOT-2"), Sku.of("HOT-3"));
  static final List<LocationId> LOCATIONS = List.of(LocationId.of("S1"), LocationId.of("S2"), LocationId.of("S3"),
      LocationId.of("S4"), LocationId.of("S5"));

  final Inventory inventory = Inventory.builder().keepCompletedReservations(false).build();
  final AtomicLong received = new AtomicLong();
  final AtomicLong committed = new AtomicLong();
  /** Units each live reservation holds, so that whoever commits it knows how many left. */
  final ConcurrentHashMap<ReservationId, Integer> unitsOf = new ConcurrentHashMap<>();
  /** Recent reservation ids any thread may release or commit. */
  final AtomicReferenceArray<ReservationId> shared = new AtomicReferenceArray<>(64);
  /** 0 reserved, 1 refused (shortage), 2 partial, 3 released, 4 committed, 5 lost a race. */
  final AtomicLongArray outcomes = new AtomicLongArray(6);

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void manyThreadsNeverOversell() throws Exception {
    for (LocationId loc : LOCATIONS) {
      inventory.putLocation(InventoryFixtures.location(loc, true));
      for (Sku sku : SKUS) {
        receive(sku, loc, 50);
      }
    }
    long seed = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      SplittableRandom random = new SplittableRandom(seed + t);
      int thread = t;
      workers.add(pool.submit(() -> {
        start.await();
        work(thread, random);
        return null;
      }));
    }
    long began = System.nanoTime();
    start.countDown();
    try {
      for (Future<?> f : workers) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
    System.out.printf("InventoryStressTest: %d threads x %,d operations in %,d ms (seed %d); reserved %,d, "
        + "refused %,d, partial %,d, released %,d, committed %,d, lost races %,d; units received %,d, "
        + "committed %,d%n", THREADS, OPERATIONS_PER_THREAD, millis, seed, outcomes.get(0), outcomes.get(1),
        outcomes.get(2), outcomes.get(3), outcomes.get(4), outcomes.get(5), received.get(), committed.get());

    long onHand = 0;
    long reserved = 0;
    for (StockLevel s : inventory.store().allStock()) {
      assertThat(s.reserved() + s.picked()).as("oversold: %s", s).isLessThanOrEqualTo(s.onHand());
      assertThat(List.of(s.onHand(), s.reserved(), s.picked(), s.damaged(), s.qualityControl(), s.inTransit()))
          .as("negative: %s", s).allSatisfy(q -> assertThat(q).isNotNegative());
      onHand += s.onHand();
      reserved += s.reserved();
    }
    ReconciliationReport report = inventory.reconcile(false);
    assertThat(report.consistent()).as("%s", report).isTrue();
    assertThat(report.overCommitted()).isEmpty();
    assertThat(report.cellsChecked()).isEqualTo(SKUS.size() * LOCATIONS.size());
    assertThat(committed.get()).isLessThanOrEqualTo(received.get());
    assertThat(onHand).as("units are conserved").isEqualTo(received.get() - committed.get());
    long held = inventory.store().activeReservations().stream()
        .flatMap(r -> r.lines().stream()).mapToLong(ReservationLine::quantity).sum();
    assertThat(reserved).isEqualTo(held);
    assertThat(unitsOf.values().stream().mapToLong(Integer::longValue).sum()).isEqualTo(held);
    assertThat(outcomes.get(4)).as("some reservations were committed").isPositive();
  }

  void receive(Sku sku, LocationId loc, int quantity) {
    inventory.receive(sku, loc, quantity, ACTOR);
    received.addAndGet(quantity);
  }

  void work(int thread, SplittableRandom random) {
    List<ReservationId> mine = new ArrayList<>();
    for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
      if (i % RECEIPT_EVERY == 0) {
        receive(pick(SKUS, random), pick(LOCATIONS, random), 1 + random.nextInt(30));
      }
      int r = random.nextInt(100);
      if (r < 30) {
        reserve(thread, i, mine, random, 1, ReservationPolicy.ALL_OR_NOTHING);
      } else if (r < 45) {
        reserve(thread, i, mine, random, 2 + random.nextInt(2), ReservationPolicy.ALL_OR_NOTHING);
      } else if (r < 50) {
        reserve(thread, i, mine, random, 2 + random.nextInt(2), ReservationPolicy.PARTIAL);
      } else if (r < 90) {
        if (!mine.isEmpty()) {
          ReservationId id = mine.remove(random.nextInt(mine.size()));
          finish(id, r < 70);
        }
      } else {
        ReservationId id = shared.get(random.nextInt(shared.length()));
        if (id != null) {
          finish(id, r < 95);
        }
      }
    }
    // what is left stays reserved; unitsOf says how much
  }

  void reserve(int thread, int i, List<ReservationId> mine, SplittableRandom random, int lines,
      ReservationPolicy policy) {
    ReservationId id = ReservationId.of("T" + thread + "-" + i);
    Map<String, ReservationLine> distinct = new LinkedHashMap<>();
    while (distinct.size() < lines) {
      Sku sku = pick(SKUS, random);
      LocationId loc = pick(LOCATIONS, random);
      distinct.putIfAbsent(sku + "@" + loc, ReservationLine.of(sku, loc, 1 + random.nextInt(3)));
    }
    ReservationResult result = inventory.reserve(ReservationRequest.builder().id(id).reference("order-" + id)
        .addAllLines(distinct.values()).policy(policy).build());
    if (result.reservation().isEmpty()) {
      outcomes.incrementAndGet(1);
      return;
    }
    Reservation made = result.reservation().get();
    outcomes.incrementAndGet(result.complete() ? 0 : 2);
    unitsOf.put(id, made.lines().stream().mapToInt(ReservationLine::quantity).sum());
    mine.add(id);
    shared.set(random.nextInt(shared.length()), id);
  }

  /** Releases or commits a reservation; another thread may have got there first. */
  void finish(ReservationId id, boolean release) {
    try {
      if (release) {
        inventory.release(id);
        outcomes.incrementAndGet(3);
      } else {
        inventory.commit(id, ACTOR);
        outcomes.incrementAndGet(4);
        committed.addAndGet(unitsOf.get(id));
      }
      unitsOf.remove(id);
    } catch (IllegalTransitionException | InvalidInputException lostRace) {
      // released or committed (and purged) by another thread
      outcomes.incrementAndGet(5);
    }
  }

  static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }
}
