package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.order.OrderId;

/**
 * How many orders each location has taken today, for {@link Location#dailyOrderCapacity()}: {@link Sourcing} skips a
 * location that is full and tells the load of every order it assigns. A host whose warehouses report their own
 * workload implements it over that; {@link #inMemory} counts what this process assigns. Implementations must be
 * thread-safe.
 */
public interface LocationLoad {
  /** The number of distinct orders assigned to the location today, in the location's time zone. */
  int ordersToday(Location location);

  /** Records that an order was assigned (some of its units allocated) to the location. */
  void assigned(Location location, OrderId order);

  /** Counts assignments in memory, per location and local day; an order counts once per location and day. */
  static LocationLoad inMemory(Clock clock) {
    requireNonNull(clock, "clock");
    return new LocationLoad() {
      private final ConcurrentHashMap<LocationId, Day> days = new ConcurrentHashMap<>();

      @Override
      public int ordersToday(Location location) {
        Day day = days.get(location.id());
        return day != null && day.date().equals(today(location)) ? day.orders().size() : 0;
      }

      @Override
      public void assigned(Location location, OrderId order) {
        requireNonNull(order, "order");
        LocalDate today = today(location);
        days.compute(location.id(), (id, day) -> day != null && day.date().equals(today) ? day
            : new Day(today, ConcurrentHashMap.newKeySet())).orders().add(order);
      }

      private LocalDate today(Location location) {
        return LocalDate.now(clock.withZone(location.zone()));
      }
    };
  }

  /** One location's orders on one day. */
  record Day(LocalDate date, Set<OrderId> orders) {}
}
