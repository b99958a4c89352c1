package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oms4j.core.common.SalesChannel;

/** {@link UpdateWatermarks#inMemory}: an access-ordered map bounded to the most recently updated orders. */
final class InMemoryUpdateWatermarks implements UpdateWatermarks {
  private record Key(SalesChannel channel, String externalOrderId) {}

  private final LinkedHashMap<Key, Instant> newest;

  InMemoryUpdateWatermarks(int maxOrders) {
    this.newest = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Instant> eldest) {
        return size() > maxOrders;
      }
    };
  }

  @Override
  public synchronized boolean advance(SalesChannel channel, String externalOrderId, Instant updatedAt) {
    Key key = new Key(requireNonNull(channel, "channel"), requireNonNull(externalOrderId, "externalOrderId"));
    requireNonNull(updatedAt, "updatedAt");
    Instant known = newest.get(key);
    if (known != null && updatedAt.isBefore(known)) {
      return false;
    }
    newest.put(key, updatedAt);
    return true;
  }
}
