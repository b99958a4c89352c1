package org.oms4j.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.oms4j.core.ConcurrentUpdateException;
import org.oms4j.core.OrderNotFoundException;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.RecordedEvent;
import org.oms4j.core.spi.ConsumerId;
import org.oms4j.core.spi.CreationOrder;
import org.oms4j.core.spi.InsertResult;
import org.oms4j.core.spi.OrderStore;
import org.oms4j.core.spi.OutboxEntry;

/**
 * The default {@link OrderStore}: concurrent maps. Each order's insert or update, with its outbox entries and status
 * index, happens inside one {@link ConcurrentHashMap#compute} on that order's key, so writes to one order are
 * serialised and writes to different orders run in parallel. Each order's pending outbox positions are indexed
 * (added before the entry itself), so a claim can tell whether an entry is its order's next one even while writers
 * append concurrently.
 */
public final class InMemoryOrderStore implements OrderStore {
  private final ConcurrentHashMap<OrderId, Order> orders = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<ExternalKey, OrderId> keys = new ConcurrentHashMap<>();
  private final Map<OrderStatus, Set<OrderId>> byStatus = new EnumMap<>(OrderStatus.class);
  private final ConcurrentSkipListMap<Long, RecordedEvent> outbox = new ConcurrentSkipListMap<>();
  private final AtomicLong outboxPosition = new AtomicLong();
  private final ConcurrentHashMap<OrderId, NavigableSet<Long>> pendingByOrder = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, Lease> leases = new ConcurrentHashMap<>();
  private final ReentrantLock claiming = new ReentrantLock();

  /** Who holds an outbox entry, and until when. */
  private record Lease(ConsumerId consumer, Instant until) {}

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
    boolean[] repeat = {false};
    orders.compute(order.id(), (id, current) -> {
      if (current == null) {
        throw new OrderNotFoundException(id.value());
      }
      if (current.version() != expectedVersion && order.version() > expectedVersion
          && current.version() == order.version() && current.equals(order)) {
        repeat[0] = true; // this very update was applied before: a retry
        return current;
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
    return repeat[0] ? pendingOf(order.id(), expectedVersion, order.version()) : written;
  }

  /** The entries of an order still in the outbox whose sequence is in (after, upTo]. */
  private List<OutboxEntry> pendingOf(OrderId id, long after, long upTo) {
    List<OutboxEntry> pending = new ArrayList<>();
    for (long position : pendingByOrder.getOrDefault(id, new ConcurrentSkipListSet<>())) {
      RecordedEvent e = outbox.get(position);
      if (e != null && e.sequence() > after && e.sequence() <= upTo) {
        pending.add(new OutboxEntry(position, e));
      }
    }
    return pending;
  }

  private List<OutboxEntry> append(List<RecordedEvent> trail, int from) {
    List<OutboxEntry> entries = new ArrayList<>(trail.size() - from);
    for (RecordedEvent e : trail.subList(from, trail.size())) {
      long position = outboxPosition.incrementAndGet();
      pendingByOrder.compute(e.orderId(), (k, set) -> {
        NavigableSet<Long> positions = set == null ? new ConcurrentSkipListSet<>() : set;
        positions.add(position);
        return positions;
      });
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
  public List<Order> findByStatus(OrderStatus status, CreationOrder order, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    Comparator<Order> oldestFirst =
        Comparator.comparing(Order::createdAt).thenComparing(o -> o.id().value());
    List<Order> found = findByStatus(status);
    found.sort(order == CreationOrder.OLDEST_FIRST ? oldestFirst : oldestFirst.reversed());
    return found.size() <= limit ? found : new ArrayList<>(found.subList(0, limit));
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
      remove(p);
    }
  }

  private boolean remove(long position) {
    RecordedEvent e = outbox.remove(position);
    leases.remove(position);
    if (e == null) {
      return false;
    }
    pendingByOrder.computeIfPresent(e.orderId(), (k, set) -> {
      set.remove(position);
      return set.isEmpty() ? null : set;
    });
    return true;
  }

  @Override
  public List<OutboxEntry> claim(ConsumerId consumer, int max, Instant now, Duration lease) {
    if (max <= 0) {
      throw new IllegalArgumentException("max must be positive: " + max);
    }
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive: " + lease);
    }
    Instant until = now.plus(lease);
    claiming.lock();
    try {
      List<OutboxEntry> batch = new ArrayList<>(Math.min(max, 1024));
      Set<OrderId> blocked = new HashSet<>();
      Map<OrderId, Long> lastTaken = new HashMap<>();
      for (Map.Entry<Long, RecordedEvent> e : outbox.entrySet()) {
        if (batch.size() == max) {
          break;
        }
        long position = e.getKey();
        OrderId order = e.getValue().orderId();
        if (blocked.contains(order)) {
          continue;
        }
        Lease held = leases.get(position);
        NavigableSet<Long> pending = pendingByOrder.get(order);
        Long previous = lastTaken.get(order);
        Long next = pending == null ? null
            : previous == null ? pending.ceiling(Long.MIN_VALUE) : pending.higher(previous);
        if ((held != null && now.isBefore(held.until())) || next == null || next != position) {
          blocked.add(order); // held by someone, or an earlier entry of the order is not in this claim
          continue;
        }
        leases.put(position, new Lease(consumer, until));
        lastTaken.put(order, position);
        batch.add(new OutboxEntry(position, e.getValue()));
      }
      return batch;
    } finally {
      claiming.unlock();
    }
  }

  @Override
  public int acknowledge(ConsumerId consumer, Collection<Long> positions) {
    claiming.lock();
    try {
      int removed = 0;
      for (Long p : positions) {
        Lease held = leases.get(p);
        if (held != null && held.consumer().equals(consumer) && remove(p)) {
          removed++;
        }
      }
      return removed;
    } finally {
      claiming.unlock();
    }
  }
}
