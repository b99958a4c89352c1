package org.oms4j.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oms4j.core.order.TestOrders.ACTOR;
import static org.oms4j.core.order.TestOrders.ORDER_ID;
import static org.oms4j.core.order.TestOrders.T0;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;

/**
 * Random event sequences over small orders (1-3 lines of 1-4 units, any of five currencies): allocate, backorder,
 * deallocate, cancel, hold, release, validate, release/pick/pack/ship shipments, carrier scans, returns and refunds,
 * with lines, quantities, locations and ids that are sometimes valid and sometimes not.
 */
class OrderProperties {

  /**
   * Every refused event throws only {@link IllegalTransitionException} or {@link InvalidInputException} and leaves
   * the order as it was; every accepted one moves the order, its shipments and returns only as their tables permit,
   * moves units as the model in {@link Invariants} says, keeps each line's stages adding up to what was ordered, and
   * never refunds more than was paid for the lines.
   */
  @Test
  void randomEventSequencesKeepTheInvariants() {
    qt().withExamples(1_000).withShrinkCycles(2_000)
        .forAll(Drafts.smallDrafts(), lists().of(Command.commands()).ofSizeBetween(0, 150))
        .checkAssert((draft, commands) -> Invariants.checkTrail(
            run(Order.create(ORDER_ID, draft, ACTOR, T0), commands, true)));
  }

  /** The audit trail, replayed, rebuilds the order, and every prefix of it rebuilds the order as it was then. */
  @Test
  void replayingTheAuditTrailReproducesTheOrder() {
    qt().withExamples(600)
        .forAll(Drafts.smallDrafts(), lists().of(Command.commands()).ofSizeBetween(0, 150))
        .checkAssert((draft, commands) -> {
          List<Order> versions = new ArrayList<>();
          Order order = Order.create(ORDER_ID, draft, ACTOR, T0);
          versions.add(order);
          for (int i = 0; i < commands.size(); i++) {
            Order next = tryApply(order, commands.get(i), i, false);
            if (next != order) {
              versions.add(next);
              order = next;
            }
          }
          assertThat(Order.replay(order.auditTrail())).isEqualTo(order);
          int mid = versions.size() / 2;
          assertThat(Order.replay(order.auditTrail().subList(0, mid + 1))).isEqualTo(versions.get(mid));
        });
  }

  /** Applies the commands in turn, optionally checking every step; returns the final order. */
  static Order run(Order order, List<Command> commands, boolean check) {
    if (check) {
      Invariants.checkOrder(order);
    }
    for (int i = 0; i < commands.size(); i++) {
      order = tryApply(order, commands.get(i), i, check);
    }
    return order;
  }

  /** The order after the command, or the same order if the command is refused. */
  static Order tryApply(Order order, Command command, int step, boolean check) {
    OrderEvent event;
    try {
      event = command.toEvent(order, String.valueOf(step));
    } catch (InvalidInputException malformed) {
      return order; // refused before it reached the order (a quantity of 0)
    }
    if (check) {
      return Invariants.step(order, event, T0.plusSeconds(step));
    }
    try {
      return order.apply(event, ACTOR, T0.plusSeconds(step), Optional.of("step " + step));
    } catch (IllegalTransitionException | InvalidInputException refused) {
      return order;
    }
  }
}
