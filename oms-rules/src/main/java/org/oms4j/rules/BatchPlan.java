package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import javax.money.MonetaryAmount;

/**
 * Sourcing plans for a batch of orders decided together under stock contention ({@link Sourcing#planBatch}): what
 * each order gets, what the batch costs, and what one-by-one allocation would have cost.
 *
 * @param plans one plan per order, in the order the batch was given
 * @param cost the batch's total cost: shipping, unallocated penalties and preference of every plan
 * @param greedyCost what allocating the orders one by one in the given order (each taking its cheapest plan from the
 *     stock the earlier ones left) costs
 * @param aloneCost the sum of each order's cost if it had all the stock to itself: no allocation of the batch can
 *     cost less than this by more than the single-order search leaves on the table
 * @param improvements how many re-plans of one or two orders the search accepted after the first pass
 */
public record BatchPlan(List<SourcingPlan> plans, MonetaryAmount cost, MonetaryAmount greedyCost,
    MonetaryAmount aloneCost, int improvements) {
  /** Checks and copies the arguments. */
  public BatchPlan {
    plans = List.copyOf(plans);
    requireNonNull(cost, "cost");
    requireNonNull(greedyCost, "greedyCost");
    requireNonNull(aloneCost, "aloneCost");
  }
}
