package org.oms4j.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.oms4j.core.Fixtures;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;

/** Reconciliation is a consistent snapshot even while reservations are made, moved and released. */
class ReconcileUnderLoadTest {
  @Test
  void reconcileSeesNoDriftWhileReservationsChange() throws Exception {
    Inventory inventory = Inventory.builder().keepCompletedReservations(false).build();
    List<LocationId> locations = List.of(LocationId.of("A"), LocationId.of("B"));
    for (LocationId l : locations) {
      inventory.putLocation(Location.builder().id(l).name(l.value()).type(LocationType.WAREHOUSE)
          .shipFrom(Fixtures.address()).build());
    }
    Sku sku = Sku.of("HOT");
    for (LocationId l : locations) {
      inventory.receive(sku, l, 1_000, Actor.system("test"), "opening");
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int thread = t;
        workers.add(pool.submit(() -> {
          for (int i = 0; i < 20_000; i++) {
            ReservationId id = ReservationId.of("T" + thread + "-" + (i % 50));
            ReservationRequest request = ReservationRequest.builder().id(id).reference("r")
                .addLine(ReservationLine.of(sku, locations.get(0), 1 + i % 3))
                .addLine(ReservationLine.of(sku, locations.get(1), 1)).build();
            if (inventory.reserve(request).reservation().isPresent()) {
              if (i % 2 == 0) {
                inventory.move(id, sku, locations.get(1), locations.get(0), 1);
              }
              inventory.release(id);
            }
          }
        }));
      }
      List<ReconciliationReport> reports = new ArrayList<>();
      while (workers.stream().anyMatch(f -> !f.isDone())) {
        reports.add(inventory.reconcile(true));
      }
      for (Future<?> f : workers) {
        f.get(60, TimeUnit.SECONDS);
      }
      assertThat(reports).isNotEmpty().allSatisfy(r -> assertThat(r.drifts()).isEmpty());
      assertThat(inventory.reconcile(false).consistent()).isTrue();
      assertThat(inventory.stock(sku, locations.get(0)).reserved()).isZero();
      assertThat(inventory.stock(sku, locations.get(1)).reserved()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }
}
