package org.oms4j.forecasting;

import org.immutables.value.Value;
import org.oms4j.forecasting.internal.Args;

/**
 * A continuous-review policy with its reorder point and order quantity: (r,Q), (s,S) or min/max.
 *
 * <p>All three reorder when the inventory position (on hand + on order - backorders) falls to the reorder point r
 * (= s = min) = d L + z sd_L, where sd_L is the standard deviation of lead-time demand (see
 * {@link LeadTimeDemand#sd()}). (r,Q) then orders a fixed Q (or enough multiples of Q to rise above r); (s,S) and
 * min/max order up to S = max = r + Q. The service figures ({@link #cycleServiceLevel()}, {@link #fillRate()}) use the
 * usual (r,Q) approximation: expected shortage per cycle sd_L G(z), fill rate 1 - sd_L G(z) / Q; for (s,S) this
 * ignores the undershoot of s.
 *
 * <p>For a fill-rate target, z solves sd_L G(z) = (1 - fill rate) Q. Safety stock is never negative: z below 0 is
 * raised to 0.
 */
@Value.Immutable
public abstract class ReorderPolicy {
  ReorderPolicy() {}

  /** The ordering rule. */
  public enum Rule {
    /** (r,Q): order multiples of Q. */
    FIXED_QUANTITY,
    /** (s,S): order up to S. */
    ORDER_UP_TO,
    /** Min/max: order up to max when at or below min (the same arithmetic as (s,S)). */
    MIN_MAX
  }

  /** The ordering rule. */
  public abstract Rule rule();

  /** The lead-time demand this policy was planned for. */
  public abstract LeadTimeDemand demand();

  /** The order quantity Q (for (s,S) and min/max, S - s). */
  public abstract double orderQuantity();

  /** The safety factor z used (never negative). */
  public abstract double z();

  /** Safety stock z sd_L. */
  public double safetyStock() {
    return z() * demand().sd();
  }

  /** The reorder point r = s = min: d L + safety stock. */
  public double reorderPoint() {
    return demand().mean() + safetyStock();
  }

  /** The order-up-to level S = max = r + Q. */
  public double orderUpToLevel() {
    return reorderPoint() + orderQuantity();
  }

  /** The probability of no stock-out in a cycle, Phi(z) (1 when lead-time demand has no variability). */
  public double cycleServiceLevel() {
    return demand().sd() == 0 ? 1 : StandardNormal.cdf(z());
  }

  /** Expected units short per replenishment cycle, sd_L G(z). */
  public double expectedShortagePerCycle() {
    double sd = demand().sd();
    return sd == 0 ? 0 : sd * StandardNormal.loss(z());
  }

  /** The expected fill rate 1 - sd_L G(z) / Q, at least 0. */
  public double fillRate() {
    return Math.max(0, 1 - expectedShortagePerCycle() / orderQuantity());
  }

  /**
   * The quantity to order now at this inventory position: zero above the reorder point; otherwise for (r,Q) the
   * smallest multiple of Q that lifts the position above r, and for (s,S) and min/max S minus the position.
   *
   * @throws org.oms4j.core.InvalidInputException if the position is not finite
   */
  public double quantityToOrder(double inventoryPosition) {
    Args.finite("inventoryPosition", inventoryPosition);
    double r = reorderPoint();
    if (inventoryPosition > r) {
      return 0;
    }
    if (rule() == Rule.FIXED_QUANTITY) {
      double n = Math.floor((r - inventoryPosition) / orderQuantity()) + 1;
      return n * orderQuantity();
    }
    return orderUpToLevel() - inventoryPosition;
  }

  /**
   * An (r,Q) policy.
   *
   * @throws org.oms4j.core.InvalidInputException if the order quantity is not positive
   */
  public static ReorderPolicy rQ(LeadTimeDemand demand, double orderQuantity, ServiceTarget target) {
    return plan(Rule.FIXED_QUANTITY, demand, orderQuantity, target);
  }

  /**
   * An (s,S) policy with S = s + {@code orderQuantity}.
   *
   * @throws org.oms4j.core.InvalidInputException if the order quantity is not positive
   */
  public static ReorderPolicy sS(LeadTimeDemand demand, double orderQuantity, ServiceTarget target) {
    return plan(Rule.ORDER_UP_TO, demand, orderQuantity, target);
  }

  /**
   * A min/max policy with max = min + {@code orderQuantity}.
   *
   * @throws org.oms4j.core.InvalidInputException if the order quantity is not positive
   */
  public static ReorderPolicy minMax(LeadTimeDemand demand, double orderQuantity, ServiceTarget target) {
    return plan(Rule.MIN_MAX, demand, orderQuantity, target);
  }

  private static ReorderPolicy plan(Rule rule, LeadTimeDemand demand, double q, ServiceTarget target) {
    Args.positive("orderQuantity", q);
    double z = zFor(target, demand.sd(), q);
    return ImmutableReorderPolicy.builder().rule(rule).demand(demand).orderQuantity(q).z(z).build();
  }

  /** z for a target, where a fill rate is measured against {@code demandPerCycle} units per cycle. */
  static double zFor(ServiceTarget target, double sd, double demandPerCycle) {
    if (target.kind() == ServiceTarget.Kind.CYCLE_SERVICE_LEVEL) {
      return Math.max(0, StandardNormal.quantile(target.level()));
    }
    if (sd == 0) {
      return 0;
    }
    return Math.max(0, StandardNormal.inverseLoss((1 - target.level()) * demandPerCycle / sd));
  }

  @Value.Check
  void check() {
    Args.positive("orderQuantity", orderQuantity());
    Args.nonNegative("z", z());
  }
}
