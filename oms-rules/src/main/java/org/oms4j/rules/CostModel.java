package org.oms4j.rules;

import java.util.Optional;
import javax.money.MonetaryAmount;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.order.Order;

/**
 * What sourcing minimises: the cost of shipping part of an order from a location, plus a penalty for each unit left
 * unallocated (backordered). A host (or the carriers module, from rate cards) supplies its own; {@link
 * #distance} is the default. Amounts are in the order's currency. Costs must be zero or more, must not fall as
 * units rise, and must depend only on the arguments: a plan asks for each (location, units) once and reuses the
 * answer, and its search skips options by bounds that take a 1-unit shipment as a location's cheapest. A plan that
 * finds a negative cost or penalty, or a shipment cheaper than one of 1 unit from the same location, is refused with
 * an {@link org.oms4j.core.InvalidInputException} naming {@code costModel}. Implementations must be thread-safe.
 */
public interface CostModel {
  /**
   * The cost of one shipment of {@code units} units of the order from {@code from}.
   *
   * @param distanceKm the great-circle distance to the ship-to address, if both are located
   */
  MonetaryAmount shipmentCost(Order order, Location from, int units, Optional<Double> distanceKm);

  /** The penalty for each unit of the order that is not allocated now. */
  MonetaryAmount unallocatedPenalty(Order order);

  /**
   * Whether asking again later gives the same costs: they depend on the arguments alone, not on the date or on
   * anything that changes. Then a plan works out the next-best options it shows when they are first asked for, by
   * searching again, and planning is faster; otherwise it prices them while planning, at the same moment as its
   * choice. False unless overridden; true for {@link #distance}, false for {@link #withLateness} (it counts from
   * today's date).
   */
  default boolean repeatable() {
    return false;
  }

  /**
   * {@link #shipmentCost} in minor units of the order's currency: what the search calls, many times per order.
   * Override it when the cost can be computed without building a {@link MonetaryAmount}.
   */
  default long shipmentCostMinor(Order order, Location from, int units, Optional<Double> distanceKm) {
    return org.oms4j.core.internal.Amounts.toMinor(shipmentCost(order, from, units, distanceKm));
  }

  /**
   * {@link #unallocatedPenalty} in minor units of the order's currency. Override it when the penalty can be computed
   * without building a {@link MonetaryAmount}.
   */
  default long unallocatedPenaltyMinor(Order order) {
    return org.oms4j.core.internal.Amounts.toMinor(unallocatedPenalty(order));
  }

  /**
   * A distance model: per shipment {@code base} + {@code perKmPerUnit} x distance x units (or {@code
   * unknownDistanceKm} when a distance is unknown), and {@code penalty} per unallocated unit, each in minor units of
   * the order's currency.
   */
  static CostModel distance(long baseMinor, double perKmPerUnitMinor, double unknownDistanceKm, long penaltyMinor) {
    return new DistanceCostModel(baseMinor, perKmPerUnitMinor, unknownDistanceKm, penaltyMinor);
  }

  /**
   * This cost model plus a lateness penalty: a shipment whose estimated arrival ({@code transit} days from the
   * location, counted from {@code clock}'s date in the location's time zone) falls after the order's promised
   * delivery date costs {@code perUnitPerDayMinor} more per unit and day late. Orders without a promised date are
   * never late.
   *
   * @throws org.oms4j.core.InvalidInputException if the penalty is negative
   */
  default CostModel withLateness(TransitTime transit, java.time.Clock clock, long perUnitPerDayMinor) {
    return new LatenessCostModel(this, transit, clock, perUnitPerDayMinor);
  }

  /** How many days a shipment from a location takes to reach an order's ship-to address. Thread-safe. */
  @FunctionalInterface
  interface TransitTime {
    /**
     * Days in transit.
     *
     * @param distanceKm the great-circle distance, when known
     */
    int days(Order order, Location from, Optional<Double> distanceKm);

    /**
     * A distance estimate: {@code baseDays} plus one day per {@code kmPerDay} km (rounded up), or {@code
     * unknownDays} when the distance is unknown.
     *
     * @throws org.oms4j.core.InvalidInputException for a negative day count or a distance per day of zero or less
     */
    static TransitTime byDistance(int baseDays, double kmPerDay, int unknownDays) {
      if (baseDays < 0 || unknownDays < 0 || !(kmPerDay > 0)) {
        throw new org.oms4j.core.InvalidInputException("transit", baseDays + "/" + kmPerDay + "/" + unknownDays,
            "days must be zero or more and km per day positive");
      }
      return (order, from, distanceKm) -> distanceKm.isPresent()
          ? baseDays + (int) Math.ceil(distanceKm.get() / kmPerDay) : unknownDays;
    }
  }
}
