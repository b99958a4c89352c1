package org.oms4j.core.order;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.internal.Amounts;

/**
 * An order: the aggregate of its lines, shipments, returns and holds, with its audit trail. Immutable: {@link
 * #apply} returns a new order and leaves this one untouched, whether it succeeds or throws.
 *
 * <p>Its {@link #status()} is derived, never stored (see {@link OrderStatus}). Each accepted event is checked
 * against the transition tables in {@link StateMachines} and appended to {@link #auditTrail()}; the order's {@link
 * #version()} is the length of that trail, and {@link #replay(List)} rebuilds the order from it.
 *
 * <p>Money: line amounts are held at the currency's minor unit, so {@link #total()} = {@link #subtotal()} - {@link
 * #discountTotal()} + {@link #shippingCharge()} + {@link #taxTotal()} exactly. Totals are the order as placed;
 * cancellations do not change them.
 */
@Value.Immutable(copy = true)
@JsonSerialize(as = ImmutableOrder.class)
@JsonDeserialize(as = ImmutableOrder.class)
public abstract class Order {
  Order() {}

  /** The order's id. */
  public abstract OrderId id();

  /** Whether the order has passed validation. */
  public abstract boolean validated();

  /** The current payment status. */
  public abstract PaymentStatus paymentStatus();

  /** The lines, in submission order. */
  public abstract List<OrderLine> lines();

  /** Every hold ever placed, active or released, in placement order. */
  public abstract List<Hold> holds();

  /** Every shipment, in release order. */
  public abstract List<Shipment> shipments();

  /** Every return, in request order. */
  public abstract List<OrderReturn> returns();

  /** Every accepted event, oldest first; the first is the order's creation. */
  public abstract List<RecordedEvent> auditTrail();

  @Value.Check
  void check() {
    if (auditTrail().isEmpty() || !(auditTrail().get(0).event() instanceof OrderEvent.OrderCreated)) {
      throw new InvalidInputException("auditTrail", auditTrail().size() + " events",
          "must start with the order's creation");
    }
    // units of each line in shipments, in one pass (this runs on every copy, so keep it linear)
    java.util.Map<LineId, Integer> shipped = new java.util.HashMap<>();
    for (Shipment s : shipments()) {
      if (s.status() != ShipmentStatus.CANCELLED) {
        for (LineQuantity item : s.items()) {
          shipped.merge(item.lineId(), item.quantity(), Integer::sum);
        }
      }
    }
    for (OrderLine line : lines()) {
      int open = line.quantity() - line.backordered() - line.allocated() - line.cancelled()
          - shipped.getOrDefault(line.id(), 0);
      if (open < 0 || line.backordered() < 0 || line.cancelled() < 0) {
        throw new InvalidInputException("lines", line.id(), "units do not add up: " + quantities(line.id()));
      }
    }
  }

  // ---------------------------------------------------------------- derived views

  /**
   * The order as ordered: as submitted, or as the latest {@link OrderEvent.OrderEdited} left it. Worked out once per
   * order value (rules read it for every candidate location).
   */
  @Value.Lazy
  public OrderDraft draft() {
    List<RecordedEvent> trail = auditTrail();
    for (int i = trail.size() - 1; i > 0; i--) {
      if (trail.get(i).event() instanceof OrderEvent.OrderEdited) {
        return ((OrderEvent.OrderEdited) trail.get(i).event()).draft();
      }
    }
    return submittedDraft();
  }

  /** The order as submitted, before any edit. */
  public OrderDraft submittedDraft() {
    return ((OrderEvent.OrderCreated) auditTrail().get(0).event()).draft();
  }

  /** When the order was created in oms4j. */
  public Instant createdAt() {
    return auditTrail().get(0).occurredAt();
  }

  /** The optimistic-concurrency version: the number of accepted events, 1 right after creation. */
  public long version() {
    return auditTrail().size();
  }

  /** The order's currency. */
  public CurrencyUnit currency() {
    return draft().currency();
  }

  /** The status, derived from lines, shipments, holds and validation; see {@link OrderStatus}. */
  @Value.Lazy
  public OrderStatus status() {
    int live = 0;
    int departed = 0;
    int delivered = 0;
    int waiting = 0; // open + backordered
    int backordered = 0;
    int allocated = 0;
    int[] inWarehouse = new int[3]; // released, picked, packed
    for (OrderLine line : lines()) {
      live += line.quantity() - line.cancelled();
      backordered += line.backordered();
      allocated += line.allocated();
    }
    int inShipments = 0;
    for (Shipment s : shipments()) {
      int units = s.units();
      switch (s.status()) {
        case CANCELLED:
          continue;
        case RELEASED:
          inWarehouse[0] += units;
          break;
        case PICKED:
          inWarehouse[1] += units;
          break;
        case PACKED:
          inWarehouse[2] += units;
          break;
        case DELIVERED:
          delivered += units;
          departed += units;
          break;
        default:
          departed += units;
      }
      inShipments += units;
    }
    waiting = live - allocated - inShipments;
    if (live == 0) {
      return OrderStatus.CANCELLED;
    }
    if (departed == live) {
      return delivered == live ? OrderStatus.DELIVERED : OrderStatus.SHIPPED;
    }
    if (hasActiveHold()) {
      return OrderStatus.ON_HOLD;
    }
    if (!validated()) {
      return OrderStatus.CREATED;
    }
    if (departed > 0) {
      return OrderStatus.PARTIALLY_SHIPPED;
    }
    if (waiting == 0) {
      if (allocated > 0) {
        return OrderStatus.ALLOCATED;
      }
      if (inWarehouse[0] > 0) {
        return OrderStatus.RELEASED;
      }
      return inWarehouse[1] > 0 ? OrderStatus.PICKED : OrderStatus.PACKED;
    }
    if (allocated + inShipments > 0) {
      return OrderStatus.PARTIALLY_ALLOCATED;
    }
    return backordered > 0 ? OrderStatus.BACKORDERED : OrderStatus.VALIDATED;
  }

  /** The line with this id. */
  public Optional<OrderLine> line(LineId id) {
    List<OrderLine> lines = lines();
    for (int i = 0; i < lines.size(); i++) { // no iterator: called for every line on hot paths
      if (lines.get(i).id().equals(id)) {
        return Optional.of(lines.get(i));
      }
    }
    return Optional.empty();
  }

  /** The shipment with this id. */
  public Optional<Shipment> shipment(ShipmentId id) {
    for (Shipment s : shipments()) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The return with this id. */
  public Optional<OrderReturn> orderReturn(ReturnId id) {
    for (OrderReturn r : returns()) {
      if (r.id().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Holds that still stop the order. */
  public List<Hold> activeHolds() {
    List<Hold> active = new ArrayList<>();
    for (Hold h : holds()) {
      if (h.active()) {
        active.add(h);
      }
    }
    return active;
  }

  private boolean hasActiveHold() {
    for (Hold h : holds()) {
      if (h.active()) {
        return true;
      }
    }
    return false;
  }

  private static final int SHIPMENT_STATUSES = ShipmentStatus.values().length;

  /**
   * Where every unit of a line stands.
   *
   * @throws InvalidInputException if the order has no such line
   */
  public LineQuantities quantities(LineId lineId) {
    OrderLine line = requireLine(lineId);
    int[] byStatus = new int[SHIPMENT_STATUSES];
    for (Shipment s : shipments()) {
      byStatus[s.status().ordinal()] += s.quantityOf(lineId);
    }
    int released = byStatus[ShipmentStatus.RELEASED.ordinal()];
    int picked = byStatus[ShipmentStatus.PICKED.ordinal()];
    int packed = byStatus[ShipmentStatus.PACKED.ordinal()];
    int delivered = byStatus[ShipmentStatus.DELIVERED.ordinal()];
    int rts = byStatus[ShipmentStatus.RETURNED_TO_SENDER.ordinal()];
    int inTransit = byStatus[ShipmentStatus.SHIPPED.ordinal()] + byStatus[ShipmentStatus.IN_TRANSIT.ordinal()]
        + byStatus[ShipmentStatus.OUT_FOR_DELIVERY.ordinal()] + byStatus[ShipmentStatus.DELIVERY_FAILED.ordinal()]
        + byStatus[ShipmentStatus.EXCEPTION.ordinal()];
    int allocated = line.allocated();
    int open = line.quantity() - line.backordered() - allocated - line.cancelled() - released - picked - packed
        - inTransit - delivered - rts;
    int returning = 0;
    for (OrderReturn r : returns()) {
      if (r.status().live()) {
        returning += r.quantityOf(lineId);
      }
    }
    return new LineQuantities(line.quantity(), open, line.backordered(), allocated, released, picked, packed,
        inTransit, delivered, rts, line.cancelled(), returning);
  }

  // ---------------------------------------------------------------- money

  /** Sum of unit price x quantity over all lines. */
  public MonetaryAmount subtotal() {
    // summed as Money (BigDecimal): every term is at the minor unit, so the sum is exact and cannot overflow
    MonetaryAmount sum = Amounts.zero(currency());
    for (OrderLine line : lines()) {
      sum = sum.add(line.subtotal());
    }
    return sum;
  }

  /** Sum of line discounts. */
  public MonetaryAmount discountTotal() {
    MonetaryAmount sum = Amounts.zero(currency());
    for (OrderLine line : lines()) {
      sum = sum.add(line.discount());
    }
    return sum;
  }

  /** Shipping charged, rounded to the minor unit. */
  public MonetaryAmount shippingCharge() {
    return Amounts.round(draft().shippingCharge());
  }

  /** Sum of line taxes plus tax on shipping. */
  public MonetaryAmount taxTotal() {
    MonetaryAmount sum = Amounts.round(draft().shippingTax());
    for (OrderLine line : lines()) {
      sum = sum.add(line.tax());
    }
    return sum;
  }

  /** subtotal - discounts + shipping + tax. */
  public MonetaryAmount total() {
    return subtotal().subtract(discountTotal()).add(shippingCharge()).add(taxTotal());
  }

  /** Sum of refunds made on returns. */
  public MonetaryAmount refundedTotal() {
    MonetaryAmount sum = Amounts.zero(currency());
    for (OrderReturn r : returns()) {
      if (r.refunded().isPresent()) {
        sum = sum.add(r.refunded().get());
      }
    }
    return sum;
  }

  /**
   * The most that may be refunded for a return: each returned unit's share of its line total (price - discount +
   * tax). Shares are apportioned in minor units so that refunding every unit of a line refunds exactly its total.
   *
   * @throws InvalidInputException if the order has no such return
   */
  public MonetaryAmount refundable(ReturnId returnId) {
    OrderReturn ret = orderReturn(returnId)
        .orElseThrow(() -> new InvalidInputException("returnId", returnId, "order " + id() + " has no such return"));
    long minor = 0;
    for (LineQuantity item : ret.items()) {
      OrderLine line = requireLine(item.lineId());
      int before = 0; // units of this line refunded by other returns
      for (OrderReturn other : returns()) {
        if (other.status() == ReturnStatus.REFUNDED && !other.id().equals(returnId)) {
          before += other.quantityOf(item.lineId());
        }
      }
      long lineTotal = Amounts.toMinor(line.total());
      minor += Amounts.cumulativeShare(lineTotal, before + item.quantity(), line.quantity())
          - Amounts.cumulativeShare(lineTotal, before, line.quantity());
    }
    return Amounts.ofMinor(minor, currency());
  }

  // ---------------------------------------------------------------- transitions

  /**
   * A new order from a draft: lines get ids {@code L1}, {@code L2}, ... and amounts are rounded to the currency's
   * minor unit ({@link java.math.RoundingMode#HALF_EVEN}).
   */
  public static Order create(OrderId id, OrderDraft draft, Actor actor, Instant at) {
    requireNonNull(id, "id");
    requireNonNull(draft, "draft");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    ImmutableList.Builder<OrderLine> lines = ImmutableList.builderWithExpectedSize(draft.lines().size());
    for (int i = 0; i < draft.lines().size(); i++) {
      LineDraft d = draft.lines().get(i);
      lines.add(ImmutableOrderLine.builder().id(LineId.of("L" + (i + 1))).sku(d.sku()).quantity(d.quantity())
          .unitPrice(Amounts.round(d.unitPrice())).discount(Amounts.round(d.discount()))
          .tax(Amounts.round(d.tax())).build());
    }
    RecordedEvent created = new RecordedEvent(id, 1, new OrderEvent.OrderCreated(draft), actor, at,
        Optional.empty(), Optional.empty(), OrderStatus.CREATED);
    return ImmutableOrder.builder().id(id).validated(false).paymentStatus(draft.paymentStatus())
        .addAllLines(lines.build()).addAuditTrail(created).build();
  }

  /**
   * Rebuilds an order from its audit trail.
   *
   * @throws InvalidInputException if the trail does not start with a creation or its sequence numbers have gaps
   * @throws IllegalTransitionException if an event is not legal where it stands
   */
  public static Order replay(List<RecordedEvent> trail) {
    if (trail.isEmpty() || !(trail.get(0).event() instanceof OrderEvent.OrderCreated)) {
      throw new InvalidInputException("auditTrail", trail.size() + " events", "must start with the creation");
    }
    RecordedEvent first = trail.get(0);
    Order order = create(first.orderId(), ((OrderEvent.OrderCreated) first.event()).draft(), first.actor(),
        first.occurredAt());
    for (RecordedEvent e : trail.subList(1, trail.size())) {
      if (e.sequence() != order.version() + 1 || !e.orderId().equals(order.id())) {
        throw new InvalidInputException("auditTrail[" + order.version() + "]", e.sequence(),
            "expected sequence " + (order.version() + 1) + " of order " + order.id());
      }
      order = order.apply(e.event(), e.actor(), e.occurredAt(), e.reason());
    }
    return order;
  }

  /**
   * Applies an event and returns the resulting order, one version later. This order is not changed.
   *
   * @param event what happened
   * @param actor who did it
   * @param at when
   * @param reason why, if given
   * @throws IllegalTransitionException if the event is not legal in the order's status, or in the state of the
   *     line, shipment, return or hold it concerns
   * @throws InvalidInputException if the event names a line, shipment, return or hold the order does not have, or
   *     an amount in another currency
   */
  public Order apply(OrderEvent event, Actor actor, Instant at, Optional<String> reason) {
    requireNonNull(event, "event");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    requireNonNull(reason, "reason");
    OrderStatus from = status();
    OrderEventType type = event.type();
    if (type == OrderEventType.CREATE) {
      throw new IllegalTransitionException(entity(), from, type, "an order is created once");
    }
    StateMachines.ORDER.require(from, type, this::entity);
    Order next = mutate(event, actor, at, reason);
    OrderStatus to = next.status();
    if (!StateMachines.ORDER.permits(from, type, to)) {
      throw new IllegalStateException("order table does not permit " + from + " --" + type + "--> " + to
          + " for " + entity() + "; this is a bug in oms4j");
    }
    RecordedEvent recorded =
        new RecordedEvent(id(), version() + 1, event, actor, at, reason, Optional.of(from), to);
    ImmutableList<RecordedEvent> trail = ImmutableList.<RecordedEvent>builderWithExpectedSize(
        auditTrail().size() + 1).addAll(auditTrail()).add(recorded).build();
    return ((ImmutableOrder) next).withAuditTrail(trail); // an ImmutableList is taken as it is, not copied
  }

  private Order mutate(OrderEvent event, Actor actor, Instant at, Optional<String> reason) {
    ImmutableOrder self = ((ImmutableOrder) this);
    if (event instanceof OrderEvent.Validated) {
      if (validated()) {
        throw new IllegalTransitionException(entity(), status(), event.type(), "already validated");
      }
      return self.withValidated(true);
    }
    if (event instanceof OrderEvent.HoldPlaced) {
      OrderEvent.HoldPlaced e = (OrderEvent.HoldPlaced) event;
      for (Hold h : holds()) {
        if (h.id().equals(e.holdId())) {
          throw new InvalidInputException("holdId", e.holdId(), "already used on order " + id());
        }
      }
      Hold hold = ImmutableHold.builder().id(e.holdId()).type(e.holdType()).placedBy(actor).placedAt(at)
          .reason(reason).build();
      return self.withHolds(appended(holds(), hold));
    }
    if (event instanceof OrderEvent.HoldReleased) {
      return releaseHold(self, ((OrderEvent.HoldReleased) event).holdId(), actor, at);
    }
    if (event instanceof OrderEvent.PaymentStatusChanged) {
      return self.withPaymentStatus(((OrderEvent.PaymentStatusChanged) event).paymentStatus());
    }
    if (event instanceof OrderEvent.OrderEdited) {
      return edit(self, ((OrderEvent.OrderEdited) event).draft());
    }
    if (event instanceof OrderEvent.LineAllocated) {
      OrderEvent.LineAllocated e = (OrderEvent.LineAllocated) event;
      LineQuantities q = quantities(e.lineId());
      requireUnits(e.lineId(), q, q.open() + q.backordered(), e.quantity(), LineEventType.ALLOCATE,
          "open or backordered");
      int fromOpen = Math.min(q.open(), e.quantity());
      int fromBackorder = e.quantity() - fromOpen;
      OrderLine line = requireLine(e.lineId()).addAllocation(e.locationId(), e.quantity());
      line = line.withBackorderedUnits(line.backordered() - fromBackorder);
      checkLineMove(LineUnitState.OPEN, fromOpen, LineEventType.ALLOCATE);
      checkLineMove(LineUnitState.BACKORDERED, fromBackorder, LineEventType.ALLOCATE);
      return self.withLines(replaced(line));
    }
    if (event instanceof OrderEvent.LineBackordered) {
      OrderEvent.LineBackordered e = (OrderEvent.LineBackordered) event;
      LineQuantities q = quantities(e.lineId());
      requireUnits(e.lineId(), q, q.open(), e.quantity(), LineEventType.BACKORDER, "open");
      checkLineMove(LineUnitState.OPEN, e.quantity(), LineEventType.BACKORDER);
      OrderLine line = requireLine(e.lineId());
      return self.withLines(replaced(line.withBackorderedUnits(line.backordered() + e.quantity())));
    }
    if (event instanceof OrderEvent.LineDeallocated) {
      OrderEvent.LineDeallocated e = (OrderEvent.LineDeallocated) event;
      OrderLine line = requireLine(e.lineId());
      requireUnits(e.lineId(), quantities(e.lineId()), line.allocatedAt(e.locationId()), e.quantity(),
          LineEventType.DEALLOCATE, "allocated at " + e.locationId());
      checkLineMove(LineUnitState.ALLOCATED, e.quantity(), LineEventType.DEALLOCATE);
      return self.withLines(replaced(line.addAllocation(e.locationId(), -e.quantity())));
    }
    if (event instanceof OrderEvent.LineCancelled) {
      OrderEvent.LineCancelled e = (OrderEvent.LineCancelled) event;
      LineQuantities q = quantities(e.lineId());
      requireUnits(e.lineId(), q, q.open() + q.backordered() + q.allocated(), e.quantity(), LineEventType.CANCEL,
          "open, backordered or allocated (cancel shipments first)");
      return self.withLines(replaced(cancelUnits(requireLine(e.lineId()), q, e.quantity())));
    }
    if (event instanceof OrderEvent.OrderCancelled) {
      Order cancelled = self;
      for (Shipment s : shipments()) {
        if (StateMachines.SHIPMENT.permits(s.status(), ShipmentEventType.CANCEL)) {
          cancelled = cancelled.cancelShipment(s, at);
        }
      }
      List<OrderLine> lines = new ArrayList<>(lines().size());
      for (OrderLine line : cancelled.lines()) {
        LineQuantities q = cancelled.quantities(line.id());
        int cancellable = q.open() + q.backordered() + q.allocated();
        lines.add(cancellable == 0 ? line : cancelUnits(line, q, cancellable));
      }
      return ((ImmutableOrder) cancelled).withLines(lines);
    }
    if (event instanceof OrderEvent.ShipmentReleased) {
      return releaseShipment(self, (OrderEvent.ShipmentReleased) event, at);
    }
    if (event instanceof OrderEvent.ShipmentProgressed) {
      OrderEvent.ShipmentProgressed e = (OrderEvent.ShipmentProgressed) event;
      Shipment s = requireShipment(e.shipmentId());
      if (e.event() == ShipmentEventType.CANCEL) {
        StateMachines.SHIPMENT.require(s.status(), e.event(), () -> shipmentEntity(s));
        return cancelShipment(s, at);
      }
      ShipmentStatus to = StateMachines.SHIPMENT.fire(s.status(), e.event(), () -> shipmentEntity(s));
      return self.withShipments(replaced(s.moveTo(to, at)));
    }
    if (event instanceof OrderEvent.ShipmentDelayed) {
      Shipment s = requireShipment(((OrderEvent.ShipmentDelayed) event).shipmentId());
      if (!s.status().departed() || s.status().terminal()) {
        throw new IllegalTransitionException(shipmentEntity(s), s.status(), OrderEventType.DELAY,
            "only a shipment on its way can be delayed");
      }
      return self;
    }
    if (event instanceof OrderEvent.ShipmentShipped) {
      OrderEvent.ShipmentShipped e = (OrderEvent.ShipmentShipped) event;
      Shipment s = requireShipment(e.shipmentId());
      StateMachines.SHIPMENT.fire(s.status(), ShipmentEventType.SHIP, () -> shipmentEntity(s));
      return self.withShipments(replaced(s.ship(e.carrier(), e.service(), e.trackingNumber(), at)));
    }
    if (event instanceof OrderEvent.ReturnRequested) {
      return requestReturn(self, (OrderEvent.ReturnRequested) event, at);
    }
    if (event instanceof OrderEvent.ReturnProgressed) {
      OrderEvent.ReturnProgressed e = (OrderEvent.ReturnProgressed) event;
      OrderReturn r = requireReturn(e.returnId());
      ReturnStatus to = StateMachines.RETURN.fire(r.status(), e.event(), () -> returnEntity(r));
      return self.withReturns(replaced(r.moveTo(to, at)));
    }
    if (event instanceof OrderEvent.ReturnRefunded) {
      OrderEvent.ReturnRefunded e = (OrderEvent.ReturnRefunded) event;
      OrderReturn r = requireReturn(e.returnId());
      StateMachines.RETURN.fire(r.status(), ReturnEventType.REFUND, () -> returnEntity(r));
      Amounts.sameCurrency("amount", e.amount(), currency());
      Amounts.nonNegative("amount", e.amount());
      MonetaryAmount max = refundable(e.returnId());
      if (e.amount().isGreaterThan(max)) {
        throw new InvalidInputException("amount", e.amount(), "exceeds the refundable " + max + " of return "
            + r.id());
      }
      return self.withReturns(replaced(r.refund(Amounts.round(e.amount()), at)));
    }
    throw new IllegalArgumentException("unknown event " + event);
  }

  /** Replaces what was ordered; see {@link OrderEvent.OrderEdited} for the rules. */
  private Order edit(ImmutableOrder self, OrderDraft next) {
    OrderDraft current = draft();
    if (!next.channel().equals(current.channel()) || !next.externalOrderId().equals(current.externalOrderId())
        || !next.currency().equals(current.currency())) {
      throw new InvalidInputException("draft", next.channel() + "/" + next.externalOrderId() + " in "
          + next.currency(), "an edit keeps the order's channel, external id and currency: " + current.channel()
          + "/" + current.externalOrderId() + " in " + current.currency());
    }
    for (Shipment s : shipments()) {
      if (s.status() != ShipmentStatus.CANCELLED) {
        throw new IllegalTransitionException(entity(), status(), OrderEventType.EDIT,
            "shipment " + s.id() + " is " + s.status() + "; an order is edited only before release");
      }
    }
    List<OrderLine> unmatched = new ArrayList<>(lines());
    List<OrderLine> edited = new ArrayList<>(next.lines().size());
    int added = 0;
    int live = 0;
    for (LineDraft d : next.lines()) {
      OrderLine match = null;
      for (OrderLine old : unmatched) {
        if (old.sku().equals(d.sku())) {
          match = old;
          break;
        }
      }
      OrderLine line;
      if (match == null) {
        added++;
        line = ImmutableOrderLine.builder().id(LineId.of("L" + (version() + 1) + "-" + added)).sku(d.sku())
            .quantity(d.quantity()).unitPrice(Amounts.round(d.unitPrice())).discount(Amounts.round(d.discount()))
            .tax(Amounts.round(d.tax())).build();
      } else {
        unmatched.remove(match);
        int committed = match.backordered() + match.allocated() + match.cancelled();
        if (d.quantity() < committed) {
          throw new IllegalTransitionException("line " + match.id() + " of order " + id(), quantities(match.id()),
              OrderEventType.EDIT, "the edit leaves " + d.quantity() + " units but " + committed
                  + " are backordered, allocated or cancelled");
        }
        line = ((ImmutableOrderLine) match).withQuantity(d.quantity()).withUnitPrice(Amounts.round(d.unitPrice()))
            .withDiscount(Amounts.round(d.discount())).withTax(Amounts.round(d.tax()));
      }
      live += line.quantity() - line.cancelled();
      edited.add(line);
    }
    for (OrderLine removed : unmatched) {
      if (removed.backordered() + removed.allocated() > 0) {
        throw new IllegalTransitionException("line " + removed.id() + " of order " + id(), quantities(removed.id()),
            OrderEventType.EDIT, "the edit removes the line but units are backordered or allocated");
      }
    }
    if (live == 0) {
      throw new IllegalTransitionException(entity(), status(), OrderEventType.EDIT,
          "the edit leaves no unit to fulfil; cancel the order instead");
    }
    return self.withLines(edited);
  }

  private Order releaseHold(ImmutableOrder self, HoldId holdId, Actor actor, Instant at) {
    List<Hold> next = new ArrayList<>(holds().size());
    boolean found = false;
    for (Hold h : holds()) {
      if (h.id().equals(holdId)) {
        found = true;
        if (!h.active()) {
          throw new IllegalTransitionException("hold " + holdId + " of order " + id(), "RELEASED",
              OrderEventType.RELEASE_HOLD, "already released");
        }
        next.add(h.release(actor, at));
      } else {
        next.add(h);
      }
    }
    if (!found) {
      throw new InvalidInputException("holdId", holdId, "order " + id() + " has no such hold");
    }
    return self.withHolds(next);
  }

  private Order releaseShipment(ImmutableOrder self, OrderEvent.ShipmentReleased e, Instant at) {
    if (shipment(e.shipmentId()).isPresent()) {
      throw new InvalidInputException("shipmentId", e.shipmentId(), "already used on order " + id());
    }
    Set<LineId> seen = new HashSet<>();
    List<OrderLine> lines = new ArrayList<>(lines());
    for (LineQuantity item : e.items()) {
      if (!seen.add(item.lineId())) {
        throw new InvalidInputException("items", item.lineId(), "a line may appear once per shipment");
      }
      OrderLine line = requireLine(item.lineId());
      requireUnits(item.lineId(), quantities(item.lineId()), line.allocatedAt(e.locationId()), item.quantity(),
          LineEventType.RELEASE, "allocated at " + e.locationId());
      checkLineMove(LineUnitState.ALLOCATED, item.quantity(), LineEventType.RELEASE);
      lines.set(lines().indexOf(line), line.addAllocation(e.locationId(), -item.quantity()));
    }
    Shipment shipment = ImmutableShipment.builder().id(e.shipmentId()).locationId(e.locationId())
        .addAllItems(e.items()).status(ShipmentStatus.RELEASED).releasedAt(at).updatedAt(at).build();
    return self.withLines(lines).withShipments(appended(shipments(), shipment));
  }

  /** Cancels a shipment that has not left; its units become allocated again at its location. */
  private Order cancelShipment(Shipment s, Instant at) {
    ShipmentStatus to =
        StateMachines.SHIPMENT.fire(s.status(), ShipmentEventType.CANCEL, () -> shipmentEntity(s));
    List<OrderLine> lines = new ArrayList<>(lines());
    for (LineQuantity item : s.items()) {
      checkLineMove(LineUnitState.RELEASED, item.quantity(), LineEventType.UNRELEASE);
      OrderLine line = requireLine(item.lineId());
      lines.set(lines().indexOf(line), line.addAllocation(s.locationId(), item.quantity()));
    }
    // Shipment first: each with* copy runs check(), and with the allocation restored while the shipment still
    // counted its units, they would be counted twice.
    return ((ImmutableOrder) this).withShipments(replaced(s.moveTo(to, at))).withLines(lines);
  }

  private Order requestReturn(ImmutableOrder self, OrderEvent.ReturnRequested e, Instant at) {
    if (orderReturn(e.returnId()).isPresent()) {
      throw new InvalidInputException("returnId", e.returnId(), "already used on order " + id());
    }
    Set<LineId> seen = new HashSet<>();
    for (LineQuantity item : e.items()) {
      if (!seen.add(item.lineId())) {
        throw new InvalidInputException("items", item.lineId(), "a line may appear once per return");
      }
      LineQuantities q = quantities(item.lineId());
      if (item.quantity() > q.delivered() - q.returning()) {
        throw new IllegalTransitionException("line " + item.lineId() + " of order " + id(), q,
            OrderEventType.REQUEST_RETURN, "only " + (q.delivered() - q.returning())
                + " delivered units are not already being returned");
      }
    }
    OrderReturn ret = ImmutableOrderReturn.builder().id(e.returnId()).addAllItems(e.items()).reason(e.reason())
        .status(ReturnStatus.REQUESTED).requestedAt(at).updatedAt(at).build();
    return self.withReturns(appended(returns(), ret));
  }

  /** Cancels units: open first, then backordered, then allocated (latest allocation first). */
  private static OrderLine cancelUnits(OrderLine line, LineQuantities q, int quantity) {
    int fromOpen = Math.min(q.open(), quantity);
    int fromBackorder = Math.min(q.backordered(), quantity - fromOpen);
    int fromAllocated = quantity - fromOpen - fromBackorder;
    checkLineMove(LineUnitState.OPEN, fromOpen, LineEventType.CANCEL);
    checkLineMove(LineUnitState.BACKORDERED, fromBackorder, LineEventType.CANCEL);
    checkLineMove(LineUnitState.ALLOCATED, fromAllocated, LineEventType.CANCEL);
    OrderLine next = line.withBackorderedUnits(line.backordered() - fromBackorder)
        .withCancelledUnits(line.cancelled() + quantity);
    List<Allocation> allocations = line.allocations();
    for (int i = allocations.size() - 1; i >= 0 && fromAllocated > 0; i--) {
      Allocation a = allocations.get(i);
      int take = Math.min(a.quantity(), fromAllocated);
      next = next.addAllocation(a.locationId(), -take);
      fromAllocated -= take;
    }
    return next;
  }

  /** Moves of units between line states go through {@link StateMachines#LINE}. */
  private static void checkLineMove(LineUnitState from, int units, LineEventType event) {
    if (units > 0 && !StateMachines.LINE.permits(from, event)) {
      throw new IllegalStateException("line table does not permit " + from + " x " + event);
    }
  }

  private void requireUnits(LineId lineId, LineQuantities q, int available, int wanted, LineEventType event,
      String what) {
    if (wanted > available) {
      throw new IllegalTransitionException("line " + lineId + " of order " + id(), q, event,
          "wants " + wanted + " units but only " + available + " are " + what);
    }
  }

  private OrderLine requireLine(LineId lineId) {
    return line(lineId)
        .orElseThrow(() -> new InvalidInputException("lineId", lineId, "order " + id() + " has no such line"));
  }

  private Shipment requireShipment(ShipmentId shipmentId) {
    return shipment(shipmentId).orElseThrow(
        () -> new InvalidInputException("shipmentId", shipmentId, "order " + id() + " has no such shipment"));
  }

  private OrderReturn requireReturn(ReturnId returnId) {
    return orderReturn(returnId)
        .orElseThrow(() -> new InvalidInputException("returnId", returnId, "order " + id() + " has no such return"));
  }

  private String entity() {
    return "order " + id();
  }

  private String shipmentEntity(Shipment s) {
    return "shipment " + s.id() + " of order " + id();
  }

  private String returnEntity(OrderReturn r) {
    return "return " + r.id() + " of order " + id();
  }

  private List<OrderLine> replaced(OrderLine line) {
    List<OrderLine> next = new ArrayList<>(lines());
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).id().equals(line.id())) {
        next.set(i, line);
      }
    }
    return next;
  }

  private List<Shipment> replaced(Shipment shipment) {
    List<Shipment> next = new ArrayList<>(shipments());
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).id().equals(shipment.id())) {
        next.set(i, shipment);
      }
    }
    return next;
  }

  private List<OrderReturn> replaced(OrderReturn ret) {
    List<OrderReturn> next = new ArrayList<>(returns());
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).id().equals(ret.id())) {
        next.set(i, ret);
      }
    }
    return next;
  }

  private static <T> List<T> appended(List<T> list, T item) {
    List<T> next = new ArrayList<>(list.size() + 1);
    next.addAll(list);
    next.add(item);
    return next;
  }
}
