package org.oms4j.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oms4j.core.Fixtures.ACTOR;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;

/**
 * {@link Inventory#availableToPromise(Sku, java.util.function.ObjIntConsumer)}, which the in-memory store answers
 * without locks from dense per-SKU arrays: it must hand out exactly what the locked reads say (in any order),
 * however many locations a SKU has and while cells are being added and changed concurrently.
 */
class AvailableToPromiseReadTest {
  static final Sku SKU = Sku.of("WIDE");

  static Map<LocationId, Integer> read(Inventory inventory, Sku sku) {
    Map<LocationId, Integer> read = new LinkedHashMap<>();
    inventory.availableToPromise(sku, read::put);
    return read;
  }

  static Map<LocationId, Integer> locked(Inventory inventory, Sku sku) {
    Map<LocationId, Integer> levels = new LinkedHashMap<>();
    inventory.stock(sku).forEach(level -> levels.put(level.locationId(), level.availableToPromise()));
    return levels;
  }

  static List<LocationId> locations(Inventory inventory, int count) {
    List<LocationId> ids = new ArrayList<>();
    for (int l = 0; l < count; l++) {
      LocationId id = LocationId.of(String.format("W%03d", l));
      inventory.putLocation(InventoryFixtures.location(id, true));
      ids.add(id);
    }
    return ids;
  }

  @Test
  void readsEveryLocationAcrossSeveralChunks() {
    Inventory inventory = Inventory.builder().build();
    List<LocationId> ids = locations(inventory, 40);
    List<LocationId> shuffled = new ArrayList<>(ids);
    Collections.shuffle(shuffled, new Random(7)); // cells are created out of location order
    for (int i = 0; i < shuffled.size(); i++) {
      inventory.receive(SKU, shuffled.get(i), 5 + i, ACTOR);
    }
    inventory.setSafetyStock(SKU, ids.get(3), 2);
    inventory.reserve(ReservationRequest.builder().id(ReservationId.of("R1")).reference("o1")
        .addLine(ReservationLine.of(SKU, ids.get(17), 4)).addLine(ReservationLine.of(SKU, ids.get(33), 1)).build());
    Map<LocationId, Integer> read = read(inventory, SKU);
    assertThat(read).containsExactlyInAnyOrderEntriesOf(locked(inventory, SKU));
    assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(inventory.stock(SKU)).extracting(StockLevel::locationId).containsExactlyElementsOf(ids); // sorted
    assertThat(read(inventory, Sku.of("NEVER-HELD"))).isEmpty();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void cellsAddedWhileOthersChangeLoseNoPublishedUnits() throws Exception {
    for (int round = 0; round < 20; round++) {
      Inventory inventory = Inventory.builder().keepCompletedReservations(false).build();
      List<LocationId> ids = locations(inventory, 64);
      for (int l = 0; l < 4; l++) {
        inventory.receive(SKU, ids.get(l), 1_000, ACTOR);
      }
      CyclicBarrier start = new CyclicBarrier(3);
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          int thread = t;
          work.add(pool.submit(() -> { // new cells: locations 4..63, split between two threads
            start.await();
            for (int l = 4 + thread; l < ids.size(); l += 2) {
              inventory.receive(SKU, ids.get(l), 1 + l, ACTOR);
            }
            return null;
          }));
        }
        work.add(pool.submit(() -> { // meanwhile existing cells keep changing
          start.await();
          for (int i = 0; i < 300; i++) {
            ReservationId id = ReservationId.of("R" + i);
            inventory.reserve(ReservationRequest.builder().id(id).reference("o" + i)
                .addLine(ReservationLine.of(SKU, ids.get(i % 4), 1 + i % 3)).build());
            if (i % 3 != 0) {
              inventory.release(id);
            }
          }
          return null;
        }));
        for (Future<?> f : work) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(read(inventory, SKU)).as("round " + round)
          .containsExactlyInAnyOrderEntriesOf(locked(inventory, SKU)).hasSize(64);
    }
  }
}
