package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderId;

/**
 * What would change if a candidate rule set were in force: both sets decide every order against the same stock
 * (nothing is reserved or changed), and the report lists the orders whose holds or sourcing would differ, with the
 * cost difference.
 *
 * @param orders how many orders were compared
 * @param changes the orders whose decisions differ
 */
public record WhatIf(int orders, List<Change> changes) {
  /**
   * One order decided differently.
   *
   * @param orderId the order
   * @param holdsBefore the hold rules that fire under the current set
   * @param holdsAfter the hold rules that fire under the candidate
   * @param planBefore the current set's sourcing plan
   * @param planAfter the candidate's sourcing plan
   * @param costDifference the candidate's plan cost minus the current one's
   */
  public record Change(OrderId orderId, List<String> holdsBefore, List<String> holdsAfter, SourcingPlan planBefore,
      SourcingPlan planAfter, MonetaryAmount costDifference) {}

  /** Copies the arguments. */
  public WhatIf {
    changes = List.copyOf(changes);
  }

  /** Compares two rule sets on the given orders against live stock; changes nothing. */
  public static WhatIf compare(RuleSet current, RuleSet candidate, List<Order> orders) {
    return compare(current, candidate, orders, Optional.empty());
  }

  /**
   * Compares two rule sets on the given orders against a stock snapshot (e.g. this morning's, or a planned
   * receipt added); changes nothing.
   */
  public static WhatIf compare(RuleSet current, RuleSet candidate, List<Order> orders, StockSnapshot stock) {
    return compare(current, candidate, orders, Optional.of(requireNonNull(stock, "stock")));
  }

  private static WhatIf compare(RuleSet current, RuleSet candidate, List<Order> orders,
      Optional<StockSnapshot> stock) {
    requireNonNull(current, "current");
    requireNonNull(candidate, "candidate");
    List<Change> changes = new ArrayList<>();
    for (Order order : orders) {
      List<String> before = rules(current.validation().check(order));
      List<String> after = rules(candidate.validation().check(order));
      SourcingPlan planBefore = stock.isPresent() ? current.sourcing().plan(order, stock.get())
          : current.sourcing().plan(order);
      SourcingPlan planAfter = stock.isPresent() ? candidate.sourcing().plan(order, stock.get())
          : candidate.sourcing().plan(order);
      boolean sourcingChanged = !new HashSet<>(planBefore.allocations()).equals(new HashSet<>(planAfter.allocations()));
      if (!before.equals(after) || sourcingChanged) {
        changes.add(new Change(order.id(), before, after, planBefore, planAfter,
            planAfter.cost().subtract(planBefore.cost())));
      }
    }
    return new WhatIf(orders.size(), changes);
  }

  private static List<String> rules(List<Finding> findings) {
    List<String> names = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      names.add(f.rule());
    }
    return names;
  }
}
