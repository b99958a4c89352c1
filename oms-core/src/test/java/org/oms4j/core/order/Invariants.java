package org.oms4j.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.internal.Amounts;

/**
 * What must hold of every order and of every accepted or refused event, checked against a small model written
 * independently of {@link Order}: per line, where each unit stands (moved by the event as the domain rules say), the
 * status derived from those counts by the precedence documented on {@link OrderStatus}, and the shipment and return
 * statuses moved by their tables.
 */
public final class Invariants {
  /** Fields an {@link InvalidInputException} from {@link Order#apply} may name: references and amounts. */
  private static final Set<String> APPLY_INPUT_FIELDS =
      Set.of("lineId", "shipmentId", "returnId", "holdId", "items", "amount", "draft");
  private static final List<String> ENTITY_PREFIXES = List.of("order ", "line ", "shipment ", "return ", "hold ");

  private Invariants() {}

  /** The stages of {@link LineQuantities} that partition a line's units, in declaration order. */
  enum Stage { OPEN, BACKORDERED, ALLOCATED, RELEASED, PICKED, PACKED, IN_TRANSIT, DELIVERED, RTS, CANCELLED }

  static int[] stages(LineQuantities q) {
    return new int[] {q.open(), q.backordered(), q.allocated(), q.released(), q.picked(), q.packed(), q.inTransit(),
        q.delivered(), q.returnedToSender(), q.cancelled()};
  }

  /** Where the units of a shipment in this status stand (a cancelled shipment's units are allocated again). */
  static Stage stageOf(ShipmentStatus s) {
    switch (s) {
      case RELEASED:
        return Stage.RELEASED;
      case PICKED:
        return Stage.PICKED;
      case PACKED:
        return Stage.PACKED;
      case DELIVERED:
        return Stage.DELIVERED;
      case RETURNED_TO_SENDER:
        return Stage.RTS;
      case CANCELLED:
        return Stage.ALLOCATED;
      default:
        return Stage.IN_TRANSIT;
    }
  }

  // ------------------------------------------------------------------------------------------- the order alone

  /** Checks everything that must hold of any order. */
  public static void checkOrder(Order o) {
    long lineTotals = 0;
    for (OrderLine line : o.lines()) {
      LineQuantities q = o.quantities(line.id());
      int[] s = stages(q);
      int sum = 0;
      for (int i = 0; i < s.length; i++) {
        check(s[i] >= 0, "%s of line %s negative: %s", Stage.values()[i], line.id(), q);
        sum += s[i];
      }
      check(sum == q.ordered() && q.ordered() == line.quantity(), "stages of line %s do not add up to %s: %s",
          line.id(), line.quantity(), q);
      check(q.returning() >= 0 && q.returning() <= q.delivered(), "returning of line %s: %s", line.id(), q);
      check(line.discount().isLessThanOrEqualTo(line.subtotal()), "discount %s of line %s above its amount %s",
          line.discount(), line.id(), line.subtotal());
      lineTotals += Amounts.toMinor(line.total());
    }
    MonetaryAmount refunded = o.refundedTotal();
    check(!refunded.isNegative() && Amounts.toMinor(refunded) <= lineTotals,
        "refunded %s exceeds the line totals (%s minor units)", refunded, lineTotals);
    OrderStatus expected = expectedStatus(o);
    check(o.status() == expected, "status %s, expected %s, of %s", o.status(), expected, o);
  }

  private static void eq(Object actual, Object expected, String what) {
    if (!java.util.Objects.equals(actual, expected)) {
      throw new AssertionError(what + ": expected " + expected + " but was " + actual);
    }
  }

  private static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new AssertionError(String.format(format, args));
    }
  }

  /** The status by the precedence documented on {@link OrderStatus}, from {@link Order#quantities}. */
  public static OrderStatus expectedStatus(Order o) {
    int live = 0;
    int departed = 0;
    int delivered = 0;
    int waiting = 0;
    int backordered = 0;
    int allocated = 0;
    int released = 0;
    int picked = 0;
    int inWarehouse = 0;
    for (OrderLine line : o.lines()) {
      LineQuantities q = o.quantities(line.id());
      live += q.live();
      departed += q.departed();
      delivered += q.delivered();
      waiting += q.open() + q.backordered();
      backordered += q.backordered();
      allocated += q.allocated();
      released += q.released();
      picked += q.picked();
      inWarehouse += q.inWarehouse();
    }
    if (live == 0) {
      return OrderStatus.CANCELLED;
    }
    if (departed == live) {
      return delivered == live ? OrderStatus.DELIVERED : OrderStatus.SHIPPED;
    }
    if (o.holds().stream().anyMatch(Hold::active)) {
      return OrderStatus.ON_HOLD;
    }
    if (!o.validated()) {
      return OrderStatus.CREATED;
    }
    if (departed > 0) {
      return OrderStatus.PARTIALLY_SHIPPED;
    }
    if (waiting == 0) { // the least advanced stage of the live units
      return allocated > 0 ? OrderStatus.ALLOCATED
          : released > 0 ? OrderStatus.RELEASED
          : picked > 0 ? OrderStatus.PICKED
          : OrderStatus.PACKED;
    }
    if (allocated + inWarehouse > 0) {
      return OrderStatus.PARTIALLY_ALLOCATED;
    }
    return backordered > 0 ? OrderStatus.BACKORDERED : OrderStatus.VALIDATED;
  }

  /** The audit trail is gap-free, chains statuses and only records transitions the order table permits. */
  public static void checkTrail(Order o) {
    List<RecordedEvent> trail = o.auditTrail();
    assertThat(trail.get(0).event()).isInstanceOf(OrderEvent.OrderCreated.class);
    assertThat(trail.get(0).fromStatus()).isEmpty();
    assertThat(trail.get(0).toStatus()).isEqualTo(OrderStatus.CREATED);
    for (int i = 0; i < trail.size(); i++) {
      RecordedEvent e = trail.get(i);
      assertThat(e.sequence()).isEqualTo(i + 1);
      assertThat(e.orderId()).isEqualTo(o.id());
      if (i > 0) {
        OrderStatus from = e.fromStatus().orElseThrow();
        assertThat(from).as("event %s starts where %s ended", e.sequence(), i).isEqualTo(trail.get(i - 1).toStatus());
        assertThat(StateMachines.ORDER.permits(from, e.event().type(), e.toStatus()))
            .as("order table permits %s --%s--> %s", from, e.event().type(), e.toStatus()).isTrue();
      }
    }
    assertThat(trail.get(trail.size() - 1).toStatus()).isEqualTo(o.status());
  }

  // ------------------------------------------------------------------------------------------- refused events

  /**
   * Checks a refused event: only {@link IllegalTransitionException} naming an entity, a state and the event, or
   * {@link InvalidInputException} naming a reference or amount field; and the order is exactly as before.
   */
  public static void checkRefused(Order order, List<Object> snapshot, RuntimeException e) {
    if (e instanceof IllegalTransitionException) {
      IllegalTransitionException ite = (IllegalTransitionException) e;
      assertThat(ENTITY_PREFIXES).as("entity of %s", ite.getMessage())
          .anyMatch(p -> ite.entity().startsWith(p));
      assertThat(ite.entity()).contains(order.id().value());
      assertThat(ite.state()).isNotBlank();
      assertThat(ite.event()).isNotBlank();
    } else if (e instanceof InvalidInputException) {
      assertThat(APPLY_INPUT_FIELDS).as("field of %s", e.getMessage())
          .contains(((InvalidInputException) e).field());
    } else {
      throw new AssertionError("refused with an unexpected exception", e);
    }
    assertThat(snapshot(order)).as("refused event left the order unchanged").isEqualTo(snapshot);
  }

  // ------------------------------------------------------------------------------------------- accepted events

  /** Checks an accepted event against the tables and the model. */
  public static void checkAccepted(Order before, OrderEvent event, Order after) {
    OrderStatus from = before.status();
    OrderStatus to = after.status();
    check(StateMachines.ORDER.permits(from, event.type(), to), "order table does not permit %s --%s--> %s", from,
        event.type(), to);
    eq(after.version(), before.version() + 1, "after.version()");
    eq(after.auditTrail().subList(0, before.auditTrail().size()), before.auditTrail(), "trail before the event");
    RecordedEvent last = after.auditTrail().get(after.auditTrail().size() - 1);
    eq(last.event(), event, "last.event()");
    eq(last.fromStatus(), Optional.of(from), "last.fromStatus()");
    eq(last.toStatus(), to, "last.toStatus()");
    eq(after.id(), before.id(), "after.id()");
    eq(after.draft(), event instanceof OrderEvent.OrderEdited ? ((OrderEvent.OrderEdited) event).draft()
        : before.draft(), "after.draft()");
    eq(after.submittedDraft(), before.submittedDraft(), "after.submittedDraft()");

    checkShipments(before, event, after);
    checkReturns(before, event, after);
    checkHolds(before, event, after);
    eq(after.validated(), before.validated() || event instanceof OrderEvent.Validated, "after.validated()");
    eq(after.paymentStatus(), event instanceof OrderEvent.PaymentStatusChanged
        ? ((OrderEvent.PaymentStatusChanged) event).paymentStatus() : before.paymentStatus(), "after.paymentStatus()");
    checkLines(before, event, after);
  }

  private static void checkShipments(Order before, OrderEvent event, Order after) {
    int added = event instanceof OrderEvent.ShipmentReleased ? 1 : 0;
    eq(after.shipments().size(), before.shipments().size() + added, "after.shipments()");
    for (Shipment old : before.shipments()) {
      Shipment now = after.shipment(old.id()).orElseThrow();
      eq(now.items(), old.items(), "now.items()");
      eq(now.locationId(), old.locationId(), "now.locationId()");
      ShipmentStatus expected = old.status();
      if (event instanceof OrderEvent.ShipmentProgressed && ((OrderEvent.ShipmentProgressed) event).shipmentId()
          .equals(old.id())) {
        ShipmentEventType type = ((OrderEvent.ShipmentProgressed) event).event();
        expected = single(StateMachines.SHIPMENT.targets(old.status(), type));
      } else if (event instanceof OrderEvent.ShipmentShipped
          && ((OrderEvent.ShipmentShipped) event).shipmentId().equals(old.id())) {
        expected = single(StateMachines.SHIPMENT.targets(old.status(), ShipmentEventType.SHIP));
        OrderEvent.ShipmentShipped s = (OrderEvent.ShipmentShipped) event;
        eq(now.trackingNumber(), Optional.of(s.trackingNumber()), "now.trackingNumber()");
        eq(now.carrier(), Optional.of(s.carrier()), "now.carrier()");
      } else if (event instanceof OrderEvent.OrderCancelled
          && StateMachines.SHIPMENT.permits(old.status(), ShipmentEventType.CANCEL)) {
        expected = ShipmentStatus.CANCELLED;
      }
      check(now.status() == expected, "shipment %s after %s is %s, expected %s", old.id(), event, now.status(),
          expected);
    }
    if (added == 1) {
      OrderEvent.ShipmentReleased e = (OrderEvent.ShipmentReleased) event;
      Shipment s = after.shipments().get(after.shipments().size() - 1);
      eq(s.id(), e.shipmentId(), "s.id()");
      eq(s.status(), ShipmentStatus.RELEASED, "s.status()");
      eq(s.items(), e.items(), "s.items()");
      eq(s.locationId(), e.locationId(), "s.locationId()");
    }
  }

  private static void checkReturns(Order before, OrderEvent event, Order after) {
    int added = event instanceof OrderEvent.ReturnRequested ? 1 : 0;
    eq(after.returns().size(), before.returns().size() + added, "after.returns()");
    for (OrderReturn old : before.returns()) {
      OrderReturn now = after.orderReturn(old.id()).orElseThrow();
      eq(now.items(), old.items(), "now.items()");
      ReturnStatus expected = old.status();
      if (event instanceof OrderEvent.ReturnProgressed && ((OrderEvent.ReturnProgressed) event).returnId()
          .equals(old.id())) {
        ReturnEventType type = ((OrderEvent.ReturnProgressed) event).event();
        expected = single(StateMachines.RETURN.targets(old.status(), type));
      } else if (event instanceof OrderEvent.ReturnRefunded
          && ((OrderEvent.ReturnRefunded) event).returnId().equals(old.id())) {
        expected = single(StateMachines.RETURN.targets(old.status(), ReturnEventType.REFUND));
        MonetaryAmount amount = ((OrderEvent.ReturnRefunded) event).amount();
        check(amount.isLessThanOrEqualTo(before.refundable(old.id())), "refund %s above the refundable %s", amount,
            before.refundable(old.id()));
        eq(now.refunded(), Optional.of(Amounts.round(amount)), "now.refunded()");
      } else {
        eq(now.refunded(), old.refunded(), "now.refunded()");
      }
      check(now.status() == expected, "return %s after %s is %s, expected %s", old.id(), event, now.status(),
          expected);
    }
    if (added == 1) {
      OrderEvent.ReturnRequested e = (OrderEvent.ReturnRequested) event;
      OrderReturn r = after.returns().get(after.returns().size() - 1);
      eq(r.id(), e.returnId(), "r.id()");
      eq(r.status(), ReturnStatus.REQUESTED, "r.status()");
      eq(r.items(), e.items(), "r.items()");
      for (LineQuantity item : e.items()) { // only delivered units not already being returned
        LineQuantities q = before.quantities(item.lineId());
        check(item.quantity() <= q.delivered() - q.returning(), "returned %s of %s", item, q);
      }
    }
  }

  private static void checkHolds(Order before, OrderEvent event, Order after) {
    int added = event instanceof OrderEvent.HoldPlaced ? 1 : 0;
    eq(after.holds().size(), before.holds().size() + added, "after.holds()");
    for (int i = 0; i < before.holds().size(); i++) {
      Hold old = before.holds().get(i);
      Hold now = after.holds().get(i);
      if (event instanceof OrderEvent.HoldReleased && ((OrderEvent.HoldReleased) event).holdId().equals(old.id())) {
        eq(old.active(), true, "old.active()");
        eq(now.active(), false, "now.active()");
        eq(now.id(), old.id(), "now.id()");
      } else {
        eq(now, old, "now");
      }
    }
    if (added == 1) {
      Hold h = after.holds().get(after.holds().size() - 1);
      eq(h.id(), ((OrderEvent.HoldPlaced) event).holdId(), "h.id()");
      eq(h.active(), true, "h.active()");
    }
  }

  /**
   * An edit: each draft line takes the first unmatched line of its SKU, keeping its id, backordered, allocated and
   * cancelled units and allocations, with the new quantity (new units open) and amounts; other draft lines are new
   * lines of open units named L(version)-(k); unmatched lines, all of whose units were open or cancelled, are gone.
   */
  private static void checkEdit(Order before, OrderEvent.OrderEdited e, Order after) {
    List<OrderLine> pool = new ArrayList<>(before.lines());
    eq(after.lines().size(), e.draft().lines().size(), "after.lines().size()");
    int added = 0;
    for (int i = 0; i < e.draft().lines().size(); i++) {
      LineDraft d = e.draft().lines().get(i);
      OrderLine now = after.lines().get(i);
      eq(now.sku(), d.sku(), "now.sku()");
      eq(now.quantity(), d.quantity(), "now.quantity()");
      eq(now.unitPrice(), Amounts.round(d.unitPrice()), "now.unitPrice()");
      eq(now.discount(), Amounts.round(d.discount()), "now.discount()");
      eq(now.tax(), Amounts.round(d.tax()), "now.tax()");
      Optional<OrderLine> old = pool.stream().filter(l -> l.sku().equals(d.sku())).findFirst();
      LineQuantities q = after.quantities(now.id());
      if (old.isPresent()) {
        pool.remove(old.get());
        LineQuantities was = before.quantities(old.get().id());
        eq(now.id(), old.get().id(), "now.id()");
        eq(now.allocations(), old.get().allocations(), "now.allocations()");
        eq(List.of(q.backordered(), q.allocated(), q.cancelled(), q.open()), List.of(was.backordered(),
            was.allocated(), was.cancelled(), was.open() + d.quantity() - was.ordered()), "kept line units");
      } else {
        added++;
        eq(now.id(), LineId.of("L" + after.version() + "-" + added), "new line id");
        eq(List.of(q.open(), q.ordered()), List.of(d.quantity(), d.quantity()), "new line units");
      }
    }
    for (OrderLine removed : pool) {
      LineQuantities was = before.quantities(removed.id());
      eq(was.open() + was.cancelled(), was.ordered(), "units of removed line " + removed.id());
    }
  }

  /** Each line's units and allocations as the model moves them. */
  private static void checkLines(Order before, OrderEvent event, Order after) {
    if (event instanceof OrderEvent.OrderEdited) {
      checkEdit(before, (OrderEvent.OrderEdited) event, after);
      return;
    }
    Map<LineId, LineModel> model = new LinkedHashMap<>();
    for (OrderLine line : before.lines()) {
      model.put(line.id(), new LineModel(before, line));
    }
    if (event instanceof OrderEvent.LineAllocated) {
      OrderEvent.LineAllocated e = (OrderEvent.LineAllocated) event;
      LineModel m = model.get(e.lineId());
      int fromOpen = Math.min(m.get(Stage.OPEN), e.quantity());
      m.move(Stage.OPEN, Stage.ALLOCATED, fromOpen);
      m.move(Stage.BACKORDERED, Stage.ALLOCATED, e.quantity() - fromOpen);
      m.allocate(e.locationId(), e.quantity());
    } else if (event instanceof OrderEvent.LineBackordered) {
      OrderEvent.LineBackordered e = (OrderEvent.LineBackordered) event;
      model.get(e.lineId()).move(Stage.OPEN, Stage.BACKORDERED, e.quantity());
    } else if (event instanceof OrderEvent.LineDeallocated) {
      OrderEvent.LineDeallocated e = (OrderEvent.LineDeallocated) event;
      LineModel m = model.get(e.lineId());
      m.move(Stage.ALLOCATED, Stage.OPEN, e.quantity());
      m.allocate(e.locationId(), -e.quantity());
    } else if (event instanceof OrderEvent.LineCancelled) {
      OrderEvent.LineCancelled e = (OrderEvent.LineCancelled) event;
      model.get(e.lineId()).cancel(e.quantity());
    } else if (event instanceof OrderEvent.OrderCancelled) {
      for (Shipment s : before.shipments()) {
        if (StateMachines.SHIPMENT.permits(s.status(), ShipmentEventType.CANCEL)) {
          unrelease(model, s);
        }
      }
      for (LineModel m : model.values()) {
        m.cancel(m.get(Stage.OPEN) + m.get(Stage.BACKORDERED) + m.get(Stage.ALLOCATED));
      }
    } else if (event instanceof OrderEvent.ShipmentReleased) {
      OrderEvent.ShipmentReleased e = (OrderEvent.ShipmentReleased) event;
      for (LineQuantity item : e.items()) {
        LineModel m = model.get(item.lineId());
        m.move(Stage.ALLOCATED, Stage.RELEASED, item.quantity());
        m.allocate(e.locationId(), -item.quantity());
      }
    } else if (event instanceof OrderEvent.ShipmentProgressed || event instanceof OrderEvent.ShipmentShipped) {
      ShipmentId id = event instanceof OrderEvent.ShipmentShipped ? ((OrderEvent.ShipmentShipped) event).shipmentId()
          : ((OrderEvent.ShipmentProgressed) event).shipmentId();
      ShipmentEventType type = event instanceof OrderEvent.ShipmentShipped ? ShipmentEventType.SHIP
          : ((OrderEvent.ShipmentProgressed) event).event();
      Shipment s = before.shipment(id).orElseThrow();
      if (type == ShipmentEventType.CANCEL) {
        unrelease(model, s);
      } else {
        Stage fromStage = stageOf(s.status());
        Stage toStage = stageOf(single(StateMachines.SHIPMENT.targets(s.status(), type)));
        for (LineQuantity item : s.items()) {
          model.get(item.lineId()).move(fromStage, toStage, item.quantity());
        }
      }
    }
    // returning: units in live returns, with return statuses as the table moves them (checked above)
    for (LineModel m : model.values()) {
      m.returning = 0;
    }
    for (OrderReturn r : after.returns()) {
      if (r.status().live()) {
        for (LineQuantity item : r.items()) {
          model.get(item.lineId()).returning += item.quantity();
        }
      }
    }
    for (OrderLine line : after.lines()) {
      OrderLine old = before.line(line.id()).orElseThrow();
      check(line.sku().equals(old.sku()) && line.quantity() == old.quantity() && line.unitPrice().equals(
          old.unitPrice()) && line.discount().equals(old.discount()) && line.tax().equals(old.tax()),
          "line %s changed what was ordered: %s, was %s", line.id(), line, old);
      LineModel m = model.get(line.id());
      LineQuantities actual = after.quantities(line.id());
      check(actual.equals(m.quantities()), "units of line %s after %s: %s, expected %s", line.id(), event, actual,
          m.quantities());
      check(line.allocations().equals(m.allocations()), "allocations of line %s after %s: %s, expected %s",
          line.id(), event, line.allocations(), m.allocations());
    }
  }

  /** A cancelled shipment's units go back to their allocation at its location. */
  private static void unrelease(Map<LineId, LineModel> model, Shipment s) {
    for (LineQuantity item : s.items()) {
      LineModel m = model.get(item.lineId());
      m.move(stageOf(s.status()), Stage.ALLOCATED, item.quantity());
      m.allocate(s.locationId(), item.quantity());
    }
  }

  private static <T> T single(Set<T> targets) {
    if (targets.size() != 1) {
      fail("expected one target, got " + targets);
    }
    return targets.iterator().next();
  }

  /** The model of one line: units per stage and allocations per location in allocation order. */
  private static final class LineModel {
    final int ordered;
    final EnumMap<Stage, Integer> units = new EnumMap<>(Stage.class);
    final LinkedHashMap<LocationId, Integer> allocations = new LinkedHashMap<>();
    int returning;

    LineModel(Order order, OrderLine line) {
      LineQuantities q = order.quantities(line.id());
      ordered = q.ordered();
      int[] s = stages(q);
      for (Stage stage : Stage.values()) {
        units.put(stage, s[stage.ordinal()]);
      }
      for (Allocation a : line.allocations()) {
        allocations.put(a.locationId(), a.quantity());
      }
      returning = q.returning();
    }

    int get(Stage s) {
      return units.get(s);
    }

    void move(Stage from, Stage to, int n) {
      units.put(from, units.get(from) - n);
      units.put(to, units.get(to) + n);
    }

    void allocate(LocationId at, int delta) {
      int q = allocations.getOrDefault(at, 0) + delta;
      if (q == 0) {
        allocations.remove(at);
      } else {
        allocations.put(at, q);
      }
    }

    /** Open units first, then backordered, then allocated ones, latest allocation first. */
    void cancel(int n) {
      int fromOpen = Math.min(get(Stage.OPEN), n);
      int fromBackorder = Math.min(get(Stage.BACKORDERED), n - fromOpen);
      int fromAllocated = n - fromOpen - fromBackorder;
      move(Stage.OPEN, Stage.CANCELLED, fromOpen);
      move(Stage.BACKORDERED, Stage.CANCELLED, fromBackorder);
      move(Stage.ALLOCATED, Stage.CANCELLED, fromAllocated);
      List<LocationId> latestFirst = new ArrayList<>(allocations.keySet());
      java.util.Collections.reverse(latestFirst);
      for (LocationId at : latestFirst) {
        int take = Math.min(allocations.get(at), fromAllocated);
        allocate(at, -take);
        fromAllocated -= take;
      }
    }

    LineQuantities quantities() {
      return new LineQuantities(ordered, get(Stage.OPEN), get(Stage.BACKORDERED), get(Stage.ALLOCATED),
          get(Stage.RELEASED), get(Stage.PICKED), get(Stage.PACKED), get(Stage.IN_TRANSIT), get(Stage.DELIVERED),
          get(Stage.RTS), get(Stage.CANCELLED), returning);
    }

    List<Allocation> allocations() {
      List<Allocation> list = new ArrayList<>();
      allocations.forEach((at, q) -> list.add(new Allocation(at, q)));
      return list;
    }
  }

  /**
   * Every attribute of an order, cheap enough to take before every step: the parts are immutable values, compared
   * with equals afterwards.
   */
  public static List<Object> snapshot(Order o) {
    return List.of(o.id(), o.version(), o.validated(), o.paymentStatus(), o.lines(), o.holds(), o.shipments(),
        o.returns(), o.auditTrail(), o.status());
  }

  /** Applies an event, checking the outcome either way; returns the new order, or the same one if refused. */
  public static Order step(Order order, OrderEvent event, java.time.Instant at) {
    List<Object> snapshot = snapshot(order);
    Order next;
    try {
      next = order.apply(event, TestOrders.ACTOR, at, Optional.empty());
    } catch (IllegalTransitionException | InvalidInputException e) {
      checkRefused(order, snapshot, e);
      return order;
    }
    checkAccepted(order, event, next);
    checkOrder(next);
    return next;
  }
}
