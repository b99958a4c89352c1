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
    return shipmentCostMinor(units, distanceKm.isPresent() ? distanceKm.get() : Double.NaN);
  }

  /** {@link #shipmentCostMinor(Order, Location, int, Optional)} with the distance unboxed (NaN when unknown). */
  long shipmentCostMinor(int units, double distanceKm) {
    double km = Double.isNaN(distanceKm) ? unknownDistanceKm : distanceKm;
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
}
