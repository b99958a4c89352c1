package org.oms4j.core.order;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.internal.Amounts;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A command of a random event sequence: what to do, and small numbers that pick the line, shipment, return or hold
 * it concerns, the location, the quantity and a variant. {@link #toEvent} turns it into an {@link OrderEvent} for
 * the order as it is at that point, so that many commands make sense and many do not: a selector may name an id
 * the order does not have or an item in the wrong state, a raw quantity may be 0 or more than there is, a variant
 * may duplicate an id, list a line twice or pick a refund above what may be refunded or in another currency. About
 * a quarter are {@link Kind#ADVANCE}, a step of the happy path, so that sequences reach deliveries and refunds.
 *
 * @param kind what to do
 * @param target which line / shipment / return / hold: 0-3 an existing one (modulo their number), 4 an unknown
 *     id, 5 for a new hold, shipment or return the id of an existing one (a duplicate)
 * @param location 0: where the line concerned has units allocated (WH1 if nowhere), 1: WH1, 2: WH2
 * @param quantity a raw quantity, 0 to 4
 * @param variant picks among sub-cases (0 to 6)
 */
public record Command(Kind kind, int target, int location, int quantity, int variant) {
  /** What a command does. */
  public enum Kind {
    VALIDATE, PLACE_HOLD, RELEASE_HOLD, CHANGE_PAYMENT, ALLOCATE, BACKORDER, DEALLOCATE, CANCEL_LINE, CANCEL_ORDER,
    RELEASE_SHIPMENT, PICK, PACK, SHIP, TRACK, CANCEL_SHIPMENT, REQUEST_RETURN, PROGRESS_RETURN, REFUND,
    /** One of the next steps towards delivery and refund, whatever the order needs (see {@link #advance}). */
    ADVANCE
  }

  static final LocationId WH1 = LocationId.of("WH1");
  static final LocationId WH2 = LocationId.of("WH2");
  static final List<ShipmentEventType> TRACKING = List.of(ShipmentEventType.IN_TRANSIT,
      ShipmentEventType.OUT_FOR_DELIVERY, ShipmentEventType.DELIVERY_FAILED, ShipmentEventType.EXCEPTION,
      ShipmentEventType.DELIVER, ShipmentEventType.RETURN_TO_SENDER);
  static final List<ReturnEventType> RETURN_STEPS = List.of(ReturnEventType.AUTHORISE, ReturnEventType.REJECT,
      ReturnEventType.RECEIVE, ReturnEventType.INSPECT, ReturnEventType.RESTOCK, ReturnEventType.DISPOSE,
      ReturnEventType.CANCEL);

  /** Kinds weighted towards the fulfilment flow; VALIDATE first, so failures shrink towards it. */
  private static final List<Kind> WEIGHTED = weighted();

  private static List<Kind> weighted() {
    List<Kind> kinds = new ArrayList<>();
    int[][] weights = {
        {Kind.VALIDATE.ordinal(), 14}, {Kind.PLACE_HOLD.ordinal(), 1}, {Kind.RELEASE_HOLD.ordinal(), 6},
        {Kind.CHANGE_PAYMENT.ordinal(), 2}, {Kind.ALLOCATE.ordinal(), 15}, {Kind.BACKORDER.ordinal(), 4},
        {Kind.DEALLOCATE.ordinal(), 4}, {Kind.CANCEL_LINE.ordinal(), 12}, {Kind.CANCEL_ORDER.ordinal(), 1},
        {Kind.RELEASE_SHIPMENT.ordinal(), 12}, {Kind.PICK.ordinal(), 10}, {Kind.PACK.ordinal(), 10},
        {Kind.SHIP.ordinal(), 10}, {Kind.TRACK.ordinal(), 14}, {Kind.CANCEL_SHIPMENT.ordinal(), 2},
        {Kind.REQUEST_RETURN.ordinal(), 8}, {Kind.PROGRESS_RETURN.ordinal(), 18}, {Kind.REFUND.ordinal(), 8},
        {Kind.ADVANCE.ordinal(), 45}};
    // Weights are multiplied by 4 except for cancellations, which end the interesting part of a sequence; line
    // cancellations are often of one unit (variants 4-6), so that lines split their units between stages.
    for (int[] w : weights) {
      Kind kind = Kind.values()[w[0]];
      int copies = kind == Kind.CANCEL_ORDER || kind == Kind.CANCEL_LINE ? w[1] : 4 * w[1];
      kinds.addAll(Collections.nCopies(copies, kind));
    }
    return List.copyOf(kinds);
  }

  /** Random commands. */
  public static Gen<Command> commands() {
    return Generate.pick(WEIGHTED).zip(integers().between(0, 5), integers().between(0, 2),
        integers().between(0, 4), integers().between(0, 6), Command::new);
  }

  /** A random command from a plain {@link Random}, for threads outside QuickTheories. */
  public static Command random(Random r) {
    return new Command(WEIGHTED.get(r.nextInt(WEIGHTED.size())), r.nextInt(6), r.nextInt(3), r.nextInt(5),
        r.nextInt(7));
  }

  /** Applies the commands in turn, skipping those refused; the order after the last. */
  public static Order run(Order order, List<Command> commands) {
    for (int i = 0; i < commands.size(); i++) {
      try {
        order = order.apply(commands.get(i).toEvent(order, String.valueOf(i)), TestOrders.ACTOR,
            TestOrders.T0.plusSeconds(i), i % 3 == 0 ? java.util.Optional.of("step " + i) : java.util.Optional.empty());
      } catch (org.oms4j.core.IllegalTransitionException | org.oms4j.core.InvalidInputException refused) {
        // refused: the order is unchanged
      }
    }
    return order;
  }

  /**
   * The event this command means for {@code order}.
   *
   * @param suffix makes the ids of new holds, shipments and returns unique
   * @throws org.oms4j.core.InvalidInputException if the event itself is malformed (a quantity of 0)
   */
  public OrderEvent toEvent(Order order, String suffix) {
    switch (kind) {
      case VALIDATE:
        return new OrderEvent.Validated();
      case PLACE_HOLD: {
        HoldId id = target == 5 && !order.holds().isEmpty() ? order.holds().get(0).id() : HoldId.of("H-" + suffix);
        return new OrderEvent.HoldPlaced(id, HoldType.values()[variant % HoldType.values().length]);
      }
      case RELEASE_HOLD:
        return new OrderEvent.HoldReleased(pick(order.holds(), Hold::id, HoldId.of("H-none"), Hold::active));
      case CHANGE_PAYMENT:
        return new OrderEvent.PaymentStatusChanged(PaymentStatus.values()[variant]);
      case ALLOCATE: {
        LineId line = line(order, q -> q.open() + q.backordered() > 0);
        LineQuantities q = quantities(order, line);
        return new OrderEvent.LineAllocated(line, location(order, line),
            qty(q == null ? 0 : q.open() + q.backordered()));
      }
      case BACKORDER: {
        LineId line = line(order, q -> q.open() > 0);
        LineQuantities q = quantities(order, line);
        return new OrderEvent.LineBackordered(line, qty(q == null ? 0 : q.open()));
      }
      case DEALLOCATE: {
        LineId line = line(order, q -> q.allocated() > 0);
        LocationId at = location(order, line);
        return new OrderEvent.LineDeallocated(line, at, qty(order.line(line).map(l -> l.allocatedAt(at)).orElse(0)));
      }
      case CANCEL_LINE: {
        LineId line = line(order, q -> q.open() + q.backordered() + q.allocated() > 0);
        LineQuantities q = quantities(order, line);
        int cancellable = q == null ? 0 : q.open() + q.backordered() + q.allocated();
        return new OrderEvent.LineCancelled(line, variant >= 4 ? 1 : qty(cancellable));
      }
      case CANCEL_ORDER:
        return new OrderEvent.OrderCancelled();
      case RELEASE_SHIPMENT:
        return releaseShipment(order, suffix);
      case PICK:
        return new OrderEvent.ShipmentProgressed(shipment(order, ShipmentEventType.PICK), ShipmentEventType.PICK);
      case PACK:
        return new OrderEvent.ShipmentProgressed(shipment(order, ShipmentEventType.PACK), ShipmentEventType.PACK);
      case SHIP: {
        ShipmentId id = shipment(order, ShipmentEventType.SHIP);
        return new OrderEvent.ShipmentShipped(id, "ACME", "GROUND", "TRK-" + id);
      }
      case TRACK: {
        ShipmentEventType event = TRACKING.get(variant % TRACKING.size());
        return new OrderEvent.ShipmentProgressed(shipment(order, event), event);
      }
      case CANCEL_SHIPMENT:
        return new OrderEvent.ShipmentProgressed(shipment(order, ShipmentEventType.CANCEL),
            ShipmentEventType.CANCEL);
      case REQUEST_RETURN:
        return requestReturn(order, suffix);
      case PROGRESS_RETURN: {
        ReturnEventType event = RETURN_STEPS.get(variant % RETURN_STEPS.size());
        return new OrderEvent.ReturnProgressed(returnId(order, event), event);
      }
      case REFUND:
        return refund(order);
      case ADVANCE:
        return advance(order, suffix);
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * A step of the happy path, so that sequences reach deliveries, returns and refunds: validate, release a hold,
   * allocate what waits, release what is allocated, pick, pack, ship, deliver (or another scan), request a return
   * of delivered units, move a return on, refund it in full. {@code target} picks among the steps possible now.
   */
  private OrderEvent advance(Order order, String suffix) {
    List<OrderEvent> steps = new ArrayList<>();
    if (!order.validated()) {
      steps.add(new OrderEvent.Validated());
    }
    for (Hold h : order.activeHolds()) {
      steps.add(new OrderEvent.HoldReleased(h.id()));
    }
    LocationId at = location == 2 ? WH2 : WH1;
    for (OrderLine l : order.lines()) {
      LineQuantities q = order.quantities(l.id());
      if (q.open() + q.backordered() > 0) {
        steps.add(new OrderEvent.LineAllocated(l.id(), at, q.open() + q.backordered()));
      }
      if (q.delivered() > q.returning()) {
        steps.add(new OrderEvent.ReturnRequested(ReturnId.of("R-" + suffix),
            List.of(LineQuantity.of(l.id(), Math.max(1, Math.min(quantity, q.delivered() - q.returning())))),
            "does not fit"));
      }
    }
    for (LocationId loc : List.of(WH1, WH2)) {
      List<LineQuantity> items = new ArrayList<>();
      for (OrderLine l : order.lines()) {
        if (l.allocatedAt(loc) > 0) {
          items.add(LineQuantity.of(l.id(), l.allocatedAt(loc)));
        }
      }
      if (!items.isEmpty()) {
        steps.add(new OrderEvent.ShipmentReleased(ShipmentId.of("S-" + suffix), loc, items));
      }
    }
    for (Shipment sh : order.shipments()) {
      switch (sh.status()) {
        case RELEASED:
          steps.add(new OrderEvent.ShipmentProgressed(sh.id(), ShipmentEventType.PICK));
          break;
        case PICKED:
          steps.add(new OrderEvent.ShipmentProgressed(sh.id(), ShipmentEventType.PACK));
          break;
        case PACKED:
          steps.add(new OrderEvent.ShipmentShipped(sh.id(), "ACME", "GROUND", "TRK-" + sh.id()));
          break;
        default:
          if (!sh.status().terminal()) { // mostly delivered, sometimes another scan
            ShipmentEventType scan = variant < 4 ? ShipmentEventType.DELIVER : TRACKING.get(variant - 4);
            steps.add(new OrderEvent.ShipmentProgressed(sh.id(),
                StateMachines.SHIPMENT.permits(sh.status(), scan) ? scan : ShipmentEventType.DELIVER));
          }
      }
    }
    for (OrderReturn r : order.returns()) {
      List<ReturnEventType> path = TestOrders.pathTo(variant % 2 == 0 ? ReturnStatus.REFUNDED : ReturnStatus.DISPOSED);
      if (r.status() == ReturnStatus.DISPOSED || r.status() == ReturnStatus.RESTOCKED) {
        steps.add(new OrderEvent.ReturnRefunded(r.id(), order.refundable(r.id())));
      } else if (r.status() == ReturnStatus.REQUESTED || r.status() == ReturnStatus.AUTHORISED
          || r.status() == ReturnStatus.RECEIVED || r.status() == ReturnStatus.INSPECTED) {
        int done = r.status() == ReturnStatus.REQUESTED ? 0 : r.status() == ReturnStatus.AUTHORISED ? 1
            : r.status() == ReturnStatus.RECEIVED ? 2 : 3;
        steps.add(new OrderEvent.ReturnProgressed(r.id(), path.get(done)));
      }
    }
    return steps.isEmpty() ? new OrderEvent.Validated() : steps.get(target % steps.size());
  }

  private OrderEvent releaseShipment(Order order, String suffix) {
    ShipmentId id = target == 5 && !order.shipments().isEmpty() ? order.shipments().get(0).id()
        : ShipmentId.of("S-" + suffix);
    List<LineQuantity> items = new ArrayList<>();
    LineId line = line(order, q -> q.allocated() > 0);
    LocationId at = location(order, line);
    int allocatedHere = order.line(line).map(l -> l.allocatedAt(at)).orElse(0);
    switch (variant % 4) {
      case 0: // everything allocated at the location
        for (OrderLine l : order.lines()) {
          if (l.allocatedAt(at) > 0) {
            items.add(LineQuantity.of(l.id(), l.allocatedAt(at)));
          }
        }
        break;
      case 1:
        items.add(LineQuantity.of(line, qty(allocatedHere)));
        break;
      case 2:
        items.add(new LineQuantity(line, quantity));
        break;
      default: // the same line twice
        items.add(LineQuantity.of(line, 1));
        items.add(LineQuantity.of(line, 1));
    }
    if (items.isEmpty()) {
      items.add(LineQuantity.of(line, 1));
    }
    return new OrderEvent.ShipmentReleased(id, at, items);
  }

  private OrderEvent requestReturn(Order order, String suffix) {
    ReturnId id = target == 5 && !order.returns().isEmpty() ? order.returns().get(0).id() : ReturnId.of("R-" + suffix);
    List<LineQuantity> items = new ArrayList<>();
    LineId line = line(order, lq -> lq.delivered() > lq.returning());
    LineQuantities q = quantities(order, line);
    switch (variant % 4) {
      case 0: // every delivered unit not already being returned
        for (OrderLine l : order.lines()) {
          LineQuantities lq = order.quantities(l.id());
          if (lq.delivered() > lq.returning()) {
            items.add(LineQuantity.of(l.id(), lq.delivered() - lq.returning()));
          }
        }
        break;
      case 1:
        items.add(LineQuantity.of(line, qty(q == null ? 0 : q.delivered() - q.returning())));
        break;
      case 2:
        items.add(new LineQuantity(line, quantity));
        break;
      default:
        items.add(LineQuantity.of(line, 1));
        items.add(LineQuantity.of(line, 1));
    }
    if (items.isEmpty()) {
      items.add(LineQuantity.of(line, 1));
    }
    return new OrderEvent.ReturnRequested(id, items, "changed my mind");
  }

  private OrderEvent refund(Order order) {
    ReturnId id = returnId(order, ReturnEventType.REFUND);
    MonetaryAmount max = order.orderReturn(id).isPresent() ? order.refundable(id) : Amounts.zero(order.currency());
    long minor = Amounts.toMinor(max);
    MonetaryAmount amount;
    switch (variant) {
      case 2: // a restocking fee
        amount = Amounts.ofMinor(Math.max(0, minor - 1 - quantity), order.currency());
        break;
      case 3: // one minor unit too much
        amount = Amounts.ofMinor(minor + 1, order.currency());
        break;
      case 4: // another currency
        amount = Money.of(BigDecimal.ONE, order.currency().getCurrencyCode().equals("EUR") ? "USD" : "EUR");
        break;
      case 5: // negative
        amount = Amounts.ofMinor(-1 - quantity, order.currency());
        break;
      case 6: // finer than the minor unit, rounded down below the maximum
        amount = Money.of(max.getNumber().numberValue(BigDecimal.class).subtract(new BigDecimal("0.0001")),
            order.currency());
        break;
      default:
        amount = max;
    }
    return new OrderEvent.ReturnRefunded(id, amount);
  }

  /** {@code quantity} as is (variant 0: maybe 0 or too many), else at least 1 and at most {@code available}. */
  private int qty(int available) {
    return variant == 0 ? quantity : Math.max(1, Math.min(quantity, available));
  }

  private LineId line(Order order, java.util.function.Predicate<LineQuantities> preferred) {
    return pick(order.lines(), OrderLine::id, LineId.of("L99"), l -> preferred.test(order.quantities(l.id())));
  }

  private LocationId location(Order order, LineId line) {
    if (location == 0) {
      return order.line(line).filter(l -> !l.allocations().isEmpty())
          .map(l -> l.allocations().get(target % l.allocations().size()).locationId()).orElse(WH1);
    }
    return location == 1 ? WH1 : WH2;
  }

  private static LineQuantities quantities(Order order, LineId line) {
    return order.line(line).isPresent() ? order.quantities(line) : null;
  }

  private ShipmentId shipment(Order order, ShipmentEventType event) {
    return pick(order.shipments(), Shipment::id, ShipmentId.of("S-none"),
        s -> StateMachines.SHIPMENT.permits(s.status(), event));
  }

  private ReturnId returnId(Order order, ReturnEventType event) {
    return pick(order.returns(), OrderReturn::id, ReturnId.of("R-none"),
        r -> StateMachines.RETURN.permits(r.status(), event));
  }

  /**
   * Target 0-3: one of the {@code preferred} items (those the event can apply to), modulo their number, or of all
   * items if none is preferred; 4: {@code unknown}; 5: any item, modulo their number. {@code unknown} when there
   * are no items.
   */
  private <T, I> I pick(List<T> items, java.util.function.Function<T, I> id, I unknown,
      java.util.function.Predicate<T> preferred) {
    if (target == 4 || items.isEmpty()) {
      return unknown;
    }
    List<T> candidates = items.stream().filter(preferred).collect(java.util.stream.Collectors.toList());
    if (target == 5 || candidates.isEmpty()) {
      candidates = items;
    }
    return id.apply(candidates.get(target % candidates.size()));
  }

  @Override
  public String toString() {
    return kind + "(t" + target + ",loc" + location + ",q" + quantity + ",v" + variant + ")";
  }
}
