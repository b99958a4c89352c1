package org.oms4j.core.inventory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.oms4j.core.Fixtures;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;

/** Inventory test data: locations, a clock the test advances, and a snapshot of everything a store holds. */
final class InventoryFixtures {
  static final LocationId L1 = LocationId.of("L1");
  static final LocationId L2 = LocationId.of("L2");
  static final LocationId L3 = LocationId.of("L3");
  /** Inactive: keeps stock, takes no reservations. */
  static final LocationId OFF = LocationId.of("OFF");
  /** Never registered. */
  static final LocationId NOWHERE = LocationId.of("NOWHERE");

  static final Sku A = Sku.of("A");
  static final Sku B = Sku.of("B");
  static final Sku C = Sku.of("C");
  /** Never stocked anywhere. */
  static final Sku NEVER = Sku.of("NEVER");

  private InventoryFixtures() {}

  static Location location(LocationId id, boolean active) {
    return Location.builder().id(id).name("Location " + id).type(LocationType.WAREHOUSE)
        .shipFrom(Fixtures.address()).active(active).build();
  }

  /** A builder on {@code clock}. */
  static Inventory.Builder builder(Clock clock) {
    return Inventory.builder().clock(clock);
  }

  /** {@code inventory} with L1, L2, L3 active and OFF inactive. */
  static Inventory withLocations(Inventory inventory) {
    inventory.putLocation(location(L1, true));
    inventory.putLocation(location(L2, true));
    inventory.putLocation(location(L3, true));
    inventory.putLocation(location(OFF, false));
    return inventory;
  }

  /** A clock that stands still until the test moves it. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    MutableClock() {
      this(Fixtures.T0);
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /**
   * Everything observable about a store: every stored level (so a refused call that leaves a new empty cell behind
   * shows up), the level of every (SKU, location) asked about, which SKUs it knows, every ledger, the locations, and
   * every reservation asked about.
   */
  record Snapshot(List<StockLevel> allStock, Map<String, StockLevel> grid, Map<Sku, Boolean> known,
      Map<String, List<Movement>> ledgers, List<Location> locations,
      Map<ReservationId, Optional<Reservation>> reservations, List<Reservation> active) {

    /** What differs from {@code after}, briefly: empty when nothing does. */
    List<String> changesTo(Snapshot after) {
      List<String> changes = new ArrayList<>();
      if (!allStock.equals(after.allStock)) {
        changes.add("cells held: " + cells(allStock) + " -> " + cells(after.allStock));
      }
      diff("", grid, after.grid, changes);
      diff("knows ", known, after.known, changes);
      diff("ledger ", ledgers, after.ledgers, changes);
      if (!locations.equals(after.locations)) {
        changes.add("locations changed");
      }
      diff("reservation ", reservations, after.reservations, changes);
      if (!active.equals(after.active)) {
        changes.add("active reservations: " + active + " -> " + after.active);
      }
      return changes;
    }

    private static List<String> cells(List<StockLevel> levels) {
      return levels.stream().map(s -> s.sku() + "@" + s.locationId()).toList();
    }

    private static <K, V> void diff(String what, Map<K, V> before, Map<K, V> after, List<String> changes) {
      java.util.Set<K> keys = new java.util.LinkedHashSet<>(before.keySet());
      keys.addAll(after.keySet());
      for (K k : keys) {
        if (!java.util.Objects.equals(before.get(k), after.get(k))) {
          changes.add(what + k + ": " + before.get(k) + " -> " + after.get(k));
        }
      }
    }

    static Snapshot of(Inventory inventory, Collection<Sku> skus, Collection<LocationId> locations,
        Collection<ReservationId> ids) {
      Map<String, StockLevel> grid = new TreeMap<>();
      Map<String, List<Movement>> ledgers = new TreeMap<>();
      Map<Sku, Boolean> known = new LinkedHashMap<>();
      for (Sku sku : skus) {
        known.put(sku, inventory.store().knows(sku));
        for (LocationId loc : locations) {
          grid.put(sku + "@" + loc, inventory.store().stock(sku, loc));
        }
      }
      for (StockLevel level : inventory.store().allStock()) {
        ledgers.put(level.sku() + "@" + level.locationId(),
            inventory.store().ledger(level.sku(), level.locationId()));
      }
      Map<ReservationId, Optional<Reservation>> reservations = new LinkedHashMap<>();
      for (ReservationId id : ids) {
        reservations.put(id, inventory.reservation(id));
      }
      List<Reservation> active = new ArrayList<>(inventory.store().activeReservations());
      active.sort(java.util.Comparator.comparing(r -> r.id().value()));
      return new Snapshot(inventory.store().allStock(), grid, known, ledgers, inventory.locations(), reservations,
          active);
    }
  }
}
