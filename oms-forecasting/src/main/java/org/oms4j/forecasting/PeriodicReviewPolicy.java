package org.oms4j.forecasting;

import org.immutables.value.Value;
import org.oms4j.forecasting.internal.Args;

/**
 * A periodic-review order-up-to policy (R,S): every R periods, order enough to raise the inventory position to S.
 *
 * <p>Stock must protect against demand over the review period plus the lead time, R + L: S = d (R + L) + z sd,
 * sd = sqrt((R + L) sd_d^2 + d^2 sd_L^2). For a fill-rate target z solves sd G(z) = (1 - fill rate) d R (the
 * expected demand per review cycle). Safety stock is never negative: z below 0 is raised to 0.
 */
@Value.Immutable
public abstract class PeriodicReviewPolicy {
  PeriodicReviewPolicy() {}

  /** Demand per period and lead time. */
  public abstract LeadTimeDemand demand();

  /** The review period R, in the same periods as demand. */
  public abstract double reviewPeriod();

  /** The safety factor z used (never negative). */
  public abstract double z();

  /** Standard deviation of demand over the protection interval R + L. */
  public double protectionSd() {
    return demand().sdOver(reviewPeriod() + demand().leadTime());
  }

  /** Mean demand over the protection interval, d (R + L). */
  public double protectionMean() {
    return demand().demandMean() * (reviewPeriod() + demand().leadTime());
  }

  /** Safety stock z sd. */
  public double safetyStock() {
    return z() * protectionSd();
  }

  /** The order-up-to level S. */
  public double orderUpToLevel() {
    return protectionMean() + safetyStock();
  }

  /** The probability of no stock-out in a review cycle, Phi(z) (1 without variability). */
  public double cycleServiceLevel() {
    return protectionSd() == 0 ? 1 : StandardNormal.cdf(z());
  }

  /** The expected fill rate 1 - sd G(z) / (d R), at least 0 (1 without demand). */
  public double fillRate() {
    double perCycle = demand().demandMean() * reviewPeriod();
    double sd = protectionSd();
    if (sd == 0 || perCycle == 0) {
      return sd == 0 ? 1 : 0;
    }
    return Math.max(0, 1 - sd * StandardNormal.loss(z()) / perCycle);
  }

  /**
   * The quantity to order at a review: S minus the inventory position, or zero if the position is at or above S.
   *
   * @throws org.oms4j.core.InvalidInputException if the position is not finite
   */
  public double quantityToOrder(double inventoryPosition) {
    Args.finite("inventoryPosition", inventoryPosition);
    return Math.max(0, orderUpToLevel() - inventoryPosition);
  }

  /**
   * Plans an (R,S) policy.
   *
   * @throws org.oms4j.core.InvalidInputException if the review period is not positive, or a fill-rate target is
   *     asked for zero demand
   */
  public static PeriodicReviewPolicy of(LeadTimeDemand demand, double reviewPeriod, ServiceTarget target) {
    Args.positive("reviewPeriod", reviewPeriod);
    double sd = demand.sdOver(reviewPeriod + demand.leadTime());
    double perCycle = demand.demandMean() * reviewPeriod;
    if (target.kind() == ServiceTarget.Kind.FILL_RATE && perCycle == 0 && sd > 0) {
      throw new org.oms4j.core.InvalidInputException(
          "demand.demandMean", 0.0, "a fill-rate target needs positive mean demand");
    }
    double z = ReorderPolicy.zFor(target, sd, perCycle);
    return ImmutablePeriodicReviewPolicy.builder().demand(demand).reviewPeriod(reviewPeriod).z(z).build();
  }
}
