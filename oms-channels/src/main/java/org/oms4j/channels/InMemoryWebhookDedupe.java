package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.OrderId;

/**
 * {@link WebhookDedupe#inMemory}: ids in the order they were remembered, each with its expiry; expired ids are
 * dropped from the front on every write and ignored on read, and the oldest go when the size is exceeded.
 */
final class InMemoryWebhookDedupe implements WebhookDedupe {
  private record Key(SalesChannel channel, String webhookId) {}

  private record Entry(OrderId orderId, Instant expiresAt) {}

  private final int maxEntries;
  private final Duration ttl;
  private final Clock clock;
  private final Object lock = new Object();
  private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>();

  InMemoryWebhookDedupe(int maxEntries, Duration ttl, Clock clock) {
    this.maxEntries = maxEntries;
    this.ttl = ttl;
    this.clock = clock;
  }

  @Override
  public Optional<OrderId> seen(SalesChannel channel, String webhookId) {
    Key key = new Key(requireNonNull(channel, "channel"), requireNonNull(webhookId, "webhookId"));
    Instant now = clock.instant();
    synchronized (lock) {
      Entry e = entries.get(key);
      if (e == null) {
        return Optional.empty();
      }
      if (!now.isBefore(e.expiresAt())) {
        entries.remove(key);
        return Optional.empty();
      }
      return Optional.of(e.orderId());
    }
  }

  @Override
  public void remember(SalesChannel channel, String webhookId, OrderId orderId) {
    Key key = new Key(requireNonNull(channel, "channel"), requireNonNull(webhookId, "webhookId"));
    requireNonNull(orderId, "orderId");
    Instant now = clock.instant();
    synchronized (lock) {
      entries.remove(key); // re-inserted at the end: the newest
      entries.put(key, new Entry(orderId, now.plus(ttl)));
      Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<Key, Entry> oldest = it.next();
        if (entries.size() > maxEntries || !now.isBefore(oldest.getValue().expiresAt())) {
          it.remove();
        } else {
          break;
        }
      }
    }
  }

  /** How many ids are held, expired ones not yet dropped included. */
  int size() {
    synchronized (lock) {
      return entries.size();
    }
  }

  @Override
  public String toString() {
    return "WebhookDedupe.inMemory[max " + maxEntries + ", ttl " + ttl + "]";
  }
}
