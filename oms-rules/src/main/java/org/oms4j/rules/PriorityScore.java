package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.oms4j.core.order.OrderId;

/**
 * An order's priority: the sum of its components, each saying what earned its points.
 *
 * @param orderId the order
 * @param points the total; higher is processed first
 * @param components what earned the points
 */
public record PriorityScore(OrderId orderId, long points, List<Component> components) {
  /**
   * One part of a score.
   *
   * @param rule the rule, e.g. {@code service-level}
   * @param points its points
   * @param why what earned them, e.g. {@code NEXT_DAY}
   */
  public record Component(String rule, long points, String why) {}

  /** Checks and copies the arguments. */
  public PriorityScore {
    requireNonNull(orderId, "orderId");
    components = List.copyOf(components);
  }
}
