package org.oms4j.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.oms4j.core.ConcurrentUpdateException;
import org.oms4j.core.OrderNotFoundException;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.RecordedEvent;
import org.oms4j.core.spi.InsertResult;
import org.oms4j.core.spi.OrderStore;
import org.oms4j.core.spi.OutboxEntry;

/**
 * The default {@link OrderStore}: concurrent maps. Each order's insert or update, with its outbox entries and status
 * index, happens inside one {@link ConcurrentHashMap#compute} on that order's key, so writes to one order are
 * serialised and writes to different orders run in parallel.
 */
public final class InMemoryOrderStore implements OrderStore {
  private final ConcurrentHashMap<OrderId, Order> orders = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<ExternalKey, OrderId> keys = new ConcurrentHashMap<>();
  private final Map<OrderStatus, Set<OrderId>> byStatus = new EnumMap<>(OrderStatus.class);
  private final ConcurrentSkipListMap<Long, RecordedEvent> outbox = new ConcurrentSkipListMap<>();
  private final AtomicLong outboxPosition = new AtomicLong();

  /** An empty store. */
  public InMemoryOrderStore() {
    for (OrderStatus s : OrderStatus.values()) {
      byStatus.put(s, ConcurrentHashMap.newKeySet());
    }
  }

  private record ExternalKey(SalesChannel channel, String externalOrderId) {}

  @Override
  public InsertResult insert(Order order) {
    List<OutboxEntry> written = new ArrayList<>(1);
    ExternalKey key = new ExternalKey(order.draft().channel(), order.draft().externalOrderId());
    OrderId winner = keys.computeIfAbsent(key, k -> {
      Order previous = orders.putIfAbsent(order.id(), order);
      if (previous != null) {
        throw new IllegalArgumentException("order id " + order.id() + " already used by channel "
            + previous.draft().channel() + " order " + previous.draft().externalOrderId());
      }
      byStatus.get(order.status()).add(order.id());
      written.addAll(append(order.auditTrail(), 0));
      return order.id();
    });
    Order stored = orders.get(winner);
    return new InsertResult(stored, stored == order, written);
  }

  @Override
  public List<OutboxEntry> update(Order order, long expectedVersion) {
    List<OutboxEntry> written = new ArrayList<>();
    orders.compute(order.id(), (id, current) -> {
      if (current == null) {
        throw new OrderNotFoundException(id.value());
      }
      if (current.version() != expectedVersion) {
        throw new ConcurrentUpdateException("order " + id, expectedVersion, current.version());
      }
      if (order.version() <= expectedVersion) {
        throw new IllegalArgumentException("order " + id + " at version " + order.version()
            + " is not newer than " + expectedVersion);
      }
      written.addAll(append(order.auditTrail(), (int) expectedVersion));
      OrderStatus before = current.status();
      OrderStatus after = order.status();
      if (before != after) {
        byStatus.get(after).add(id);
        byStatus.get(before).remove(id);
      }
      return order;
    });
    return written;
  }

  private List<OutboxEntry> append(List<RecordedEvent> trail, int from) {
    List<OutboxEntry> entries = new ArrayList<>(trail.size() - from);
    for (RecordedEvent e : trail.subList(from, trail.size())) {
      long position = outboxPosition.incrementAndGet();
      outbox.put(position, e);
      entries.add(new OutboxEntry(position, e));
    }
    return entries;
  }

  @Override
  public Optional<Order> find(OrderId id) {
    return Optional.ofNullable(orders.get(id));
  }

  @Override
  public Optional<Order> findByExternalId(SalesChannel channel, String externalOrderId) {
    OrderId id = keys.get(new ExternalKey(channel, externalOrderId));
    return id == null ? Optional.empty() : find(id);
  }

  @Override
  public List<Order> findByStatus(OrderStatus status) {
    List<Order> found = new ArrayList<>();
    for (OrderId id : byStatus.get(status)) {
      Order order = orders.get(id);
      // the index may briefly lag a concurrent update: report only what the order itself says
      if (order != null && order.status() == status) {
        found.add(order);
      }
    }
    return found;
  }

  @Override
  public long count() {
    return orders.size();
  }

  @Override
  public List<OutboxEntry> pendingEvents(long afterPosition, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    List<OutboxEntry> pending = new ArrayList<>(Math.min(max, 1024));
    for (Map.Entry<Long, RecordedEvent> e : outbox.tailMap(afterPosition, false).entrySet()) {
      if (pending.size() == max) {
        break;
      }
      pending.add(new OutboxEntry(e.getKey(), e.getValue()));
    }
    return pending;
  }

  @Override
  public void acknowledge(Collection<Long> positions) {
    for (Long p : positions) {
      outbox.remove(p);
    }
  }
}
