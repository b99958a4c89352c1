package org.oms4j.core.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.oms4j.core.Fixtures;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;

/** Builds orders and events for tests in this package, at a fixed instant so that equal histories give equal orders. */
public final class TestOrders {
  public static final Actor ACTOR = Fixtures.ACTOR;
  public static final Instant T0 = Fixtures.T0;
  public static final OrderId ORDER_ID = OrderId.of("O-1");
  public static final LocationId WH1 = LocationId.of("WH1");
  public static final LocationId WH2 = LocationId.of("WH2");
  public static final CurrencyUnit USD = Monetary.getCurrency("USD");

  private TestOrders() {}

  /** A USD draft with one line per quantity: line i is {@code quantities[i]} x SKU-i at 10.00. */
  public static OrderDraft draft(int... quantities) {
    OrderDraft.Builder b = OrderDraft.builder().channel(Fixtures.WEB).externalOrderId("X-1")
        .customer(Fixtures.customer()).shipTo(Fixtures.address()).currency(USD)
        .shippingCharge(Money.of(new BigDecimal("4.99"), USD));
    for (int i = 0; i < quantities.length; i++) {
      b.addLine(LineDraft.builder().sku(Sku.of("SKU-" + (i + 1))).quantity(quantities[i])
          .unitPrice(Money.of(new BigDecimal("10.00"), USD)).discount(Money.of(new BigDecimal("1.00"), USD))
          .tax(Money.of(new BigDecimal("0.70"), USD)).build());
    }
    return b.build();
  }

  /** A new order with one line per quantity. */
  public static Order order(int... quantities) {
    return Order.create(ORDER_ID, draft(quantities), ACTOR, T0);
  }

  /** Applies events in turn at {@link #T0}. */
  public static Order apply(Order order, OrderEvent... events) {
    for (OrderEvent e : events) {
      order = order.apply(e, ACTOR, T0, Optional.empty());
    }
    return order;
  }

  public static LineId line(int n) {
    return LineId.of("L" + n);
  }

  public static OrderEvent validate() {
    return new OrderEvent.Validated();
  }

  public static OrderEvent allocate(int line, LocationId at, int qty) {
    return new OrderEvent.LineAllocated(line(line), at, qty);
  }

  public static OrderEvent backorder(int line, int qty) {
    return new OrderEvent.LineBackordered(line(line), qty);
  }

  public static OrderEvent deallocate(int line, LocationId at, int qty) {
    return new OrderEvent.LineDeallocated(line(line), at, qty);
  }

  public static OrderEvent cancelLine(int line, int qty) {
    return new OrderEvent.LineCancelled(line(line), qty);
  }

  /** Releases {@code qty} units of one line at {@code at} as shipment {@code id}. */
  public static OrderEvent release(String id, LocationId at, int line, int qty) {
    return new OrderEvent.ShipmentReleased(ShipmentId.of(id), at, List.of(LineQuantity.of(line(line), qty)));
  }

  public static OrderEvent progress(String shipment, ShipmentEventType event) {
    return new OrderEvent.ShipmentProgressed(ShipmentId.of(shipment), event);
  }

  public static OrderEvent ship(String shipment) {
    return new OrderEvent.ShipmentShipped(ShipmentId.of(shipment), "ACME", "GROUND", "TRK-" + shipment);
  }

  /** The event that fires {@code event} on a shipment: {@link OrderEvent.ShipmentShipped} for SHIP. */
  public static OrderEvent shipmentEvent(String shipment, ShipmentEventType event) {
    return event == ShipmentEventType.SHIP ? ship(shipment) : progress(shipment, event);
  }

  /** Picks, packs, ships and delivers a released shipment. */
  public static Order deliver(Order order, String shipment) {
    return apply(order, progress(shipment, ShipmentEventType.PICK), progress(shipment, ShipmentEventType.PACK),
        ship(shipment), progress(shipment, ShipmentEventType.DELIVER));
  }

  public static OrderEvent requestReturn(String id, int line, int qty) {
    return new OrderEvent.ReturnRequested(ReturnId.of(id), List.of(LineQuantity.of(line(line), qty)), "too big");
  }

  public static OrderEvent progressReturn(String id, ReturnEventType event) {
    return new OrderEvent.ReturnProgressed(ReturnId.of(id), event);
  }

  /** Refunds the return in full. */
  public static OrderEvent refundAll(Order order, String id) {
    return new OrderEvent.ReturnRefunded(ReturnId.of(id), order.refundable(ReturnId.of(id)));
  }

  /** The event that fires {@code event} on a return: {@link OrderEvent.ReturnRefunded} (in full) for REFUND. */
  public static OrderEvent returnEvent(Order order, String id, ReturnEventType event) {
    return event == ReturnEventType.REFUND
        ? new OrderEvent.ReturnRefunded(ReturnId.of(id), Money.of(BigDecimal.ZERO, order.currency()))
        : progressReturn(id, event);
  }

  /** The shortest path of return events from REQUESTED to {@code target}. */
  public static List<ReturnEventType> pathTo(ReturnStatus target) {
    List<ReturnEventType> path = new ArrayList<>();
    switch (target) {
      case REQUESTED:
        break;
      case REJECTED:
        path.add(ReturnEventType.REJECT);
        break;
      case CANCELLED:
        path.add(ReturnEventType.CANCEL);
        break;
      case AUTHORISED:
        path.add(ReturnEventType.AUTHORISE);
        break;
      case RECEIVED:
        path.addAll(List.of(ReturnEventType.AUTHORISE, ReturnEventType.RECEIVE));
        break;
      case INSPECTED:
        path.addAll(List.of(ReturnEventType.AUTHORISE, ReturnEventType.RECEIVE, ReturnEventType.INSPECT));
        break;
      case RESTOCKED:
      case REFUNDED:
        path.addAll(List.of(ReturnEventType.AUTHORISE, ReturnEventType.RECEIVE, ReturnEventType.INSPECT,
            ReturnEventType.RESTOCK));
        if (target == ReturnStatus.REFUNDED) {
          path.add(ReturnEventType.REFUND);
        }
        break;
      case DISPOSED:
        path.addAll(List.of(ReturnEventType.AUTHORISE, ReturnEventType.RECEIVE, ReturnEventType.INSPECT,
            ReturnEventType.DISPOSE));
        break;
      default:
        throw new IllegalArgumentException(target.toString());
    }
    return path;
  }

  /** The shortest path of shipment events from RELEASED to {@code target}. */
  public static List<ShipmentEventType> pathTo(ShipmentStatus target) {
    List<ShipmentEventType> path = new ArrayList<>();
    if (target == ShipmentStatus.RELEASED) {
      return path;
    }
    if (target == ShipmentStatus.CANCELLED) {
      path.add(ShipmentEventType.CANCEL);
      return path;
    }
    path.add(ShipmentEventType.PICK);
    if (target == ShipmentStatus.PICKED) {
      return path;
    }
    path.add(ShipmentEventType.PACK);
    if (target == ShipmentStatus.PACKED) {
      return path;
    }
    path.add(ShipmentEventType.SHIP);
    switch (target) {
      case SHIPPED:
        break;
      case IN_TRANSIT:
        path.add(ShipmentEventType.IN_TRANSIT);
        break;
      case OUT_FOR_DELIVERY:
        path.add(ShipmentEventType.OUT_FOR_DELIVERY);
        break;
      case DELIVERY_FAILED:
        path.addAll(List.of(ShipmentEventType.OUT_FOR_DELIVERY, ShipmentEventType.DELIVERY_FAILED));
        break;
      case EXCEPTION:
        path.add(ShipmentEventType.EXCEPTION);
        break;
      case DELIVERED:
        path.add(ShipmentEventType.DELIVER);
        break;
      case RETURNED_TO_SENDER:
        path.add(ShipmentEventType.RETURN_TO_SENDER);
        break;
      default:
        throw new IllegalArgumentException(target.toString());
    }
    return path;
  }
}
