package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderId;

/**
 * Validation as a step of the flow: runs validators over an order, places one typed hold per kind of finding (with
 * every finding of that kind as its reason), then marks the order validated. An order with holds is then {@code
 * ON_HOLD} until the last is released. Immutable and thread-safe.
 */
public final class OrderValidation {
  private final List<OrderValidator> validators;

  private OrderValidation(List<OrderValidator> validators) {
    this.validators = List.copyOf(validators);
  }

  /** A validation that runs these validators, in this order. */
  public static OrderValidation of(List<OrderValidator> validators) {
    return new OrderValidation(requireNonNull(validators, "validators"));
  }

  /**
   * The usual checks: the ship-to address (offline postal-code formats unless a service is given), payment
   * secured, PO boxes for next-day and same-day delivery.
   */
  public static OrderValidation defaults(AddressValidator addresses) {
    return of(List.of(OrderValidator.address(addresses), OrderValidator.paymentSecured(),
        OrderValidator.poBox(EnumSet.of(ServiceLevel.NEXT_DAY, ServiceLevel.SAME_DAY))));
  }

  /** Every finding of every validator, in validator order; changes nothing. */
  public List<Finding> check(Order order) {
    requireNonNull(order, "order");
    List<Finding> findings = new ArrayList<>();
    for (OrderValidator v : validators) {
      findings.addAll(v.check(order));
    }
    return findings;
  }

  /**
   * Validates a submitted order through {@code oms}: places a hold per kind of finding, then marks it validated.
   *
   * @return the order afterwards: {@code VALIDATED}, or {@code ON_HOLD} with its holds
   * @throws org.oms4j.core.IllegalTransitionException if the order was already validated (nothing is changed)
   */
  public Order validate(OrderManagement oms, OrderId id, Actor actor) {
    Order order = oms.get(id);
    if (order.validated()) {
      // refuse before placing any hold, so nothing is half-applied
      return oms.validate(id, actor);
    }
    Map<HoldType, List<Finding>> byType = new EnumMap<>(HoldType.class);
    for (Finding f : check(order)) {
      byType.computeIfAbsent(f.holdType(), t -> new ArrayList<>()).add(f);
    }
    for (Map.Entry<HoldType, List<Finding>> e : byType.entrySet()) {
      String reason = e.getValue().stream().map(f -> f.rule() + ": " + f.reason()).collect(Collectors.joining("; "));
      oms.placeHold(id, e.getKey(), actor, reason.length() > 500 ? reason.substring(0, 497) + "..." : reason);
    }
    return oms.validate(id, actor);
  }
}
