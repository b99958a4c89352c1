package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.internal.Amounts;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.order.Order;

/** See {@link CostModel#withLateness}. */
final class LatenessCostModel implements CostModel {
  private final CostModel base;
  private final TransitTime transit;
  private final Clock clock;
  private final long perUnitPerDayMinor;

  LatenessCostModel(CostModel base, TransitTime transit, Clock clock, long perUnitPerDayMinor) {
    if (perUnitPerDayMinor < 0) {
      throw new InvalidInputException("perUnitPerDayMinor", perUnitPerDayMinor, "must not be negative");
    }
    this.base = requireNonNull(base, "base");
    this.transit = requireNonNull(transit, "transit");
    this.clock = requireNonNull(clock, "clock");
    this.perUnitPerDayMinor = perUnitPerDayMinor;
  }

  @Override
  public MonetaryAmount shipmentCost(Order order, Location from, int units, Optional<Double> distanceKm) {
    return Amounts.ofMinor(shipmentCostMinor(order, from, units, distanceKm), order.currency());
  }

  @Override
  public long shipmentCostMinor(Order order, Location from, int units, Optional<Double> distanceKm) {
    long cost = base.shipmentCostMinor(order, from, units, distanceKm);
    Optional<LocalDate> promised = order.draft().promisedDelivery();
    if (promised.isEmpty()) {
      return cost;
    }
    LocalDate arrival = LocalDate.now(clock.withZone(from.zone())).plusDays(transit.days(order, from, distanceKm));
    long daysLate = ChronoUnit.DAYS.between(promised.get(), arrival);
    return daysLate > 0 ? cost + Math.multiplyExact(Math.multiplyExact(daysLate, (long) units), perUnitPerDayMinor)
        : cost;
  }

  @Override
  public MonetaryAmount unallocatedPenalty(Order order) {
    return base.unallocatedPenalty(order);
  }

  @Override
  public long unallocatedPenaltyMinor(Order order) {
    return base.unallocatedPenaltyMinor(order);
  }
}
