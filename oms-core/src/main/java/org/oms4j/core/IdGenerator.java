package org.oms4j.core;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the ids oms4j assigns (orders, holds, shipments, returns, inventory operations). Inject a deterministic one in tests and replays.
 */
@FunctionalInterface
public interface IdGenerator {
  /** What an id is for. */
  enum Kind {
    /** An order. */
    ORDER("O"),
    /** A hold. */
    HOLD("H"),
    /** A shipment. */
    SHIPMENT("S"),
    /** A return. */
    RETURN("R"),
    /** An inventory operation ({@link org.oms4j.core.inventory.OperationId}). */
    OPERATION("OP");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    /** A short prefix for ids of this kind. */
    public String prefix() {
      return prefix;
    }
  }

  /** A new id of this kind, unique among ids of the kind this generator made. */
  String next(Kind kind);

  /** Random UUIDs with a kind prefix, such as {@code O-4f6c...}: the default. */
  static IdGenerator random() {
    return kind -> kind.prefix() + "-" + UUID.randomUUID();
  }

  /** Counters per kind, {@code O-1}, {@code O-2}, ...: deterministic, for tests, demos and replays. */
  static IdGenerator sequential() {
    Map<Kind, AtomicLong> counters = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      counters.put(k, new AtomicLong());
    }
    return kind -> kind.prefix() + "-" + counters.get(kind).incrementAndGet();
  }
}
