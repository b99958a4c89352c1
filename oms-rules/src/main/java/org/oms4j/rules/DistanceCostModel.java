package org.oms4j.rules;

import java.util.Optional;
import javax.money.MonetaryAmount;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.internal.Amounts;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.order.Order;

/** See {@link CostModel#distance}. */
final class DistanceCostModel implements CostModel {
  private final long baseMinor;
  private final double perKmPerUnitMinor;
  private final double unknownDistanceKm;
  private final long penaltyMinor;

  DistanceCostModel(long baseMinor, double perKmPerUnitMinor, double unknownDistanceKm, long penaltyMinor) {
    if (baseMinor < 0 || perKmPerUnitMinor < 0 || unknownDistanceKm < 0 || penaltyMinor < 0
        || Double.isNaN(perKmPerUnitMinor) || Double.isNaN(unknownDistanceKm)) {
      throw new InvalidInputException("costModel", baseMinor + "/" + perKmPerUnitMinor + "/" + unknownDistanceKm
          + "/" + penaltyMinor, "every rate must be zero or more");
    }
    this.baseMinor = baseMinor;
    this.perKmPerUnitMinor = perKmPerUnitMinor;
    this.unknownDistanceKm = unknownDistanceKm;
    this.penaltyMinor = penaltyMinor;
  }

  @Override
  public MonetaryAmount shipmentCost(Order order, Location from, int units, Optional<Double> distanceKm) {
    return Amounts.ofMinor(shipmentCostMinor(order, from, units, distanceKm), order.currency());
  }

  @Override
  public long shipmentCostMinor(Order order, Location from, int units, Optional<Double> distanceKm) {
    double km = distanceKm.isPresent() ? distanceKm.get() : unknownDistanceKm; // no boxing of the default
    return baseMinor + Math.round(perKmPerUnitMinor * km * units);
  }

  @Override
  public MonetaryAmount unallocatedPenalty(Order order) {
    return Amounts.ofMinor(penaltyMinor, order.currency());
  }

  @Override
  public long unallocatedPenaltyMinor(Order order) {
    return penaltyMinor;
  }

  @Override
  public boolean repeatable() {
    return true;
  }
}
