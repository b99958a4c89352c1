package org.oms4j.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oms4j.core.IllegalTransitionException;

/**
 * Pins the four transition tables of {@link StateMachines}: every (state, event) pair is enumerated and compared with
 * the specification below, written per state (the code builds the tables per event), so every legal transition
 * and every illegal pair is asserted. The tables' behaviour on real orders is {@link OrderTransitionsTest}.
 */
class StateMachinesTest {

  /** Per state, its legal events and their targets. A state with no events is terminal. */
  static final String LINE_SPEC = """
      OPEN:
        ALLOCATE -> ALLOCATED
        BACKORDER -> BACKORDERED
        CANCEL -> CANCELLED
      BACKORDERED:
        ALLOCATE -> ALLOCATED
        CANCEL -> CANCELLED
      ALLOCATED:
        DEALLOCATE -> OPEN
        RELEASE -> RELEASED
        CANCEL -> CANCELLED
      RELEASED:
        UNRELEASE -> ALLOCATED
      CANCELLED:
      """;

  static final String SHIPMENT_SPEC = """
      RELEASED:
        PICK -> PICKED
        CANCEL -> CANCELLED
      PICKED:
        PACK -> PACKED
        CANCEL -> CANCELLED
      PACKED:
        SHIP -> SHIPPED
        CANCEL -> CANCELLED
      SHIPPED:
        IN_TRANSIT -> IN_TRANSIT
        OUT_FOR_DELIVERY -> OUT_FOR_DELIVERY
        EXCEPTION -> EXCEPTION
        DELIVER -> DELIVERED
        RETURN_TO_SENDER -> RETURNED_TO_SENDER
      IN_TRANSIT:
        IN_TRANSIT -> IN_TRANSIT
        OUT_FOR_DELIVERY -> OUT_FOR_DELIVERY
        DELIVERY_FAILED -> DELIVERY_FAILED
        EXCEPTION -> EXCEPTION
        DELIVER -> DELIVERED
        RETURN_TO_SENDER -> RETURNED_TO_SENDER
      OUT_FOR_DELIVERY:
        IN_TRANSIT -> IN_TRANSIT
        OUT_FOR_DELIVERY -> OUT_FOR_DELIVERY
        DELIVERY_FAILED -> DELIVERY_FAILED
        EXCEPTION -> EXCEPTION
        DELIVER -> DELIVERED
        RETURN_TO_SENDER -> RETURNED_TO_SENDER
      DELIVERY_FAILED:
        IN_TRANSIT -> IN_TRANSIT
        OUT_FOR_DELIVERY -> OUT_FOR_DELIVERY
        DELIVERY_FAILED -> DELIVERY_FAILED
        EXCEPTION -> EXCEPTION
        DELIVER -> DELIVERED
        RETURN_TO_SENDER -> RETURNED_TO_SENDER
      EXCEPTION:
        IN_TRANSIT -> IN_TRANSIT
        OUT_FOR_DELIVERY -> OUT_FOR_DELIVERY
        DELIVERY_FAILED -> DELIVERY_FAILED
        EXCEPTION -> EXCEPTION
        DELIVER -> DELIVERED
        RETURN_TO_SENDER -> RETURNED_TO_SENDER
      DELIVERED:
      RETURNED_TO_SENDER:
      CANCELLED:
      """;

  static final String RETURN_SPEC = """
      REQUESTED:
        AUTHORISE -> AUTHORISED
        REJECT -> REJECTED
        CANCEL -> CANCELLED
      AUTHORISED:
        RECEIVE -> RECEIVED
        CANCEL -> CANCELLED
      REJECTED:
      RECEIVED:
        INSPECT -> INSPECTED
      INSPECTED:
        RESTOCK -> RESTOCKED
        DISPOSE -> DISPOSED
      RESTOCKED:
        REFUND -> REFUNDED
      DISPOSED:
        REFUND -> REFUNDED
      REFUNDED:
      CANCELLED:
      """;

  /**
   * The order table: per status, the events accepted and the statuses the order may have afterwards. {@code =} is
   * the same status, {@code *} any status. (Every (status, event) pair occurs in some order; see {@link OrderStateSpaceTest}.)
   */
  static final String ORDER_SPEC = """
      CREATED:
        VALIDATE -> VALIDATED ON_HOLD
        PLACE_HOLD -> ON_HOLD
        CHANGE_PAYMENT_STATUS -> =
        EDIT -> CREATED VALIDATED ON_HOLD BACKORDERED PARTIALLY_ALLOCATED ALLOCATED
        CANCEL_LINE -> *
        CANCEL_ORDER -> SHIPPED DELIVERED CANCELLED
      VALIDATED:
        PLACE_HOLD -> ON_HOLD
        CHANGE_PAYMENT_STATUS -> =
        EDIT -> CREATED VALIDATED ON_HOLD BACKORDERED PARTIALLY_ALLOCATED ALLOCATED
        ALLOCATE -> PARTIALLY_ALLOCATED ALLOCATED PARTIALLY_SHIPPED
        BACKORDER -> BACKORDERED PARTIALLY_ALLOCATED PARTIALLY_SHIPPED
        CANCEL_LINE -> *
        CANCEL_ORDER -> SHIPPED DELIVERED CANCELLED
      ON_HOLD:
        VALIDATE -> VALIDATED ON_HOLD
        PLACE_HOLD -> =
        RELEASE_HOLD -> CREATED VALIDATED ON_HOLD BACKORDERED PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PACKED \
      PARTIALLY_SHIPPED
        CHANGE_PAYMENT_STATUS -> =
        EDIT -> CREATED VALIDATED ON_HOLD BACKORDERED PARTIALLY_ALLOCATED ALLOCATED
        DEALLOCATE -> VALIDATED ON_HOLD BACKORDERED PARTIALLY_ALLOCATED PARTIALLY_SHIPPED
        CANCEL_LINE -> *
        CANCEL_ORDER -> SHIPPED DELIVERED CANCELLED
        TRACK -> =
        DELAY -> =
        CANCEL_SHIPMENT -> ON_HOLD PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PACKED PARTIALLY_SHIPPED
        REQUEST_RETURN -> =
        PROGRESS_RETURN -> =
        REFUND_RETURN -> =
      BACKORDERED:
        PLACE_HOLD -> ON_HOLD
        CHANGE_PAYMENT_STATUS -> =
        EDIT -> CREATED VALIDATED ON_HOLD BACKORDERED PARTIALLY_ALLOCATED ALLOCATED
        ALLOCATE -> PARTIALLY_ALLOCATED ALLOCATED PARTIALLY_SHIPPED
        BACKORDER -> BACKORDERED PARTIALLY_ALLOCATED PARTIALLY_SHIPPED
        CANCEL_LINE -> *
        CANCEL_ORDER -> SHIPPED DELIVERED CANCELLED
      PARTIALLY_ALLOCATED:
        PLACE_HOLD -> ON_HOLD
        CHANGE_PAYMENT_STATUS -> =
        EDIT -> CREATED VALIDATED ON_HOLD BACKORDERED PARTIALLY_ALLOCATED ALLOCATED
        ALLOCATE -> PARTIALLY_ALLOCATED ALLOCATED PARTIALLY_SHIPPED
        BACKORDER -> BACKORDERED PARTIALLY_ALLOCATED PARTIALLY_SHIPPED
        DEALLOCATE -> VALIDATED ON_HOLD BACKORDERED PARTIALLY_ALLOCATED PARTIALLY_SHIPPED
        CANCEL_LINE -> *
        CANCEL_ORDER -> SHIPPED DELIVERED CANCELLED
        RELEASE_SHIPMENT -> PARTIALLY_ALLOCATED ALLOCATED RELEASED PARTIALLY_SHIPPED
        PICK -> PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PARTIALLY_SHIPPED
        PACK -> PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PACKED PARTIALLY_SHIPPED
        SHIP -> PARTIALLY_SHIPPED SHIPPED
        CANCEL_SHIPMENT -> ON_HOLD PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PACKED PARTIALLY_SHIPPED
      ALLOCATED:
        PLACE_HOLD -> ON_HOLD
        CHANGE_PAYMENT_STATUS -> =
        EDIT -> CREATED VALIDATED ON_HOLD BACKORDERED PARTIALLY_ALLOCATED ALLOCATED
        DEALLOCATE -> VALIDATED ON_HOLD BACKORDERED PARTIALLY_ALLOCATED PARTIALLY_SHIPPED
        CANCEL_LINE -> *
        CANCEL_ORDER -> SHIPPED DELIVERED CANCELLED
        RELEASE_SHIPMENT -> PARTIALLY_ALLOCATED ALLOCATED RELEASED PARTIALLY_SHIPPED
        PICK -> PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PARTIALLY_SHIPPED
        PACK -> PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PACKED PARTIALLY_SHIPPED
        SHIP -> PARTIALLY_SHIPPED SHIPPED
        CANCEL_SHIPMENT -> ON_HOLD PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PACKED PARTIALLY_SHIPPED
      RELEASED:
        PLACE_HOLD -> ON_HOLD
        CHANGE_PAYMENT_STATUS -> =
        CANCEL_ORDER -> SHIPPED DELIVERED CANCELLED
        PICK -> PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PARTIALLY_SHIPPED
        PACK -> PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PACKED PARTIALLY_SHIPPED
        SHIP -> PARTIALLY_SHIPPED SHIPPED
        CANCEL_SHIPMENT -> ON_HOLD PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PACKED PARTIALLY_SHIPPED
      PICKED:
        PLACE_HOLD -> ON_HOLD
        CHANGE_PAYMENT_STATUS -> =
        CANCEL_ORDER -> SHIPPED DELIVERED CANCELLED
        PACK -> PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PACKED PARTIALLY_SHIPPED
        SHIP -> PARTIALLY_SHIPPED SHIPPED
        CANCEL_SHIPMENT -> ON_HOLD PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PACKED PARTIALLY_SHIPPED
      PACKED:
        PLACE_HOLD -> ON_HOLD
        CHANGE_PAYMENT_STATUS -> =
        CANCEL_ORDER -> SHIPPED DELIVERED CANCELLED
        SHIP -> PARTIALLY_SHIPPED SHIPPED
        CANCEL_SHIPMENT -> ON_HOLD PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PACKED PARTIALLY_SHIPPED
      PARTIALLY_SHIPPED:
        PLACE_HOLD -> ON_HOLD
        CHANGE_PAYMENT_STATUS -> =
        ALLOCATE -> PARTIALLY_ALLOCATED ALLOCATED PARTIALLY_SHIPPED
        BACKORDER -> BACKORDERED PARTIALLY_ALLOCATED PARTIALLY_SHIPPED
        DEALLOCATE -> VALIDATED ON_HOLD BACKORDERED PARTIALLY_ALLOCATED PARTIALLY_SHIPPED
        CANCEL_LINE -> *
        CANCEL_ORDER -> SHIPPED DELIVERED CANCELLED
        RELEASE_SHIPMENT -> PARTIALLY_ALLOCATED ALLOCATED RELEASED PARTIALLY_SHIPPED
        PICK -> PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PARTIALLY_SHIPPED
        PACK -> PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PACKED PARTIALLY_SHIPPED
        SHIP -> PARTIALLY_SHIPPED SHIPPED
        TRACK -> PARTIALLY_SHIPPED SHIPPED DELIVERED
        DELAY -> =
        CANCEL_SHIPMENT -> ON_HOLD PARTIALLY_ALLOCATED ALLOCATED RELEASED PICKED PACKED PARTIALLY_SHIPPED
        REQUEST_RETURN -> =
        PROGRESS_RETURN -> =
        REFUND_RETURN -> =
      SHIPPED:
        RELEASE_HOLD -> =
        CHANGE_PAYMENT_STATUS -> =
        TRACK -> PARTIALLY_SHIPPED SHIPPED DELIVERED
        DELAY -> =
        REQUEST_RETURN -> =
        PROGRESS_RETURN -> =
        REFUND_RETURN -> =
      DELIVERED:
        RELEASE_HOLD -> =
        CHANGE_PAYMENT_STATUS -> =
        REQUEST_RETURN -> =
        PROGRESS_RETURN -> =
        REFUND_RETURN -> =
      CANCELLED:
        RELEASE_HOLD -> =
        CHANGE_PAYMENT_STATUS -> =
      """;

  @Test
  void lineTableIsExactlyTheSpecification() {
    assertTableIs(StateMachines.LINE, LineUnitState.class, LineEventType.class, LINE_SPEC, 9);
    assertDeterministic(StateMachines.LINE, LineUnitState.class, LineEventType.class);
  }

  @Test
  void shipmentTableIsExactlyTheSpecification() {
    assertTableIs(StateMachines.SHIPMENT, ShipmentStatus.class, ShipmentEventType.class, SHIPMENT_SPEC, 35);
    assertDeterministic(StateMachines.SHIPMENT, ShipmentStatus.class, ShipmentEventType.class);
  }

  @Test
  void returnTableIsExactlyTheSpecification() {
    assertTableIs(StateMachines.RETURN, ReturnStatus.class, ReturnEventType.class, RETURN_SPEC, 10);
    assertDeterministic(StateMachines.RETURN, ReturnStatus.class, ReturnEventType.class);
  }

  @Test
  void orderTableIsExactlyTheSpecification() {
    assertTableIs(StateMachines.ORDER, OrderStatus.class, OrderEventType.class, ORDER_SPEC, 107);
  }

  @Test
  void anOrderIsCreatedOnceAndItsPaymentStatusMayChangeAnytimeWithoutMovingIt() {
    for (OrderStatus s : OrderStatus.values()) {
      assertThat(StateMachines.ORDER.permits(s, OrderEventType.CREATE)).as("%s CREATE", s).isFalse();
      assertThat(StateMachines.ORDER.targets(s, OrderEventType.CHANGE_PAYMENT_STATUS)).containsExactly(s);
    }
  }

  @Test
  void terminalStatesAcceptNothing() {
    for (ShipmentStatus s : ShipmentStatus.values()) {
      assertThat(StateMachines.SHIPMENT.eventsFrom(s).isEmpty()).as("shipment %s", s).isEqualTo(s.terminal());
    }
    Set<ReturnStatus> finalReturns = EnumSet.of(ReturnStatus.REJECTED, ReturnStatus.REFUNDED, ReturnStatus.CANCELLED);
    for (ReturnStatus s : ReturnStatus.values()) {
      assertThat(StateMachines.RETURN.eventsFrom(s).isEmpty()).as("return %s", s).isEqualTo(finalReturns.contains(s));
    }
    assertThat(StateMachines.LINE.eventsFrom(LineUnitState.CANCELLED)).isEmpty();
    // an order may still release a forgotten hold or change its payment status when it is done
    for (OrderStatus s : EnumSet.of(OrderStatus.DELIVERED, OrderStatus.CANCELLED)) {
      assertThat(s.terminal()).isTrue();
      assertThat(StateMachines.ORDER.eventsFrom(s)).doesNotContain(OrderEventType.ALLOCATE,
          OrderEventType.CANCEL_ORDER, OrderEventType.PLACE_HOLD, OrderEventType.SHIP);
    }
  }

  @Test
  void carrierEventsAreTheTrackingEventsAndOnlyDepartedShipmentsTakeThem() {
    for (ShipmentEventType e : ShipmentEventType.values()) {
      boolean carrier = e != ShipmentEventType.PICK && e != ShipmentEventType.PACK && e != ShipmentEventType.SHIP
          && e != ShipmentEventType.CANCEL;
      assertThat(e.tracking()).as("%s", e).isEqualTo(carrier);
      for (ShipmentStatus s : ShipmentStatus.values()) {
        if (e.tracking() && StateMachines.SHIPMENT.permits(s, e)) {
          assertThat(s.departed()).as("%s accepts %s", s, e).isTrue();
        }
      }
    }
    assertThat(EnumSet.allOf(ShipmentStatus.class).stream().filter(ShipmentStatus::departed))
        .containsExactlyInAnyOrder(ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT,
            ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_FAILED, ShipmentStatus.EXCEPTION,
            ShipmentStatus.DELIVERED, ShipmentStatus.RETURNED_TO_SENDER);
  }

  @Test
  void fireAndRequireNameTheEntityStateAndEventOfAnIllegalPair() {
    IllegalTransitionException e = catchThrowableOfType(
        () -> StateMachines.SHIPMENT.fire(ShipmentStatus.DELIVERED, ShipmentEventType.PICK,
            "shipment S-1 of order O-1"),
        IllegalTransitionException.class);
    assertThat(e.entity()).isEqualTo("shipment S-1 of order O-1");
    assertThat(e.state()).isEqualTo("DELIVERED");
    assertThat(e.event()).isEqualTo("PICK");
    assertThat(e).hasMessage("shipment S-1 of order O-1 in state DELIVERED cannot accept PICK");

    IllegalTransitionException r = catchThrowableOfType(
        () -> StateMachines.ORDER.require(OrderStatus.CANCELLED, OrderEventType.ALLOCATE, "order O-1"),
        IllegalTransitionException.class);
    assertThat(List.of(r.entity(), r.state(), r.event())).containsExactly("order O-1", "CANCELLED", "ALLOCATE");
  }

  @Test
  void fireRefusesATransitionWithSeveralTargets() {
    assertThatThrownBy(() -> StateMachines.ORDER.fire(OrderStatus.VALIDATED, OrderEventType.ALLOCATE, "order O-1"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not deterministic");
  }

  @Test
  void tablesAreNamedAndListTheirTransitions() {
    assertThat(List.of(StateMachines.LINE.name(), StateMachines.SHIPMENT.name(), StateMachines.RETURN.name(),
        StateMachines.ORDER.name())).containsExactly("line", "shipment", "return", "order");
    assertThat(StateMachines.RETURN.toString()).startsWith("return transitions:")
        .contains("  INSPECTED --DISPOSE--> [DISPOSED]").hasLineCount(11);
  }

  @Test
  void theTablesCannotBeModified() {
    Set<OrderStatus> targets = StateMachines.ORDER.targets(OrderStatus.CREATED, OrderEventType.VALIDATE);
    assertThatThrownBy(() -> targets.add(OrderStatus.SHIPPED)).isInstanceOf(UnsupportedOperationException.class);
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  /**
   * Compares every (state, event) pair of the table with the specification: legal pairs have exactly the specified
   * targets, all other pairs none; also checks {@code permits} and {@code eventsFrom} agree.
   */
  static <S extends Enum<S>, E extends Enum<E>> void assertTableIs(TransitionTable<S, E> table, Class<S> states,
      Class<E> events, String spec, int legalPairs) {
    Map<String, Set<S>> expected = parse(spec, states, events);
    int legal = 0;
    int illegal = 0;
    List<String> mismatches = new ArrayList<>();
    for (S s : states.getEnumConstants()) {
      Set<E> legalEvents = EnumSet.noneOf(events);
      for (E e : events.getEnumConstants()) {
        Set<S> want = expected.getOrDefault(s + " " + e, Set.of());
        Set<S> got = table.targets(s, e);
        if (!got.equals(want)) {
          mismatches.add(s + " --" + e + "--> " + got + ", specified " + want);
        }
        assertThat(table.permits(s, e)).isEqualTo(!want.isEmpty());
        for (S t : states.getEnumConstants()) {
          assertThat(table.permits(s, e, t)).as("%s --%s--> %s", s, e, t).isEqualTo(want.contains(t));
        }
        if (want.isEmpty()) {
          illegal++;
        } else {
          legal++;
          legalEvents.add(e);
        }
      }
      assertThat(table.eventsFrom(s)).as("events from %s", s).isEqualTo(legalEvents);
    }
    assertThat(mismatches).as("%s table differs from the specification", table.name()).isEmpty();
    int pairs = states.getEnumConstants().length * events.getEnumConstants().length;
    assertThat(legal).as("legal pairs of the %s table", table.name()).isEqualTo(legalPairs);
    assertThat(illegal).isEqualTo(pairs - legalPairs);
  }

  /** Tables of lines, shipments and returns: one target per legal pair; fire returns it, else names the pair. */
  static <S extends Enum<S>, E extends Enum<E>> void assertDeterministic(TransitionTable<S, E> table,
      Class<S> states, Class<E> events) {
    for (S s : states.getEnumConstants()) {
      for (E e : events.getEnumConstants()) {
        Set<S> targets = table.targets(s, e);
        assertThat(targets.size()).as("%s x %s", s, e).isLessThanOrEqualTo(1);
        if (targets.isEmpty()) {
          IllegalTransitionException ex = catchThrowableOfType(() -> table.fire(s, e, "thing T"),
              IllegalTransitionException.class);
          assertThat(List.of(ex.entity(), ex.state(), ex.event())).containsExactly("thing T", s.name(), e.name());
          assertThatThrownBy(() -> table.require(s, e, "thing T")).isInstanceOf(IllegalTransitionException.class);
        } else {
          assertThat(table.fire(s, e, "thing T")).isEqualTo(targets.iterator().next());
          table.require(s, e, "thing T");
        }
      }
    }
  }

  static <S extends Enum<S>, E extends Enum<E>> Map<String, Set<S>> parse(String spec, Class<S> states,
      Class<E> events) {
    Map<String, Set<S>> table = new HashMap<>();
    S state = null;
    for (String raw : spec.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.endsWith(":")) {
        state = Enum.valueOf(states, line.substring(0, line.length() - 1));
        continue;
      }
      String[] parts = line.split("->");
      E event = Enum.valueOf(events, parts[0].strip());
      Set<S> targets = EnumSet.noneOf(states);
      for (String t : parts[1].strip().split("\\s+")) {
        if (t.equals("*")) {
          targets.addAll(Arrays.asList(states.getEnumConstants()));
        } else if (t.equals("=")) {
          targets.add(state);
        } else {
          targets.add(Enum.valueOf(states, t));
        }
      }
      assertThat(table.put(state + " " + event, targets)).as("duplicate %s %s", state, event).isNull();
    }
    return table;
  }
}
