package org.oms4j.forecasting;

import org.immutables.value.Value;
import org.oms4j.forecasting.internal.Args;

/**
 * The economic order quantity (Harris 1913): with fixed cost K per order, holding cost h per unit per time unit and
 * demand rate lambda per time unit, Q* = sqrt(2 K lambda / h) at cost g(Q*) = sqrt(2 K lambda h), where
 * g(Q) = K lambda / Q + h Q / 2.
 */
@Value.Immutable
public abstract class Eoq {
  Eoq() {}

  /** Fixed cost per order, K. */
  public abstract double orderCost();

  /** Holding cost per unit per time unit, h. */
  public abstract double holdingCost();

  /** Demand per time unit, lambda. */
  public abstract double demandRate();

  /**
   * The EOQ for these costs and demand.
   *
   * @throws org.oms4j.core.InvalidInputException if a cost or the demand rate is not positive
   */
  public static Eoq of(double orderCost, double holdingCost, double demandRate) {
    return ImmutableEoq.builder()
        .orderCost(Args.positive("orderCost", orderCost))
        .holdingCost(Args.positive("holdingCost", holdingCost))
        .demandRate(Args.positive("demandRate", demandRate))
        .build();
  }

  /** The optimal order quantity Q* = sqrt(2 K lambda / h). */
  public double quantity() {
    return Math.sqrt(2 * orderCost() * demandRate() / holdingCost());
  }

  /** The ordering plus holding cost per time unit at Q*, sqrt(2 K lambda h). */
  public double cost() {
    return Math.sqrt(2 * orderCost() * demandRate() * holdingCost());
  }

  /**
   * The ordering plus holding cost per time unit when ordering {@code quantity}: K lambda / Q + h Q / 2.
   *
   * @throws org.oms4j.core.InvalidInputException if the quantity is not positive
   */
  public double costAt(double quantity) {
    Args.positive("quantity", quantity);
    return orderCost() * demandRate() / quantity + holdingCost() * quantity / 2;
  }
}
