package org.oms4j.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.oms4j.core.order.TestOrders.ACTOR;
import static org.oms4j.core.order.TestOrders.T0;
import static org.oms4j.core.order.TestOrders.WH1;
import static org.oms4j.core.order.TestOrders.WH2;
import static org.oms4j.core.order.TestOrders.allocate;
import static org.oms4j.core.order.TestOrders.apply;
import static org.oms4j.core.order.TestOrders.backorder;
import static org.oms4j.core.order.TestOrders.cancelLine;
import static org.oms4j.core.order.TestOrders.deallocate;
import static org.oms4j.core.order.TestOrders.line;
import static org.oms4j.core.order.TestOrders.order;
import static org.oms4j.core.order.TestOrders.progress;
import static org.oms4j.core.order.TestOrders.progressReturn;
import static org.oms4j.core.order.TestOrders.release;
import static org.oms4j.core.order.TestOrders.requestReturn;
import static org.oms4j.core.order.TestOrders.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;

/**
 * The transition tables as real orders apply them. Each line unit state, shipment status, return status and order
 * status is reached by applying events; then every event is tried: those the table permits are accepted and move
 * the entity to the table's target, the others are refused with an {@link IllegalTransitionException} naming the
 * entity, its state and the event, and leave the order as it was.
 *
 * <p>"Anchored" orders have two extra lines, one shipped and one allocated, which keep the order PARTIALLY_SHIPPED
 * whatever the line, shipment or return under test does; the order table permits every line and shipment event
 * there, so the entity's own table decides. In plain one-line orders the order table may refuse first, and then
 * names the order.
 */
class OrderTransitionsTest {
  private static final String ORDER = "order O-1";

  // ------------------------------------------------------------------------------------------------ order status

  /** An order in each status, reached by events. */
  static Map<OrderStatus, Order> ordersInEveryStatus() {
    Map<OrderStatus, Order> orders = new EnumMap<>(OrderStatus.class);
    Order created = order(2, 1);
    orders.put(OrderStatus.CREATED, created);
    Order validated = apply(created, validate());
    orders.put(OrderStatus.VALIDATED, validated);
    orders.put(OrderStatus.ON_HOLD,
        apply(validated, new OrderEvent.HoldPlaced(HoldId.of("H1"), HoldType.FRAUD_REVIEW)));
    orders.put(OrderStatus.BACKORDERED, apply(validated, backorder(1, 2)));
    orders.put(OrderStatus.PARTIALLY_ALLOCATED, apply(validated, allocate(1, WH1, 2)));
    Order allocated = apply(validated, allocate(1, WH1, 2), allocate(2, WH1, 1));
    orders.put(OrderStatus.ALLOCATED, allocated);
    Order released = apply(allocated, new OrderEvent.ShipmentReleased(ShipmentId.of("S1"), WH1,
        List.of(LineQuantity.of(line(1), 2), LineQuantity.of(line(2), 1))));
    orders.put(OrderStatus.RELEASED, released);
    Order picked = apply(released, progress("S1", ShipmentEventType.PICK));
    orders.put(OrderStatus.PICKED, picked);
    Order packed = apply(picked, progress("S1", ShipmentEventType.PACK));
    orders.put(OrderStatus.PACKED, packed);
    Order shipped = apply(packed, TestOrders.ship("S1"));
    orders.put(OrderStatus.SHIPPED, shipped);
    orders.put(OrderStatus.DELIVERED, apply(shipped, progress("S1", ShipmentEventType.DELIVER)));
    orders.put(OrderStatus.PARTIALLY_SHIPPED, TestOrders.deliver(apply(allocated, release("S1", WH1, 1, 2)), "S1"));
    orders.put(OrderStatus.CANCELLED, apply(validated, new OrderEvent.OrderCancelled()));
    return orders;
  }

  @Test
  void everyStatusIsReachedByEvents() {
    Map<OrderStatus, Order> orders = ordersInEveryStatus();
    assertThat(orders).hasSize(OrderStatus.values().length);
    orders.forEach((status, order) -> {
      assertThat(order.status()).as("fixture for %s", status).isEqualTo(status);
      Invariants.checkOrder(order);
      Invariants.checkTrail(order);
    });
  }

  /** Every (status, event) pair the order table refuses, on a real order in that status. */
  @ParameterizedTest
  @EnumSource(OrderStatus.class)
  void everyEventTheOrderTableRefusesIsRefusedNamingTheOrder(OrderStatus status) {
    Order order = ordersInEveryStatus().get(status);
    int refused = 0;
    for (OrderEventType type : OrderEventType.values()) {
      if (!StateMachines.ORDER.permits(status, type)) {
        IllegalTransitionException e = assertRefused(order, representative(order, type));
        assertThat(List.of(e.entity(), e.state(), e.event())).as("%s in %s", type, status)
            .containsExactly(ORDER, status.name(), type.name());
        refused++;
      }
    }
    assertThat(refused).isEqualTo(OrderEventType.values().length - StateMachines.ORDER.eventsFrom(status).size());
  }

  /** An event of each type, referring to what the order has where it can. */
  static OrderEvent representative(Order o, OrderEventType type) {
    String shipment = o.shipments().isEmpty() ? "S-x" : o.shipments().get(0).id().value();
    String ret = o.returns().isEmpty() ? "R-x" : o.returns().get(0).id().value();
    switch (type) {
      case CREATE:
        return new OrderEvent.OrderCreated(o.draft());
      case VALIDATE:
        return validate();
      case PLACE_HOLD:
        return new OrderEvent.HoldPlaced(HoldId.of("H9"), HoldType.MANUAL);
      case RELEASE_HOLD:
        return new OrderEvent.HoldReleased(o.holds().isEmpty() ? HoldId.of("H-x") : o.holds().get(0).id());
      case CHANGE_PAYMENT_STATUS:
        return new OrderEvent.PaymentStatusChanged(org.oms4j.core.common.PaymentStatus.PAID);
      case EDIT:
        return new OrderEvent.OrderEdited(o.draft());
      case ALLOCATE:
        return allocate(1, WH1, 1);
      case BACKORDER:
        return backorder(1, 1);
      case DEALLOCATE:
        return deallocate(1, WH1, 1);
      case CANCEL_LINE:
        return cancelLine(1, 1);
      case CANCEL_ORDER:
        return new OrderEvent.OrderCancelled();
      case RELEASE_SHIPMENT:
        return release("S9", WH1, 1, 1);
      case PICK:
        return progress(shipment, ShipmentEventType.PICK);
      case PACK:
        return progress(shipment, ShipmentEventType.PACK);
      case SHIP:
        return TestOrders.ship(shipment);
      case TRACK:
        return progress(shipment, ShipmentEventType.DELIVER);
      case DELAY:
        return new OrderEvent.ShipmentDelayed(ShipmentId.of(shipment), java.util.Optional.empty(), "weather");
      case CANCEL_SHIPMENT:
        return progress(shipment, ShipmentEventType.CANCEL);
      case REQUEST_RETURN:
        return requestReturn("R9", 1, 1);
      case PROGRESS_RETURN:
        return progressReturn(ret, ReturnEventType.AUTHORISE);
      case REFUND_RETURN:
        return new OrderEvent.ReturnRefunded(ReturnId.of(ret), Money.of(BigDecimal.ZERO, "USD"));
      default:
        throw new AssertionError(type);
    }
  }

  @Test
  void anOrderIsCreatedOnlyOnce() {
    Order o = order(1);
    IllegalTransitionException e = assertRefused(o, new OrderEvent.OrderCreated(o.draft()));
    assertThat(e).hasMessageContaining("an order is created once");
  }

  // ------------------------------------------------------------------------------------------------ lines

  static Stream<Arguments> lineStates() {
    return Stream.of(LineUnitState.values()).flatMap(s -> Stream.of(Arguments.of(s, true), Arguments.of(s, false)));
  }

  /**
   * Line L1 with both its units in {@code state}; anchored: lines L2 (shipped in S-A) and L3 (allocated at WH2)
   * keep the order PARTIALLY_SHIPPED.
   */
  static Order lineIn(LineUnitState state, boolean anchored) {
    Order o = anchored
        ? TestOrders.deliver(apply(order(2, 1, 1), validate(), allocate(2, WH2, 1), allocate(3, WH2, 1),
            release("S-A", WH2, 2, 1)), "S-A")
        : apply(order(2), validate());
    switch (state) {
      case OPEN:
        return o;
      case BACKORDERED:
        return apply(o, backorder(1, 2));
      case ALLOCATED:
        return apply(o, allocate(1, WH1, 2));
      case RELEASED:
        return apply(o, allocate(1, WH1, 2), release("S-L1", WH1, 1, 2));
      case CANCELLED:
        return apply(o, cancelLine(1, 2));
      default:
        throw new AssertionError(state);
    }
  }

  /** The event that moves one unit of L1 by {@code event} (at WH1). UNRELEASE is cancelling L1's shipment. */
  static OrderEvent lineEvent(LineEventType event) {
    switch (event) {
      case ALLOCATE:
        return allocate(1, WH1, 1);
      case BACKORDER:
        return backorder(1, 1);
      case DEALLOCATE:
        return deallocate(1, WH1, 1);
      case RELEASE:
        return release("S-new", WH1, 1, 1);
      case UNRELEASE:
        return progress("S-L1", ShipmentEventType.CANCEL);
      case CANCEL:
        return cancelLine(1, 1);
      default:
        throw new AssertionError(event);
    }
  }

  static int unitsIn(LineUnitState state, LineQuantities q) {
    switch (state) {
      case OPEN:
        return q.open();
      case BACKORDERED:
        return q.backordered();
      case ALLOCATED:
        return q.allocated();
      case RELEASED:
        return q.inWarehouse();
      case CANCELLED:
        return q.cancelled();
      default:
        throw new AssertionError(state);
    }
  }

  @ParameterizedTest(name = "{0}, anchored {1}")
  @MethodSource("lineStates")
  void lineEventsFollowTheLineTable(LineUnitState state, boolean anchored) {
    Order order = lineIn(state, anchored);
    LineQuantities q = order.quantities(line(1));
    assertThat(unitsIn(state, q)).as("both units of L1 are %s: %s", state, q).isEqualTo(2);
    if (anchored) {
      assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    }
    for (LineEventType e : LineEventType.values()) {
      if (e == LineEventType.UNRELEASE && state != LineUnitState.RELEASED) {
        continue; // only units in a shipment can be taken out of one: there is no event for other units
      }
      OrderEvent event = lineEvent(e);
      if (StateMachines.LINE.permits(state, e)) {
        Order next = Invariants.step(order, event, T0);
        assertThat(next).as("%s on a %s unit is accepted", e, state).isNotSameAs(order);
        LineQuantities after = next.quantities(line(1));
        int moved = e == LineEventType.UNRELEASE ? 2 : 1; // cancelling L1's shipment takes both units back
        LineUnitState target = StateMachines.LINE.fire(state, e, "line");
        assertThat(unitsIn(state, after)).as("%s left in %s: %s", e, state, after).isEqualTo(2 - moved);
        assertThat(unitsIn(target, after)).as("%s moved to %s: %s", e, target, after).isEqualTo(moved);
      } else {
        IllegalTransitionException ex = assertRefused(order, event);
        OrderEventType type = event.type();
        if (StateMachines.ORDER.permits(order.status(), type)) {
          assertThat(List.of(ex.entity(), ex.state(), ex.event())).as("%s on a %s unit", e, state)
              .containsExactly("line L1 of order O-1", q.toString(), e.name());
        } else {
          assertThat(anchored).as("anchored orders permit every line event").isFalse();
          assertThat(List.of(ex.entity(), ex.state(), ex.event()))
              .containsExactly(ORDER, order.status().name(), type.name());
        }
      }
    }
  }

  @Test
  void allocatingTakesOpenUnitsBeforeBackorderedOnes() {
    Order o = apply(order(6), validate(), backorder(1, 2), allocate(1, WH1, 1), allocate(1, WH2, 1));
    assertThat(o.quantities(line(1))).extracting(LineQuantities::open, LineQuantities::backordered,
        LineQuantities::allocated).containsExactly(2, 2, 2);
    o = Invariants.step(o, allocate(1, WH1, 3), T0); // 2 open, then 1 backordered
    assertThat(o.quantities(line(1))).extracting(LineQuantities::open, LineQuantities::backordered,
        LineQuantities::allocated).containsExactly(0, 1, 5);
    assertThat(o.line(line(1)).orElseThrow().allocations())
        .containsExactly(new Allocation(WH1, 4), new Allocation(WH2, 1));
  }

  @Test
  void cancellingTakesOpenThenBackorderedThenTheLatestAllocationFirst() {
    Order o = apply(order(8), validate(), allocate(1, WH2, 2), allocate(1, WH1, 2), backorder(1, 2));
    assertThat(o.quantities(line(1))).extracting(LineQuantities::open, LineQuantities::backordered,
        LineQuantities::allocated).containsExactly(2, 2, 4);
    o = Invariants.step(o, cancelLine(1, 1), T0);
    assertThat(o.quantities(line(1))).extracting(LineQuantities::open, LineQuantities::backordered,
        LineQuantities::allocated, LineQuantities::cancelled).containsExactly(1, 2, 4, 1);
    o = Invariants.step(o, cancelLine(1, 2), T0); // the last open unit, then a backordered one
    assertThat(o.quantities(line(1))).extracting(LineQuantities::open, LineQuantities::backordered,
        LineQuantities::allocated, LineQuantities::cancelled).containsExactly(0, 1, 4, 3);
    o = Invariants.step(o, cancelLine(1, 4), T0); // the backordered unit, both at WH1 (latest), one at WH2
    assertThat(o.quantities(line(1))).extracting(LineQuantities::backordered, LineQuantities::allocated,
        LineQuantities::cancelled).containsExactly(0, 1, 7);
    assertThat(o.line(line(1)).orElseThrow().allocations()).containsExactly(new Allocation(WH2, 1));
  }

  @Test
  void unitsCannotBeReleasedFromAnotherLocationOrTwiceIntoOneShipment() {
    Order o = apply(order(2, 1), validate(), allocate(1, WH1, 2), allocate(2, WH2, 1));
    IllegalTransitionException e = assertRefused(o, release("S1", WH1, 2, 1));
    assertThat(e.entity()).isEqualTo("line L2 of order O-1");
    assertThat(e).hasMessageContaining("allocated at WH1");
    InvalidInputException dup = assertInvalid(o, new OrderEvent.ShipmentReleased(ShipmentId.of("S1"), WH1,
        List.of(LineQuantity.of(line(1), 1), LineQuantity.of(line(1), 1))), "items");
    assertThat(dup).hasMessageContaining("once per shipment");
  }

  // ------------------------------------------------------------------------------------------------ shipments

  static Stream<Arguments> shipmentStatuses() {
    return Stream.of(ShipmentStatus.values())
        .flatMap(s -> Stream.of(Arguments.of(s, true), Arguments.of(s, false)));
  }

  /** Shipment S-1 of line L1 (1 unit, WH1) in {@code status}; anchored as for lines. */
  static Order shipmentIn(ShipmentStatus status, boolean anchored) {
    Order o = anchored
        ? TestOrders.deliver(apply(order(1, 1, 1), validate(), allocate(2, WH2, 1), allocate(3, WH2, 1),
            release("S-A", WH2, 2, 1)), "S-A")
        : apply(order(1), validate());
    o = apply(o, allocate(1, WH1, 1), release("S-1", WH1, 1, 1));
    for (ShipmentEventType e : TestOrders.pathTo(status)) {
      o = apply(o, TestOrders.shipmentEvent("S-1", e));
    }
    return o;
  }

  @ParameterizedTest(name = "{0}, anchored {1}")
  @MethodSource("shipmentStatuses")
  void shipmentEventsFollowTheShipmentTable(ShipmentStatus status, boolean anchored) {
    Order order = shipmentIn(status, anchored);
    assertThat(order.shipment(ShipmentId.of("S-1")).orElseThrow().status()).isEqualTo(status);
    if (anchored) {
      assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    }
    for (ShipmentEventType e : ShipmentEventType.values()) {
      OrderEvent event = TestOrders.shipmentEvent("S-1", e);
      boolean orderPermits = StateMachines.ORDER.permits(order.status(), event.type());
      if (StateMachines.SHIPMENT.permits(status, e) && orderPermits) {
        Order next = Invariants.step(order, event, T0);
        assertThat(next).as("%s from %s", e, status).isNotSameAs(order);
        assertThat(next.shipment(ShipmentId.of("S-1")).orElseThrow().status())
            .isEqualTo(StateMachines.SHIPMENT.fire(status, e, "shipment"));
      } else {
        IllegalTransitionException ex = assertRefused(order, event);
        if (orderPermits) {
          assertThat(List.of(ex.entity(), ex.state(), ex.event())).as("%s from %s", e, status)
              .containsExactly("shipment S-1 of order O-1", status.name(), e.name());
        } else {
          assertThat(anchored).as("anchored orders permit every shipment event").isFalse();
          assertThat(List.of(ex.entity(), ex.state(), ex.event())).as("%s from %s", e, status)
              .containsExactly(ORDER, order.status().name(), event.type().name());
        }
      }
    }
  }

  /** The legal shipment events of a plain one-line order are refused by the order table only while it is held. */
  @Test
  void aHoldStopsTheWarehouseButNotTheCarrierOrACancellation() {
    Order packed = shipmentIn(ShipmentStatus.PACKED, false);
    Order held = apply(packed, new OrderEvent.HoldPlaced(HoldId.of("H1"), HoldType.ADDRESS));
    IllegalTransitionException e = assertRefused(held, TestOrders.ship("S-1"));
    assertThat(List.of(e.entity(), e.state(), e.event())).containsExactly(ORDER, "ON_HOLD", "SHIP");
    Order cancelled = Invariants.step(held, progress("S-1", ShipmentEventType.CANCEL), T0);
    assertThat(cancelled.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(cancelled.quantities(line(1)).allocated()).isEqualTo(1);

    Order partly = apply(TestOrders.order(1, 1), validate(), allocate(1, WH1, 1), allocate(2, WH1, 1),
        release("S-1", WH1, 1, 1), progress("S-1", ShipmentEventType.PICK), progress("S-1", ShipmentEventType.PACK),
        TestOrders.ship("S-1"), new OrderEvent.HoldPlaced(HoldId.of("H1"), HoldType.ADDRESS));
    Order delivered = Invariants.step(partly, progress("S-1", ShipmentEventType.DELIVER), T0);
    assertThat(delivered.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(delivered.quantities(line(1)).delivered()).isEqualTo(1);
  }

  /** Regression: cancelling a released shipment used to fail with "units do not add up" (commit 131912f). */
  @ParameterizedTest
  @EnumSource(value = ShipmentStatus.class, names = {"RELEASED", "PICKED", "PACKED"})
  void cancellingAShipmentPutsItsUnitsBackToTheirAllocation(ShipmentStatus status) {
    Order o = apply(order(3, 1), validate(), allocate(1, WH1, 2), allocate(1, WH2, 1), allocate(2, WH2, 1),
        new OrderEvent.ShipmentReleased(ShipmentId.of("S-1"), WH2,
            List.of(LineQuantity.of(line(1), 1), LineQuantity.of(line(2), 1))));
    for (ShipmentEventType e : TestOrders.pathTo(status)) {
      o = apply(o, TestOrders.shipmentEvent("S-1", e));
    }
    Order cancelled = Invariants.step(o, progress("S-1", ShipmentEventType.CANCEL), T0);
    assertThat(cancelled).isNotSameAs(o);
    assertThat(cancelled.shipments().get(0).status()).isEqualTo(ShipmentStatus.CANCELLED);
    assertThat(cancelled.line(line(1)).orElseThrow().allocations())
        .containsExactly(new Allocation(WH1, 2), new Allocation(WH2, 1));
    assertThat(cancelled.line(line(2)).orElseThrow().allocations()).containsExactly(new Allocation(WH2, 1));
    assertThat(cancelled.status()).isEqualTo(OrderStatus.ALLOCATED);

    Order orderCancelled = Invariants.step(o, new OrderEvent.OrderCancelled(), T0);
    assertThat(orderCancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(orderCancelled.shipments().get(0).status()).isEqualTo(ShipmentStatus.CANCELLED);
    assertThat(orderCancelled.quantities(line(1)).cancelled()).isEqualTo(3);
  }

  @Test
  void cancellingTheOrderKeepsWhatHasShipped() {
    Order o = apply(order(2, 1), validate(), allocate(1, WH1, 2), allocate(2, WH1, 1), release("S1", WH1, 1, 1),
        release("S2", WH1, 1, 1), progress("S1", ShipmentEventType.PICK), progress("S1", ShipmentEventType.PACK),
        TestOrders.ship("S1"));
    Order cancelled = Invariants.step(o, new OrderEvent.OrderCancelled(), T0);
    assertThat(cancelled.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(cancelled.shipments()).extracting(Shipment::status)
        .containsExactly(ShipmentStatus.SHIPPED, ShipmentStatus.CANCELLED);
    assertThat(cancelled.quantities(line(1))).extracting(LineQuantities::inTransit, LineQuantities::cancelled)
        .containsExactly(1, 1);
    assertThat(cancelled.quantities(line(2)).cancelled()).isEqualTo(1);
    assertRefused(cancelled, new OrderEvent.OrderCancelled());
  }

  @Test
  void shipmentEventsMustBeTheRightRecord() {
    assertThatThrownBy(() -> progress("S1", ShipmentEventType.SHIP)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ShipmentShipped");
    assertThatThrownBy(() -> progressReturn("R1", ReturnEventType.REFUND)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ReturnRefunded");
    assertThat(progress("S1", ShipmentEventType.EXCEPTION).type()).isEqualTo(OrderEventType.TRACK);
    assertThat(progress("S1", ShipmentEventType.CANCEL).type()).isEqualTo(OrderEventType.CANCEL_SHIPMENT);
  }

  // ------------------------------------------------------------------------------------------------ returns

  /** A delivered order of 2 units of L1 with return R-1 of one unit in {@code status}. */
  static Order returnIn(ReturnStatus status) {
    Order o = TestOrders.deliver(apply(order(2), validate(), allocate(1, WH1, 2), release("S1", WH1, 1, 2)), "S1");
    o = apply(o, requestReturn("R-1", 1, 1));
    for (ReturnEventType e : TestOrders.pathTo(status)) {
      o = apply(o, e == ReturnEventType.REFUND ? TestOrders.refundAll(o, "R-1") : progressReturn("R-1", e));
    }
    return o;
  }

  @ParameterizedTest
  @EnumSource(ReturnStatus.class)
  void returnEventsFollowTheReturnTable(ReturnStatus status) {
    Order order = returnIn(status);
    assertThat(order.orderReturn(ReturnId.of("R-1")).orElseThrow().status()).isEqualTo(status);
    assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
    for (ReturnEventType e : ReturnEventType.values()) {
      OrderEvent event = TestOrders.returnEvent(order, "R-1", e);
      if (StateMachines.RETURN.permits(status, e)) {
        Order next = Invariants.step(order, event, T0);
        assertThat(next).as("%s from %s", e, status).isNotSameAs(order);
        assertThat(next.orderReturn(ReturnId.of("R-1")).orElseThrow().status())
            .isEqualTo(StateMachines.RETURN.fire(status, e, "return"));
      } else {
        IllegalTransitionException ex = assertRefused(order, event);
        assertThat(List.of(ex.entity(), ex.state(), ex.event())).as("%s from %s", e, status)
            .containsExactly("return R-1 of order O-1", status.name(), e.name());
      }
    }
  }

  @Test
  void onlyDeliveredUnitsNotAlreadyBeingReturnedCanBeReturned() {
    Order o = returnIn(ReturnStatus.AUTHORISED); // 2 delivered, 1 being returned
    IllegalTransitionException e = assertRefused(o, requestReturn("R-2", 1, 2));
    assertThat(e.entity()).isEqualTo("line L1 of order O-1");
    assertThat(e.event()).isEqualTo("REQUEST_RETURN");
    assertThat(e).hasMessageContaining("only 1 delivered units");
    Order second = Invariants.step(o, requestReturn("R-2", 1, 1), T0);
    assertRefused(second, requestReturn("R-3", 1, 1));
    // a rejected or cancelled return gives its units back
    Order rejected =
        Invariants.step(returnIn(ReturnStatus.REQUESTED), progressReturn("R-1", ReturnEventType.REJECT), T0);
    assertThat(rejected.quantities(line(1)).returning()).isZero();
    Invariants.step(rejected, requestReturn("R-2", 1, 2), T0);
    assertInvalid(o, requestReturn("R-1", 1, 1), "returnId");
    assertInvalid(o, requestReturn("R-2", 7, 1), "lineId");
  }

  @Test
  void refundsAreCheckedAgainstWhatMayBeRefunded() {
    Order o = returnIn(ReturnStatus.RESTOCKED);
    ReturnId r = ReturnId.of("R-1");
    Money max = Money.from(o.refundable(r));
    assertThat(max).isEqualTo(Money.of(new BigDecimal("9.85"), "USD")); // half of 2 x 10.00 - 1.00 + 0.70
    assertInvalid(o, new OrderEvent.ReturnRefunded(r, max.add(Money.of(new BigDecimal("0.01"), "USD"))), "amount");
    assertInvalid(o, new OrderEvent.ReturnRefunded(r, Money.of(BigDecimal.ONE, "EUR")), "amount");
    assertInvalid(o, new OrderEvent.ReturnRefunded(r, Money.of(new BigDecimal("-0.01"), "USD")), "amount");
    assertInvalid(o, new OrderEvent.ReturnRefunded(ReturnId.of("R-9"), max), "returnId");
    Order fee = Invariants.step(o, new OrderEvent.ReturnRefunded(r, Money.of(new BigDecimal("8.004"), "USD")), T0);
    assertThat(fee.refundedTotal()).isEqualTo(Money.of(new BigDecimal("8.00"), "USD"));
  }

  // ------------------------------------------------------------------------------------------------ holds, validation

  @Test
  void holdsAreReleasedOnceAndByTheirId() {
    Order o = apply(order(1), validate(), new OrderEvent.HoldPlaced(HoldId.of("H1"), HoldType.PAYMENT),
        new OrderEvent.HoldPlaced(HoldId.of("H2"), HoldType.CREDIT));
    assertInvalid(o, new OrderEvent.HoldPlaced(HoldId.of("H1"), HoldType.MANUAL), "holdId");
    assertInvalid(o, new OrderEvent.HoldReleased(HoldId.of("H3")), "holdId");
    Order one = Invariants.step(o, new OrderEvent.HoldReleased(HoldId.of("H1")), T0);
    assertThat(one.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(one.activeHolds()).extracting(Hold::id).containsExactly(HoldId.of("H2"));
    IllegalTransitionException e = assertRefused(one, new OrderEvent.HoldReleased(HoldId.of("H1")));
    assertThat(List.of(e.entity(), e.state(), e.event()))
        .containsExactly("hold H1 of order O-1", "RELEASED", "RELEASE_HOLD");
    Order none = Invariants.step(one, new OrderEvent.HoldReleased(HoldId.of("H2")), T0);
    assertThat(none.status()).isEqualTo(OrderStatus.VALIDATED);
    assertThat(none.holds()).hasSize(2).noneMatch(Hold::active);
  }

  @Test
  void anOrderIsValidatedOnceEvenWhileHeld() {
    Order held = apply(order(1), new OrderEvent.HoldPlaced(HoldId.of("H1"), HoldType.FRAUD_REVIEW));
    Order validated = Invariants.step(held, validate(), T0);
    assertThat(validated.status()).isEqualTo(OrderStatus.ON_HOLD);
    IllegalTransitionException e = assertRefused(validated, validate());
    assertThat(e).hasMessageContaining("already validated");
    assertThat(Invariants.step(validated, new OrderEvent.HoldReleased(HoldId.of("H1")), T0).status())
        .isEqualTo(OrderStatus.VALIDATED);
  }

  @Test
  void unknownReferencesAreInvalidInputNamingTheField() {
    Order o = ordersInEveryStatus().get(OrderStatus.PARTIALLY_SHIPPED);
    assertInvalid(o, allocate(9, WH1, 1), "lineId");
    assertInvalid(o, cancelLine(9, 1), "lineId");
    assertInvalid(o, progress("S-9", ShipmentEventType.PICK), "shipmentId");
    assertInvalid(o, release("S1", WH1, 2, 1), "shipmentId");
    assertInvalid(o, progressReturn("R-9", ReturnEventType.AUTHORISE), "returnId");
  }

  // ------------------------------------------------------------------------------------------------ replay

  @Test
  void replayRefusesATrailWithAGapOrWithoutItsCreation() {
    Order o = ordersInEveryStatus().get(OrderStatus.DELIVERED);
    List<RecordedEvent> trail = new ArrayList<>(o.auditTrail());
    assertThat(Order.replay(trail)).isEqualTo(o);
    trail.remove(3);
    assertThatThrownBy(() -> Order.replay(trail)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("expected sequence 4");
    assertThatThrownBy(() -> Order.replay(o.auditTrail().subList(1, 4))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must start with the creation");
    assertThatThrownBy(() -> Order.replay(List.of())).isInstanceOf(InvalidInputException.class);
    List<RecordedEvent> reordered = new ArrayList<>(o.auditTrail().subList(0, 2));
    RecordedEvent allocateFirst = o.auditTrail().get(2);
    reordered.set(1, new RecordedEvent(o.id(), 2, allocateFirst.event(), ACTOR, T0, Optional.empty(),
        Optional.of(OrderStatus.CREATED), OrderStatus.PARTIALLY_ALLOCATED));
    assertThatThrownBy(() -> Order.replay(reordered)).isInstanceOf(IllegalTransitionException.class);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** Applies an event that must be refused; checks the refusal changed nothing and returns it. */
  static IllegalTransitionException assertRefused(Order order, OrderEvent event) {
    Order before = order;
    List<Object> snapshot = Invariants.snapshot(order);
    IllegalTransitionException e = catchThrowableOfType(() -> order.apply(event, ACTOR, T0, Optional.empty()),
        IllegalTransitionException.class);
    assertThat(e).as("%s refused in %s", event, order.status()).isNotNull();
    assertThat(e.getMessage()).contains(e.entity(), e.state(), e.event());
    assertThat(order).isEqualTo(before);
    assertThat(order.version()).isEqualTo(before.version());
    assertThat(Invariants.snapshot(order)).isEqualTo(snapshot);
    return e;
  }

  static InvalidInputException assertInvalid(Order order, OrderEvent event, String field) {
    List<Object> snapshot = Invariants.snapshot(order);
    InvalidInputException e = catchThrowableOfType(() -> order.apply(event, ACTOR, T0, Optional.empty()),
        InvalidInputException.class);
    assertThat(e).as("%s refused as invalid", event).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(Invariants.snapshot(order)).isEqualTo(snapshot);
    return e;
  }
}
