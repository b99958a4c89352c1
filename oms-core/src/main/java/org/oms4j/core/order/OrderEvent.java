package org.oms4j.core.order;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.internal.Checks;

/**
 * Something that happens to an order: the input of {@link Order#apply}. Accepted events are recorded, with who and
 * when, in the order's audit trail as {@link RecordedEvent}s; replaying them rebuilds the order. Events are
 * immutable records; ids they introduce (holds, shipments, returns) are chosen by the caller, so a replay is
 * deterministic.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OrderEvent.OrderCreated.class, name = "OrderCreated"),
    @JsonSubTypes.Type(value = OrderEvent.Validated.class, name = "Validated"),
    @JsonSubTypes.Type(value = OrderEvent.HoldPlaced.class, name = "HoldPlaced"),
    @JsonSubTypes.Type(value = OrderEvent.HoldReleased.class, name = "HoldReleased"),
    @JsonSubTypes.Type(value = OrderEvent.PaymentStatusChanged.class, name = "PaymentStatusChanged"),
    @JsonSubTypes.Type(value = OrderEvent.OrderEdited.class, name = "OrderEdited"),
    @JsonSubTypes.Type(value = OrderEvent.LineAllocated.class, name = "LineAllocated"),
    @JsonSubTypes.Type(value = OrderEvent.LineBackordered.class, name = "LineBackordered"),
    @JsonSubTypes.Type(value = OrderEvent.LineDeallocated.class, name = "LineDeallocated"),
    @JsonSubTypes.Type(value = OrderEvent.LineCancelled.class, name = "LineCancelled"),
    @JsonSubTypes.Type(value = OrderEvent.OrderCancelled.class, name = "OrderCancelled"),
    @JsonSubTypes.Type(value = OrderEvent.ShipmentReleased.class, name = "ShipmentReleased"),
    @JsonSubTypes.Type(value = OrderEvent.ShipmentProgressed.class, name = "ShipmentProgressed"),
    @JsonSubTypes.Type(value = OrderEvent.ShipmentShipped.class, name = "ShipmentShipped"),
    @JsonSubTypes.Type(value = OrderEvent.ShipmentDelayed.class, name = "ShipmentDelayed"),
    @JsonSubTypes.Type(value = OrderEvent.ReturnRequested.class, name = "ReturnRequested"),
    @JsonSubTypes.Type(value = OrderEvent.ReturnProgressed.class, name = "ReturnProgressed"),
    @JsonSubTypes.Type(value = OrderEvent.ReturnRefunded.class, name = "ReturnRefunded")
})
public sealed interface OrderEvent {
  /** The kind of event, which keys the order's transition table. */
  OrderEventType type();

  /**
   * The order was submitted: the first event of every order.
   *
   * @param draft the order as submitted
   */
  record OrderCreated(OrderDraft draft) implements OrderEvent {
    /** Checks the argument. */
    public OrderCreated {
      requireNonNull(draft, "draft");
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.CREATE;
    }
  }

  /** The order passed validation. */
  record Validated() implements OrderEvent {
    @Override
    public OrderEventType type() {
      return OrderEventType.VALIDATE;
    }
  }

  /**
   * A hold was placed.
   *
   * @param holdId the new hold's id
   * @param holdType why
   */
  record HoldPlaced(HoldId holdId, HoldType holdType) implements OrderEvent {
    /** Checks the arguments. */
    public HoldPlaced {
      Checks.present("holdId", holdId);
      Checks.present("holdType", holdType);
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.PLACE_HOLD;
    }
  }

  /**
   * A hold was released.
   *
   * @param holdId the hold
   */
  record HoldReleased(HoldId holdId) implements OrderEvent {
    /** Checks the argument. */
    public HoldReleased {
      Checks.present("holdId", holdId);
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.RELEASE_HOLD;
    }
  }

  /**
   * The payment status changed.
   *
   * @param paymentStatus the new status
   */
  record PaymentStatusChanged(PaymentStatus paymentStatus) implements OrderEvent {
    /** Checks the argument. */
    public PaymentStatusChanged {
      Checks.present("paymentStatus", paymentStatus);
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.CHANGE_PAYMENT_STATUS;
    }
  }

  /**
   * The order was edited (a shop platform's order update, a customer service change) before any unit was released
   * to a warehouse: {@code draft} replaces the order as ordered, and {@link Order#draft()} returns it from now on.
   * It must keep the order's channel, external id and currency; its payment status is ignored (that changes through
   * {@link PaymentStatusChanged}).
   *
   * <p>Lines are matched by SKU, in order: each line of the new draft takes the first unmatched line with its SKU,
   * keeping its id, its backordered, allocated and cancelled units and its allocations, and gets the new quantity
   * and amounts (new units are open); a new line with no match gets the id {@code L<v>-<k>} (v the order's version
   * after the edit, k its 1-based position among the new lines). Lines left unmatched are removed.
   *
   * <p>Refused ({@link org.oms4j.core.IllegalTransitionException}) when the order's status does not permit edits
   * (see {@link StateMachines#ORDER}), when a shipment has not been cancelled, when a removed line has backordered
   * or allocated units, when a kept line's new quantity is below its backordered, allocated and cancelled units, or
   * when no unit would be left to fulfil.
   *
   * @param draft the order as it now stands
   */
  record OrderEdited(OrderDraft draft) implements OrderEvent {
    /** Checks the argument. */
    public OrderEdited {
      Checks.present("draft", draft);
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.EDIT;
    }
  }

  /**
   * Units of a line were allocated (reserved) at a location: open units first, then backordered ones.
   *
   * @param lineId the line
   * @param locationId where
   * @param quantity how many units, positive
   */
  record LineAllocated(LineId lineId, LocationId locationId, int quantity) implements OrderEvent {
    /** Checks the arguments. */
    public LineAllocated {
      Checks.present("lineId", lineId);
      Checks.present("locationId", locationId);
      Checks.positive("quantity", quantity);
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.ALLOCATE;
    }
  }

  /**
   * Open units of a line were put on backorder.
   *
   * @param lineId the line
   * @param quantity how many units, positive
   */
  record LineBackordered(LineId lineId, int quantity) implements OrderEvent {
    /** Checks the arguments. */
    public LineBackordered {
      Checks.present("lineId", lineId);
      Checks.positive("quantity", quantity);
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.BACKORDER;
    }
  }

  /**
   * Allocated units of a line were given back at a location; they become open.
   *
   * @param lineId the line
   * @param locationId where they were allocated
   * @param quantity how many units, positive
   */
  record LineDeallocated(LineId lineId, LocationId locationId, int quantity) implements OrderEvent {
    /** Checks the arguments. */
    public LineDeallocated {
      Checks.present("lineId", lineId);
      Checks.present("locationId", locationId);
      Checks.positive("quantity", quantity);
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.DEALLOCATE;
    }
  }

  /**
   * Units of a line were cancelled: open units first, then backordered, then allocated ones (latest location
   * first). Units in shipments are not touched: cancel the shipment first.
   *
   * @param lineId the line
   * @param quantity how many units, positive
   */
  record LineCancelled(LineId lineId, int quantity) implements OrderEvent {
    /** Checks the arguments. */
    public LineCancelled {
      Checks.present("lineId", lineId);
      Checks.positive("quantity", quantity);
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.CANCEL_LINE;
    }
  }

  /** Everything not yet shipped was cancelled: unshipped shipments, then every remaining unit. */
  record OrderCancelled() implements OrderEvent {
    @Override
    public OrderEventType type() {
      return OrderEventType.CANCEL_ORDER;
    }
  }

  /**
   * Allocated units at one location were released to the warehouse as a shipment.
   *
   * @param shipmentId the new shipment's id
   * @param locationId the location shipping it; the units must be allocated there
   * @param items which units
   */
  record ShipmentReleased(ShipmentId shipmentId, LocationId locationId, List<LineQuantity> items)
      implements OrderEvent {
    /** Checks the arguments. */
    public ShipmentReleased {
      Checks.present("shipmentId", shipmentId);
      Checks.present("locationId", locationId);
      items = List.copyOf(Checks.nonEmpty("items", Checks.present("items", items)));
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.RELEASE_SHIPMENT;
    }
  }

  /**
   * A shipment moved on: picked, packed, a carrier scan, delivered, cancelled. Shipping itself, which carries the
   * label, is {@link ShipmentShipped}.
   *
   * @param shipmentId the shipment
   * @param event what happened; not {@link ShipmentEventType#SHIP}
   */
  record ShipmentProgressed(ShipmentId shipmentId, ShipmentEventType event) implements OrderEvent {
    /** Checks the arguments. */
    public ShipmentProgressed {
      Checks.present("shipmentId", shipmentId);
      Checks.present("event", event);
      if (event == ShipmentEventType.SHIP) {
        throw new org.oms4j.core.InvalidInputException("event", event, "use ShipmentShipped, which carries the label");
      }
    }

    @Override
    public OrderEventType type() {
      switch (event) {
        case PICK:
          return OrderEventType.PICK;
        case PACK:
          return OrderEventType.PACK;
        case CANCEL:
          return OrderEventType.CANCEL_SHIPMENT;
        default:
          return OrderEventType.TRACK;
      }
    }
  }

  /**
   * A shipment on its way is now expected after the order's promised delivery date (or the carrier reports a delay
   * without an estimate). Nothing moves: the event is recorded and published so that a host can tell the customer
   * before the parcel is late.
   *
   * @param shipmentId the shipment
   * @param estimatedDelivery the carrier's new estimate, if it gives one
   * @param reason why, as the carrier says (e.g. weather at the hub)
   */
  record ShipmentDelayed(ShipmentId shipmentId, Optional<LocalDate> estimatedDelivery, String reason)
      implements OrderEvent {
    /** Checks the arguments. */
    public ShipmentDelayed {
      Checks.present("shipmentId", shipmentId);
      Checks.present("estimatedDelivery", estimatedDelivery);
      Checks.text("reason", reason, 500);
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.DELAY;
    }
  }

  /**
   * A shipment was handed to its carrier.
   *
   * @param shipmentId the shipment
   * @param carrier the carrier's id
   * @param service the carrier's service
   * @param trackingNumber the tracking number
   */
  record ShipmentShipped(ShipmentId shipmentId, String carrier, String service, String trackingNumber)
      implements OrderEvent {
    /** Checks the arguments. */
    public ShipmentShipped {
      Checks.present("shipmentId", shipmentId);
      Checks.text("carrier", carrier, 64);
      Checks.text("service", service, 64);
      Checks.identifier("trackingNumber", trackingNumber);
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.SHIP;
    }
  }

  /**
   * The customer asked to return delivered units.
   *
   * @param returnId the new return's id
   * @param items which units
   * @param reason the customer's reason
   */
  record ReturnRequested(ReturnId returnId, List<LineQuantity> items, String reason) implements OrderEvent {
    /** Checks the arguments. */
    public ReturnRequested {
      Checks.present("returnId", returnId);
      items = List.copyOf(Checks.nonEmpty("items", Checks.present("items", items)));
      Checks.text("reason", reason, 500);
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.REQUEST_RETURN;
    }
  }

  /**
   * A return moved on.
   *
   * @param returnId the return
   * @param event what happened; not {@link ReturnEventType#REFUND}
   */
  record ReturnProgressed(ReturnId returnId, ReturnEventType event) implements OrderEvent {
    /** Checks the arguments. */
    public ReturnProgressed {
      Checks.present("returnId", returnId);
      Checks.present("event", event);
      if (event == ReturnEventType.REFUND) {
        throw new org.oms4j.core.InvalidInputException("event", event, "use ReturnRefunded, which carries the amount");
      }
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.PROGRESS_RETURN;
    }
  }

  /**
   * A return was refunded. The amount may be less than {@link Order#refundable(ReturnId)} (a restocking fee),
   * never more.
   *
   * @param returnId the return
   * @param amount the amount refunded, in the order's currency
   */
  record ReturnRefunded(ReturnId returnId, MonetaryAmount amount) implements OrderEvent {
    /** Checks the arguments. */
    public ReturnRefunded {
      Checks.present("returnId", returnId);
      Checks.present("amount", amount);
    }

    @Override
    public OrderEventType type() {
      return OrderEventType.REFUND_RETURN;
    }
  }

}
