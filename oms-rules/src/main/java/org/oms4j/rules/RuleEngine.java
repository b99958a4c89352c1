package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the rule set in force and swaps it atomically while orders flow: a caller that takes {@link #current()}
 * once uses one consistent rule set for its whole decision, and a swap never shows half of a new set.
 */
public final class RuleEngine {
  private final AtomicReference<RuleSet> current;

  /** An engine starting with {@code initial}. */
  public RuleEngine(RuleSet initial) {
    this.current = new AtomicReference<>(requireNonNull(initial, "initial"));
  }

  /** The rule set in force. */
  public RuleSet current() {
    return current.get();
  }

  /** Puts {@code next} in force; returns the set it replaced. */
  public RuleSet swap(RuleSet next) {
    return current.getAndSet(requireNonNull(next, "next"));
  }
}
