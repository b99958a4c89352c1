package org.oms4j.core.order;

import static org.oms4j.core.order.OrderStatus.ALLOCATED;
import static org.oms4j.core.order.OrderStatus.BACKORDERED;
import static org.oms4j.core.order.OrderStatus.CANCELLED;
import static org.oms4j.core.order.OrderStatus.CREATED;
import static org.oms4j.core.order.OrderStatus.DELIVERED;
import static org.oms4j.core.order.OrderStatus.ON_HOLD;
import static org.oms4j.core.order.OrderStatus.PACKED;
import static org.oms4j.core.order.OrderStatus.PARTIALLY_ALLOCATED;
import static org.oms4j.core.order.OrderStatus.PARTIALLY_SHIPPED;
import static org.oms4j.core.order.OrderStatus.PICKED;
import static org.oms4j.core.order.OrderStatus.RELEASED;
import static org.oms4j.core.order.OrderStatus.SHIPPED;
import static org.oms4j.core.order.OrderStatus.VALIDATED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The four transition tables of oms4j, as data. {@link Order} consults them for every event: an event whose pair is
 * not in the table is refused with {@link org.oms4j.core.IllegalTransitionException} and changes nothing.
 *
 * <p>Lines, shipments and returns have stored states moved by these tables. An order's status is derived, so
 * {@link #ORDER} lists, per event, the statuses in which the event is accepted and the statuses the order may be in
 * afterwards; every accepted event is checked against it.
 */
public final class StateMachines {
  private StateMachines() {}

  /** Statuses in which some unit is neither shipped nor cancelled and the order is not held. */
  private static final Set<OrderStatus> UNSHIPPED_FLOW = EnumSet.of(
      CREATED, VALIDATED, BACKORDERED, PARTIALLY_ALLOCATED, ALLOCATED, RELEASED, PICKED, PACKED, PARTIALLY_SHIPPED);
  /** Statuses with units still to ship, held or not. */
  private static final Set<OrderStatus> OPEN = union(UNSHIPPED_FLOW, EnumSet.of(ON_HOLD));
  /** Statuses in which some unit may have been delivered. */
  private static final Set<OrderStatus> AFTER_SHIPPING = EnumSet.of(ON_HOLD, PARTIALLY_SHIPPED, SHIPPED, DELIVERED);
  /** Statuses in which units sit in released, picked or packed shipments. */
  private static final Set<OrderStatus> IN_WAREHOUSE =
      EnumSet.of(PARTIALLY_ALLOCATED, ALLOCATED, RELEASED, PICKED, PACKED, PARTIALLY_SHIPPED);

  /** Statuses in which the order may be edited: nothing has been released to a warehouse (or, if held, shipped). */
  private static final Set<OrderStatus> EDITABLE =
      EnumSet.of(CREATED, VALIDATED, ON_HOLD, BACKORDERED, PARTIALLY_ALLOCATED, ALLOCATED);

  /** The order table: (status, event) to the statuses the order may have after the event. */
  public static final TransitionTable<OrderStatus, OrderEventType> ORDER =
      TransitionTable.builder("order", OrderStatus.class, OrderEventType.class)
          .permit(EnumSet.of(CREATED, ON_HOLD), OrderEventType.VALIDATE, EnumSet.of(VALIDATED, ON_HOLD))
          .permit(OPEN, OrderEventType.PLACE_HOLD, EnumSet.of(ON_HOLD))
          .permit(EnumSet.of(ON_HOLD), OrderEventType.RELEASE_HOLD, OPEN)
          .permitSelf(EnumSet.of(SHIPPED, DELIVERED, CANCELLED), OrderEventType.RELEASE_HOLD)
          .permitSelf(EnumSet.allOf(OrderStatus.class), OrderEventType.CHANGE_PAYMENT_STATUS)
          // an edit keeps allocations of kept lines and opens new units; shipments must all be cancelled
          .permit(EDITABLE, OrderEventType.EDIT, EDITABLE)
          .permit(EnumSet.of(VALIDATED, BACKORDERED, PARTIALLY_ALLOCATED, PARTIALLY_SHIPPED), OrderEventType.ALLOCATE,
              EnumSet.of(PARTIALLY_ALLOCATED, ALLOCATED, PARTIALLY_SHIPPED))
          .permit(EnumSet.of(VALIDATED, BACKORDERED, PARTIALLY_ALLOCATED, PARTIALLY_SHIPPED), OrderEventType.BACKORDER,
              EnumSet.of(BACKORDERED, PARTIALLY_ALLOCATED, PARTIALLY_SHIPPED))
          .permit(EnumSet.of(PARTIALLY_ALLOCATED, ALLOCATED, PARTIALLY_SHIPPED, ON_HOLD), OrderEventType.DEALLOCATE,
              EnumSet.of(VALIDATED, BACKORDERED, PARTIALLY_ALLOCATED, PARTIALLY_SHIPPED, ON_HOLD))
          // every unit of a RELEASED, PICKED or PACKED order is in a shipment: cancel the shipment first
          .permit(EnumSet.of(CREATED, VALIDATED, ON_HOLD, BACKORDERED, PARTIALLY_ALLOCATED, ALLOCATED,
              PARTIALLY_SHIPPED), OrderEventType.CANCEL_LINE, EnumSet.allOf(OrderStatus.class))
          .permit(OPEN, OrderEventType.CANCEL_ORDER, EnumSet.of(CANCELLED, SHIPPED, DELIVERED))
          .permit(EnumSet.of(ALLOCATED, PARTIALLY_ALLOCATED, PARTIALLY_SHIPPED), OrderEventType.RELEASE_SHIPMENT,
              EnumSet.of(ALLOCATED, PARTIALLY_ALLOCATED, RELEASED, PARTIALLY_SHIPPED))
          .permit(EnumSet.of(PARTIALLY_ALLOCATED, ALLOCATED, RELEASED, PARTIALLY_SHIPPED), OrderEventType.PICK,
              EnumSet.of(PARTIALLY_ALLOCATED, ALLOCATED, RELEASED, PICKED, PARTIALLY_SHIPPED))
          .permit(EnumSet.of(PARTIALLY_ALLOCATED, ALLOCATED, RELEASED, PICKED, PARTIALLY_SHIPPED), OrderEventType.PACK,
              EnumSet.of(PARTIALLY_ALLOCATED, ALLOCATED, RELEASED, PICKED, PACKED, PARTIALLY_SHIPPED))
          .permit(IN_WAREHOUSE, OrderEventType.SHIP, EnumSet.of(PARTIALLY_SHIPPED, SHIPPED))
          .permitSelf(EnumSet.of(ON_HOLD), OrderEventType.TRACK)
          .permitSelf(EnumSet.of(ON_HOLD, PARTIALLY_SHIPPED, SHIPPED), OrderEventType.DELAY)
          .permit(EnumSet.of(PARTIALLY_SHIPPED, SHIPPED), OrderEventType.TRACK,
              EnumSet.of(PARTIALLY_SHIPPED, SHIPPED, DELIVERED))
          .permit(union(IN_WAREHOUSE, EnumSet.of(ON_HOLD)), OrderEventType.CANCEL_SHIPMENT,
              union(IN_WAREHOUSE, EnumSet.of(ON_HOLD)))
          .permitSelf(AFTER_SHIPPING, OrderEventType.REQUEST_RETURN)
          .permitSelf(AFTER_SHIPPING, OrderEventType.PROGRESS_RETURN)
          .permitSelf(AFTER_SHIPPING, OrderEventType.REFUND_RETURN)
          .build();

  /** The line table: where an event moves a unit of a line from each unit state. */
  public static final TransitionTable<LineUnitState, LineEventType> LINE =
      TransitionTable.builder("line", LineUnitState.class, LineEventType.class)
          .permit(LineUnitState.OPEN, LineEventType.ALLOCATE, LineUnitState.ALLOCATED)
          .permit(LineUnitState.BACKORDERED, LineEventType.ALLOCATE, LineUnitState.ALLOCATED)
          .permit(LineUnitState.OPEN, LineEventType.BACKORDER, LineUnitState.BACKORDERED)
          .permit(LineUnitState.ALLOCATED, LineEventType.DEALLOCATE, LineUnitState.OPEN)
          .permit(LineUnitState.ALLOCATED, LineEventType.RELEASE, LineUnitState.RELEASED)
          .permit(LineUnitState.RELEASED, LineEventType.UNRELEASE, LineUnitState.ALLOCATED)
          .permit(LineUnitState.OPEN, LineEventType.CANCEL, LineUnitState.CANCELLED)
          .permit(LineUnitState.BACKORDERED, LineEventType.CANCEL, LineUnitState.CANCELLED)
          .permit(LineUnitState.ALLOCATED, LineEventType.CANCEL, LineUnitState.CANCELLED)
          .build();

  /** The shipment table. */
  public static final TransitionTable<ShipmentStatus, ShipmentEventType> SHIPMENT = shipmentTable();

  /** The return table. */
  public static final TransitionTable<ReturnStatus, ReturnEventType> RETURN =
      TransitionTable.builder("return", ReturnStatus.class, ReturnEventType.class)
          .permit(ReturnStatus.REQUESTED, ReturnEventType.AUTHORISE, ReturnStatus.AUTHORISED)
          .permit(ReturnStatus.REQUESTED, ReturnEventType.REJECT, ReturnStatus.REJECTED)
          .permit(ReturnStatus.REQUESTED, ReturnEventType.CANCEL, ReturnStatus.CANCELLED)
          .permit(ReturnStatus.AUTHORISED, ReturnEventType.CANCEL, ReturnStatus.CANCELLED)
          .permit(ReturnStatus.AUTHORISED, ReturnEventType.RECEIVE, ReturnStatus.RECEIVED)
          .permit(ReturnStatus.RECEIVED, ReturnEventType.INSPECT, ReturnStatus.INSPECTED)
          .permit(ReturnStatus.INSPECTED, ReturnEventType.RESTOCK, ReturnStatus.RESTOCKED)
          .permit(ReturnStatus.INSPECTED, ReturnEventType.DISPOSE, ReturnStatus.DISPOSED)
          .permit(ReturnStatus.RESTOCKED, ReturnEventType.REFUND, ReturnStatus.REFUNDED)
          .permit(ReturnStatus.DISPOSED, ReturnEventType.REFUND, ReturnStatus.REFUNDED)
          .build();

  private static TransitionTable<ShipmentStatus, ShipmentEventType> shipmentTable() {
    TransitionTable.Builder<ShipmentStatus, ShipmentEventType> b =
        TransitionTable.builder("shipment", ShipmentStatus.class, ShipmentEventType.class)
            .permit(ShipmentStatus.RELEASED, ShipmentEventType.PICK, ShipmentStatus.PICKED)
            .permit(ShipmentStatus.PICKED, ShipmentEventType.PACK, ShipmentStatus.PACKED)
            .permit(ShipmentStatus.PACKED, ShipmentEventType.SHIP, ShipmentStatus.SHIPPED);
    for (ShipmentStatus s : EnumSet.of(ShipmentStatus.RELEASED, ShipmentStatus.PICKED, ShipmentStatus.PACKED)) {
      b.permit(s, ShipmentEventType.CANCEL, ShipmentStatus.CANCELLED);
    }
    // Carrier facts: from any departed, non-terminal state, a scan may report any later carrier state. A carrier
    // may skip scans (shipped straight to delivered), and a failed attempt or exception may resume.
    EnumSet<ShipmentStatus> moving = EnumSet.of(ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT,
        ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_FAILED, ShipmentStatus.EXCEPTION);
    for (ShipmentStatus s : moving) {
      b.permit(s, ShipmentEventType.IN_TRANSIT, ShipmentStatus.IN_TRANSIT)
          .permit(s, ShipmentEventType.OUT_FOR_DELIVERY, ShipmentStatus.OUT_FOR_DELIVERY)
          .permit(s, ShipmentEventType.EXCEPTION, ShipmentStatus.EXCEPTION)
          .permit(s, ShipmentEventType.DELIVER, ShipmentStatus.DELIVERED)
          .permit(s, ShipmentEventType.RETURN_TO_SENDER, ShipmentStatus.RETURNED_TO_SENDER);
      if (s != ShipmentStatus.SHIPPED) {
        b.permit(s, ShipmentEventType.DELIVERY_FAILED, ShipmentStatus.DELIVERY_FAILED);
      }
    }
    return b.build();
  }

  private static Set<OrderStatus> union(Set<OrderStatus> a, Set<OrderStatus> b) {
    EnumSet<OrderStatus> u = EnumSet.copyOf(a);
    u.addAll(b);
    return u;
  }
}
