package org.oms4j.core;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.SalesChannel;
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

  private OrderManagement(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.ids = b.ids;
    this.listeners = List.copyOf(b.listeners);
    this.maxRetries = b.maxRetries;
  }

  /** A builder with in-memory defaults: {@link OrderStore#inMemory()}, the UTC system clock, random ids. */
  public static Builder builder() {
    return new Builder();
  }

  /** The clock every recorded event is stamped with. */
  public Clock clock() {
    return clock;
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

  /** Marks the order validated. */
  public Order validate(OrderId id, Actor actor) {
    return apply(id, new OrderEvent.Validated(), actor, null);
  }

  /** Places a hold; the new hold is the last of {@link Order#holds()}. */
  public Order placeHold(OrderId id, HoldType type, Actor actor, String reason) {
    return apply(id, new OrderEvent.HoldPlaced(HoldId.of(ids.next(IdGenerator.Kind.HOLD)), type), actor, reason);
  }

  /** Releases a hold; releasing the last active one resumes the flow. */
  public Order releaseHold(OrderId id, HoldId holdId, Actor actor, String reason) {
    return apply(id, new OrderEvent.HoldReleased(holdId), actor, reason);
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
    return apply(id, new OrderEvent.ShipmentReleased(shipmentId, location, items), actor, null);
  }

  /** Requests a return of delivered units; the return is the last of {@link Order#returns()}. */
  public Order requestReturn(OrderId id, List<LineQuantity> items, String reason, Actor actor) {
    ReturnId returnId = ReturnId.of(ids.next(IdGenerator.Kind.RETURN));
    return apply(id, new OrderEvent.ReturnRequested(returnId, items, reason), actor, reason);
  }

  /**
   * Applies an event to the latest version of the order, retrying on concurrent updates.
   *
   * @param reason why, or null
   * @throws OrderNotFoundException if there is no such order
   * @throws IllegalTransitionException if the event is not legal in the order's current state
   * @throws InvalidInputException if the event refers to something the order does not have
   * @throws ConcurrentUpdateException if the order kept changing through every retry
   */
  public Order apply(OrderId id, OrderEvent event, Actor actor, String reason) {
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
    requireNonNull(event, "event");
    requireNonNull(actor, "actor");
    Order current = get(id);
    if (current.version() != expectedVersion) {
      throw new ConcurrentUpdateException("order " + id, expectedVersion, current.version());
    }
    return write(current, event, actor, reason);
  }

  private Order write(Order current, OrderEvent event, Actor actor, String reason) {
    Order next = current.apply(event, actor, clock.instant(), Optional.ofNullable(reason));
    dispatch(store.update(next, current.version()));
    return next;
  }

  /**
   * Offers every event still in the outbox (a listener failed on it earlier) to the listeners again, and removes
   * those all listeners took.
   *
   * @return the number of events delivered
   */
  public int redeliverPendingEvents() {
    int delivered = 0;
    while (true) {
      List<OutboxEntry> batch = store.pendingEvents(1_000);
      if (batch.isEmpty()) {
        return delivered;
      }
      int before = delivered;
      delivered += dispatch(batch);
      if (delivered == before) {
        return delivered; // every remaining entry still fails: leave them for later
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

    private Builder() {}

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
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
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
