package org.oms4j.core;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.InsufficientStockException;
import org.oms4j.core.internal.Checks;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Reservation;
import org.oms4j.core.inventory.ReservationId;
import org.oms4j.core.inventory.ReservationLine;
import org.oms4j.core.inventory.ReservationResult;
import org.oms4j.core.order.LineQuantities;
import org.oms4j.core.order.OrderLine;
import org.oms4j.core.order.HoldId;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.LineQuantity;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderEventListener;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.RecordedEvent;
import org.oms4j.core.order.ReturnId;
import org.oms4j.core.order.ShipmentId;
import org.oms4j.core.spi.ConsumerId;
import org.oms4j.core.spi.CreationOrder;
import org.oms4j.core.spi.InsertResult;
import org.oms4j.core.spi.OrderStore;
import org.oms4j.core.spi.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of oms4j: submit orders and move them through their life. Build one with {@link #builder()};
 * it is thread-safe and meant to be shared.
 *
 * <p>Every command reads the order, applies an {@link OrderEvent} to it and writes it back with a compare-and-set
 * on its version. When another thread changed the order in between, the command is re-applied to the fresh order
 * (up to {@link Builder#maxRetries(int) maxRetries} times), so concurrent commands are never lost; a command that is
 * no longer legal then fails with {@link IllegalTransitionException}. Use {@link #apply(OrderId, long, OrderEvent,
 * Actor, String)} to fail instead when the order moved on. After the write, listeners receive the events.
 */
public final class OrderManagement {
  private static final Logger log = LoggerFactory.getLogger(OrderManagement.class);

  private final OrderStore store;
  private final Clock clock;
  private final IdGenerator ids;
  private final List<OrderEventListener> listeners;
  private final int maxRetries;
  private final Optional<Inventory> inventory;

  private OrderManagement(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.ids = b.ids;
    this.listeners = List.copyOf(b.listeners);
    this.maxRetries = b.maxRetries;
    this.inventory = b.inventory;
  }

  /** A builder with in-memory defaults: {@link OrderStore#inMemory()}, the UTC system clock, random ids. */
  public static Builder builder() {
    return new Builder();
  }

  /** The clock every recorded event is stamped with. */
  public Clock clock() {
    return clock;
  }

  /** The inventory, if one was configured. */
  public Optional<Inventory> inventory() {
    return inventory;
  }

  /** The store orders live in. */
  public OrderStore store() {
    return store;
  }

  /**
   * Submits an order, idempotently on (channel, external order id): submitting an equal draft again returns the
   * existing order unchanged.
   *
   * @throws IdempotencyConflictException if the key belongs to an order with a different draft
   */
  public Order submit(OrderDraft draft, Actor actor) {
    requireNonNull(draft, "draft");
    requireNonNull(actor, "actor");
    Optional<Order> existing = store.findByExternalId(draft.channel(), draft.externalOrderId());
    if (existing.isPresent()) {
      return sameDraft(existing.get(), draft);
    }
    Order order = Order.create(OrderId.of(ids.next(IdGenerator.Kind.ORDER)), draft, actor, clock.instant());
    InsertResult result = store.insert(order);
    if (!result.created()) {
      return sameDraft(result.order(), draft);
    }
    dispatch(result.written());
    return order;
  }

  private static Order sameDraft(Order existing, OrderDraft draft) {
    if (!existing.draft().equals(draft)) {
      throw new IdempotencyConflictException(draft.channel() + "/" + draft.externalOrderId(),
          existing.id().value());
    }
    return existing;
  }

  /** The order with this id. */
  public Optional<Order> find(OrderId id) {
    return store.find(requireNonNull(id, "id"));
  }

  /**
   * The order with this id.
   *
   * @throws OrderNotFoundException if there is none
   */
  public Order get(OrderId id) {
    return find(id).orElseThrow(() -> new OrderNotFoundException(id.value()));
  }

  /** The order a channel submitted under its own id. */
  public Optional<Order> findByExternalId(SalesChannel channel, String externalOrderId) {
    return store.findByExternalId(requireNonNull(channel, "channel"), requireNonNull(externalOrderId, "id"));
  }

  /** Orders in a status, in no particular order. */
  public List<Order> findByStatus(OrderStatus status) {
    return store.findByStatus(requireNonNull(status, "status"));
  }

  /**
   * Up to {@code limit} orders in a status, by creation time (then id), oldest or newest first.
   *
   * @throws InvalidInputException if {@code limit} is not positive
   */
  public List<Order> findByStatus(OrderStatus status, CreationOrder order, int limit) {
    Checks.present("status", status);
    Checks.present("order", order);
    Checks.positive("limit", limit);
    return store.findByStatus(status, order, limit);
  }

  /** Marks the order validated. */
  public Order validate(OrderId id, Actor actor) {
    return apply(id, new OrderEvent.Validated(), actor);
  }

  /**
   * Places a hold; the new hold is the last of {@link Order#holds()}.
   *
   * @param reason why, for the audit trail and the people who release it
   */
  public Order placeHold(OrderId id, HoldType type, Actor actor, String reason) {
    return apply(id, new OrderEvent.HoldPlaced(HoldId.of(ids.next(IdGenerator.Kind.HOLD)), type), actor, reason);
  }

  /** Releases a hold; releasing the last active one resumes the flow. */
  public Order releaseHold(OrderId id, HoldId holdId, Actor actor, String reason) {
    return apply(id, new OrderEvent.HoldReleased(holdId), actor, reason);
  }

  /**
   * Edits the order before release (see {@link OrderEvent.OrderEdited}), only if it is still at {@code
   * expectedVersion}, so that an edit made from a stale copy is never applied.
   *
   * @param draft the order as it now stands; same channel, external id and currency
   * @param reason why, recorded in the audit trail
   * @throws ConcurrentUpdateException if the order is at another version
   * @throws IllegalTransitionException if the order may no longer be edited (released, shipped, cancelled) or the
   *     edit would drop units already allocated or backordered
   * @throws InvalidInputException if the draft changes the channel, external id or currency
   */
  public Order edit(OrderId id, long expectedVersion, OrderDraft draft, Actor actor, String reason) {
    return apply(id, expectedVersion, new OrderEvent.OrderEdited(draft), actor, reason);
  }

  /** Cancels everything that has not shipped. */
  public Order cancel(OrderId id, Actor actor, String reason) {
    return apply(id, new OrderEvent.OrderCancelled(), actor, reason);
  }

  /** Cancels units of one line (open, then backordered, then allocated units). */
  public Order cancelLine(OrderId id, LineId lineId, int quantity, Actor actor, String reason) {
    return apply(id, new OrderEvent.LineCancelled(lineId, quantity), actor, reason);
  }

  /** Releases allocated units at a location as a new shipment; the shipment is the last of {@link Order#shipments()}. */
  public Order releaseShipment(OrderId id, LocationId location, List<LineQuantity> items, Actor actor) {
    ShipmentId shipmentId = ShipmentId.of(ids.next(IdGenerator.Kind.SHIPMENT));
    return apply(id, new OrderEvent.ShipmentReleased(shipmentId, location, items), actor);
  }

  /** Requests a return of delivered units; the return is the last of {@link Order#returns()}. */
  public Order requestReturn(OrderId id, List<LineQuantity> items, String reason, Actor actor) {
    ReturnId returnId = ReturnId.of(ids.next(IdGenerator.Kind.RETURN));
    return apply(id, new OrderEvent.ReturnRequested(returnId, items, reason), actor, reason);
  }

  /**
   * Applies an event to the latest version of the order, retrying on concurrent updates; recorded without a
   * reason.
   *
   * @throws OrderNotFoundException if there is no such order
   * @throws IllegalTransitionException if the event is not legal in the order's current state
   * @throws InvalidInputException if the event refers to something the order does not have
   * @throws ConcurrentUpdateException if the order kept changing through every retry
   */
  public Order apply(OrderId id, OrderEvent event, Actor actor) {
    return apply(id, event, actor, Optional.empty());
  }

  /**
   * Applies an event to the latest version of the order, retrying on concurrent updates.
   *
   * @param reason why, recorded in the audit trail
   * @throws OrderNotFoundException if there is no such order
   * @throws IllegalTransitionException if the event is not legal in the order's current state
   * @throws InvalidInputException if the event refers to something the order does not have, or the reason is
   *     blank
   * @throws ConcurrentUpdateException if the order kept changing through every retry
   */
  public Order apply(OrderId id, OrderEvent event, Actor actor, String reason) {
    return apply(id, event, actor, Optional.of(Checks.text("reason", reason, 500)));
  }

  private Order apply(OrderId id, OrderEvent event, Actor actor, Optional<String> reason) {
    requireNonNull(event, "event");
    requireNonNull(actor, "actor");
    for (int attempt = 0; ; attempt++) {
      Order current = get(id);
      try {
        return write(current, event, actor, reason);
      } catch (ConcurrentUpdateException e) {
        if (attempt >= maxRetries) {
          throw e;
        }
      }
    }
  }

  /**
   * Applies an event only if the order is still at {@code expectedVersion}.
   *
   * @throws ConcurrentUpdateException if the order is at another version
   * @throws OrderNotFoundException if there is no such order
   * @throws IllegalTransitionException if the event is not legal in the order's state
   */
  public Order apply(OrderId id, long expectedVersion, OrderEvent event, Actor actor, String reason) {
    return apply(id, expectedVersion, event, actor, Optional.of(Checks.text("reason", reason, 500)));
  }

  /**
   * Applies an event only if the order is still at {@code expectedVersion}; recorded without a reason.
   *
   * @throws ConcurrentUpdateException if the order is at another version
   * @throws OrderNotFoundException if there is no such order
   * @throws IllegalTransitionException if the event is not legal in the order's state
   */
  public Order apply(OrderId id, long expectedVersion, OrderEvent event, Actor actor) {
    return apply(id, expectedVersion, event, actor, Optional.empty());
  }

  /**
   * Applies several events as one change, only if the order is still at {@code expectedVersion}: they are checked
   * and recorded in sequence (each gets its own audit-trail entry), but stored in one compare-and-set, so either all
   * of them happen or none does. With an inventory, the stock the final state needs is reserved before the write and
   * the stock it no longer needs is released after it: moving an allocation from one location to another never
   * leaves the units unreserved, and a shortage at the new location changes nothing. A plan computed from one
   * version of an order (for example a sourcing plan) is applied this way, so it never lands on an order that
   * changed meanwhile.
   *
   * @param events what happened, in order; at least one
   * @param reason why, recorded with each event
   * @throws ConcurrentUpdateException if the order is at another version
   * @throws OrderNotFoundException if there is no such order
   * @throws IllegalTransitionException if an event is not legal in the state the events before it leave
   * @throws InvalidInputException if {@code events} is empty, or an event refers to something the order does not
   *     have
   * @throws InsufficientStockException if the final state needs stock that is not available, or at a location
   *     that is inactive (nothing changes)
   */
  public Order applyAll(OrderId id, long expectedVersion, List<? extends OrderEvent> events, Actor actor,
      String reason) {
    requireNonNull(events, "events");
    requireNonNull(actor, "actor");
    if (events.isEmpty()) {
      throw new InvalidInputException("events", "[]", "at least one event is needed");
    }
    List<OrderEvent> copy = List.copyOf(events);
    Optional<String> why = Optional.of(Checks.text("reason", reason, 500));
    Order current = get(id);
    if (current.version() != expectedVersion) {
      throw new ConcurrentUpdateException("order " + id, expectedVersion, current.version());
    }
    Instant at = clock.instant();
    Order next = current;
    for (OrderEvent event : copy) {
      next = next.apply(event, actor, at, why);
    }
    return store(current, next, actor);
  }

  private Order apply(OrderId id, long expectedVersion, OrderEvent event, Actor actor, Optional<String> why) {
    requireNonNull(event, "event");
    requireNonNull(actor, "actor");
    Order current = get(id);
    if (current.version() != expectedVersion) {
      throw new ConcurrentUpdateException("order " + id, expectedVersion, current.version());
    }
    return write(current, event, actor, why);
  }

  private Order write(Order current, OrderEvent event, Actor actor, Optional<String> reason) {
    return store(current, current.apply(event, actor, clock.instant(), reason), actor);
  }

  /** Stores {@code next} in place of {@code current}, moving reservations as the difference asks. */
  private Order store(Order current, Order next, Actor actor) {
    if (inventory.isEmpty()) {
      dispatch(store.update(next, current.version()));
      return next;
    }
    // Reserve before the order is written (and give it back if the write fails); release and commit after.
    ReservedUnits.Change change = ReservedUnits.between(current, next);
    Map<ReservedUnits.Cell, Integer> reserved = reserve(next, change.reserve());
    List<OutboxEntry> written;
    try {
      written = store.update(next, current.version());
    } catch (RuntimeException e) {
      releaseQuietly(next, reserved);
      throw e;
    }
    releaseQuietly(next, change.release());
    commitQuietly(next, change.commit(), actor);
    dispatch(written);
    return next;
  }

  /** Reserves every cell or none: on a shortage, gives back what it took and throws. */
  private Map<ReservedUnits.Cell, Integer> reserve(Order order, Map<ReservedUnits.Cell, Integer> cells) {
    Inventory inv = inventory.orElseThrow();
    Map<ReservedUnits.Cell, Integer> done = new LinkedHashMap<>();
    for (Map.Entry<ReservedUnits.Cell, Integer> e : cells.entrySet()) {
      ReservedUnits.Cell cell = e.getKey();
      ReservationResult result;
      try {
        result = inv.reserveMore(ReservedUnits.reservationId(order, cell), order.id().value(),
            ReservedUnits.line(cell, e.getValue()));
      } catch (RuntimeException ex) {
        releaseQuietly(order, done);
        throw ex;
      }
      if (!result.complete()) {
        releaseQuietly(order, done);
        throw new InsufficientStockException("cannot allocate line " + cell.lineId() + " of order " + order.id(),
            result.shortages());
      }
      done.put(cell, e.getValue());
    }
    return done;
  }

  private void releaseQuietly(Order order, Map<ReservedUnits.Cell, Integer> cells) {
    for (Map.Entry<ReservedUnits.Cell, Integer> e : cells.entrySet()) {
      ReservationId id = ReservedUnits.reservationId(order, e.getKey());
      try {
        inventory.orElseThrow().release(id, List.of(ReservedUnits.line(e.getKey(), e.getValue())));
      } catch (RuntimeException ex) {
        log.error("could not release {} units of reservation {}; reconcile inventory", e.getValue(), id, ex);
      }
    }
  }

  private void commitQuietly(Order order, Map<ReservedUnits.Cell, Integer> cells, Actor actor) {
    for (Map.Entry<ReservedUnits.Cell, Integer> e : cells.entrySet()) {
      ReservationId id = ReservedUnits.reservationId(order, e.getKey());
      try {
        inventory.orElseThrow().commit(id, List.of(ReservedUnits.line(e.getKey(), e.getValue())), actor,
            order.id().value());
      } catch (RuntimeException ex) {
        log.error("could not commit {} units of reservation {}; reconcile inventory", e.getValue(), id, ex);
      }
    }
  }

  /**
   * Makes inventory agree with the orders again after a crash or a failed release: for every active reservation an
   * order holds (reference = order id), compares its units with what the order holds per line and location
   * (allocated units plus units in shipments still in the warehouse), releases the surplus, and releases every
   * reservation of an order that does not exist. Orders and inventory are written one after the other (stock is
   * reserved before the order is written and released after), so a process that dies in between can leave such
   * surplus behind; nothing else does. Run it after a restart, or on a schedule.
   *
   * @return the reservations changed
   * @throws IllegalStateException if no inventory was configured
   */
  public List<Reservation> reconcileReservations() {
    Inventory inv = inventory.orElseThrow(() -> new IllegalStateException("no inventory configured"));
    List<Reservation> changed = new ArrayList<>();
    Map<OrderId, Map<ReservationId, Integer>> expectedByOrder = new HashMap<>();
    for (Reservation r : inv.store().activeReservations()) {
      Optional<OrderId> orderId = ReservedUnits.orderOf(r);
      if (orderId.isEmpty()) {
        continue; // not an order's reservation (a checkout, a host's own)
      }
      Map<ReservationId, Integer> expected = expectedByOrder.computeIfAbsent(orderId.get(), id -> {
        Map<ReservationId, Integer> units = new HashMap<>();
        find(id).ifPresent(o -> ReservedUnits.held(o)
            .forEach((cell, q) -> units.put(ReservedUnits.reservationId(o, cell), q)));
        return units;
      });
      int want = expected.getOrDefault(r.id(), 0);
      int have = r.lines().stream().mapToInt(ReservationLine::quantity).sum();
      if (have > want) {
        ReservationLine line = r.lines().get(0); // an order's reservation holds one SKU at one location
        try {
          changed.add(inv.release(r.id(), List.of(ReservationLine.of(line.sku(), line.locationId(), have - want))));
        } catch (IllegalTransitionException | InvalidInputException raced) {
          log.debug("reservation {} changed while reconciling: {}", r.id(), raced.getMessage());
        }
      } else if (have < want) {
        log.warn("order {} holds {} units under reservation {} but inventory has {}; reallocate the order",
            orderId.get(), want, r.id(), have);
      }
    }
    return changed;
  }

  /**
   * Allocates stock that arrived at a location to the orders waiting for a SKU: backordered (and open) units of
   * validated, unheld orders, first in first out by creation time, then order id.
   *
   * @return the orders that got stock
   * @throws IllegalStateException if no inventory was configured
   */
  public List<Order> fillBackorders(Sku sku, LocationId location, Actor actor) {
    return fillBackorders(sku, location, actor,
        Comparator.comparing(Order::createdAt).thenComparing(o -> o.id().value()));
  }

  /**
   * Allocates stock that arrived at a location to the orders waiting for a SKU, in the given priority order.
   *
   * @param priority which order gets stock first
   * @return the orders that got stock
   * @throws IllegalStateException if no inventory was configured
   */
  public List<Order> fillBackorders(Sku sku, LocationId location, Actor actor, Comparator<Order> priority) {
    requireNonNull(sku, "sku");
    requireNonNull(location, "location");
    requireNonNull(actor, "actor");
    requireNonNull(priority, "priority");
    Inventory inv = inventory.orElseThrow(() -> new IllegalStateException("no inventory configured"));
    List<Order> waiting = new ArrayList<>();
    for (OrderStatus status : List.of(OrderStatus.BACKORDERED, OrderStatus.PARTIALLY_ALLOCATED,
        OrderStatus.PARTIALLY_SHIPPED)) {
      for (Order o : store.findByStatus(status)) {
        if (waitingUnits(o, sku) > 0) {
          waiting.add(o);
        }
      }
    }
    waiting.sort(priority);
    List<Order> filled = new ArrayList<>();
    for (Order o : waiting) {
      Order current = o;
      for (OrderLine line : o.lines()) {
        if (!line.sku().equals(sku)) {
          continue;
        }
        LineQuantities q = current.quantities(line.id());
        int units = Math.min(q.open() + q.backordered(), inv.availableToPromise(sku, location));
        if (units <= 0) {
          continue;
        }
        try {
          current = apply(o.id(), new OrderEvent.LineAllocated(line.id(), location, units), actor,
              "backorder filled at " + location);
        } catch (IllegalTransitionException | InsufficientStockException e) {
          log.debug("order {} could not take stock: {}", o.id(), e.getMessage());
        }
      }
      if (current != o) {
        filled.add(current);
      }
      if (inv.availableToPromise(sku, location) == 0) {
        break;
      }
    }
    return filled;
  }

  /**
   * When the units of a line still waiting for stock (open or backordered) can be expected: the date by which the
   * network's available-to-promise plus open purchase orders covers them and every unit of the same SKU waiting in
   * orders created before this one (first in, first out).
   *
   * @return the date; empty if nothing is waiting on the line or the purchase orders do not cover it
   * @throws IllegalStateException if no inventory was configured
   */
  public Optional<LocalDate> expectedAvailability(OrderId id, LineId lineId) {
    Inventory inv = inventory.orElseThrow(() -> new IllegalStateException("no inventory configured"));
    Order order = get(id);
    OrderLine line = order.line(lineId)
        .orElseThrow(() -> new InvalidInputException("lineId", lineId, "order " + id + " has no such line"));
    LineQuantities q = order.quantities(lineId);
    int mine = q.open() + q.backordered();
    if (mine == 0) {
      return Optional.empty();
    }
    int ahead = 0;
    for (OrderStatus status : List.of(OrderStatus.VALIDATED, OrderStatus.BACKORDERED,
        OrderStatus.PARTIALLY_ALLOCATED, OrderStatus.PARTIALLY_SHIPPED)) {
      for (Order o : store.findByStatus(status)) {
        boolean earlier = o.createdAt().isBefore(order.createdAt())
            || (o.createdAt().equals(order.createdAt()) && o.id().value().compareTo(id.value()) < 0);
        if (earlier) {
          ahead += waitingUnits(o, line.sku());
        }
      }
    }
    return inv.availableBy(line.sku(), ahead + mine);
  }

  private static int waitingUnits(Order order, Sku sku) {
    int units = 0;
    for (OrderLine line : order.lines()) {
      if (line.sku().equals(sku)) {
        LineQuantities q = order.quantities(line.id());
        units += q.open() + q.backordered();
      }
    }
    return units;
  }

  /**
   * Offers every event still in the outbox (a listener failed on it earlier) to the listeners again, and removes
   * those all listeners took.
   *
   * @return the number of events delivered
   */
  public int redeliverPendingEvents() {
    int delivered = 0;
    long after = 0; // each pending event is offered once per call, in outbox order
    while (true) {
      List<OutboxEntry> batch = store.pendingEvents(after, 1_000);
      if (batch.isEmpty()) {
        return delivered;
      }
      delivered += dispatch(batch);
      after = batch.get(batch.size() - 1).position();
    }
  }

  /**
   * Delivers the events waiting in the outbox to the listeners as {@code consumer}, with any number of instances
   * doing the same at once: each batch is claimed for {@code lease} ({@link OrderStore#claim}), so instances
   * neither deliver one event at the same time nor an order's events out of sequence. An event every listener took
   * is acknowledged; after one a listener failed on, the later events of its order wait, and the claim on it runs
   * out after {@code lease}, when it is offered again. Choose a lease longer than delivering a batch takes.
   *
   * @return the number of events delivered
   * @throws InvalidInputException if {@code lease} is not positive
   */
  public int deliverOutbox(ConsumerId consumer, Duration lease) {
    Checks.present("consumer", consumer);
    if (lease == null || lease.isNegative() || lease.isZero()) {
      throw new InvalidInputException("lease", lease, "must be positive");
    }
    int delivered = 0;
    while (true) {
      List<OutboxEntry> batch = store.claim(consumer, 1_000, clock.instant(), lease);
      List<Long> done = new ArrayList<>(batch.size());
      Set<OrderId> stopped = new HashSet<>();
      for (OutboxEntry entry : batch) {
        OrderId order = entry.event().orderId();
        if (!stopped.contains(order)) {
          if (deliver(entry.event())) {
            done.add(entry.position());
          } else {
            stopped.add(order);
          }
        }
      }
      delivered += store.acknowledge(consumer, done);
      if (done.isEmpty()) {
        return delivered;
      }
    }
  }

  /** Delivers entries to every listener; acknowledges those every listener took; returns how many. */
  private int dispatch(List<OutboxEntry> entries) {
    List<Long> done = new ArrayList<>(entries.size());
    for (OutboxEntry entry : entries) {
      if (deliver(entry.event())) {
        done.add(entry.position());
      }
    }
    store.acknowledge(done);
    return done.size();
  }

  private boolean deliver(RecordedEvent event) {
    boolean ok = true;
    for (OrderEventListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        ok = false;
        log.warn("listener {} failed on event {} of order {}; it stays in the outbox", listener,
            event.sequence(), event.orderId(), e);
      }
    }
    return ok;
  }

  /** Builds an {@link OrderManagement}. */
  public static final class Builder {
    private OrderStore store = OrderStore.inMemory();
    private Clock clock = Clock.systemUTC();
    private IdGenerator ids = IdGenerator.random();
    private final List<OrderEventListener> listeners = new ArrayList<>();
    private int maxRetries = 1_000;
    private Optional<Inventory> inventory = Optional.empty();

    private Builder() {}

    /**
     * The inventory orders reserve stock in. With one, allocating a line reserves its units at the location
     * (refused with {@link InsufficientStockException} when they are not available to promise), deallocating or
     * cancelling releases them, and shipping commits them. Without one, allocations are bookkeeping only.
     */
    public Builder inventory(Inventory inventory) {
      this.inventory = Optional.of(requireNonNull(inventory, "inventory"));
      return this;
    }

    /** The store; in-memory unless set. */
    public Builder store(OrderStore store) {
      this.store = requireNonNull(store, "store");
      return this;
    }

    /** The clock; the UTC system clock unless set. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** The id generator; random UUIDs unless set. */
    public Builder idGenerator(IdGenerator ids) {
      this.ids = requireNonNull(ids, "ids");
      return this;
    }

    /** Adds a listener; listeners are called in the order added. */
    public Builder listener(OrderEventListener listener) {
      listeners.add(requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * How often a command is re-applied when the order changed concurrently (default 1000).
     *
     * @throws InvalidInputException if negative
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new InvalidInputException("maxRetries", maxRetries, "must not be negative");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** The configured {@link OrderManagement}. */
    public OrderManagement build() {
      return new OrderManagement(this);
    }
  }
}
