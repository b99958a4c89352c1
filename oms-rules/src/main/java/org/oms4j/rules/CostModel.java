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
 * answer. Implementations must be thread-safe.
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
}
