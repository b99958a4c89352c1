package org.oms4j.core.order;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.oms4j.core.IllegalTransitionException;

/**
 * A state machine's transition table as data: for a state and an event, the states the entity may move to (none:
 * the event is illegal there). Tables of lines, shipments and returns have exactly one target per legal pair; the
 * order's table lists the set of statuses its derived status may take. Immutable and thread-safe.
 *
 * @param <S> the states
 * @param <E> the events
 */
public final class TransitionTable<S extends Enum<S>, E extends Enum<E>> {
  private final String name;
  private final Class<S> stateType;
  private final Class<E> eventType;
  private final ImmutableSet<S>[][] targets; // [state.ordinal][event.ordinal]

  private TransitionTable(String name, Class<S> stateType, Class<E> eventType, ImmutableSet<S>[][] targets) {
    this.name = name;
    this.stateType = stateType;
    this.eventType = eventType;
    this.targets = targets;
  }

  static <S extends Enum<S>, E extends Enum<E>> Builder<S, E> builder(
      String name, Class<S> stateType, Class<E> eventType) {
    return new Builder<>(name, stateType, eventType);
  }

  /** The table's name, e.g. {@code shipment}. */
  public String name() {
    return name;
  }

  /** The states {@code event} may lead to from {@code from}; empty when the event is illegal there. */
  public Set<S> targets(S from, E event) {
    return targets[from.ordinal()][event.ordinal()];
  }

  /** Whether {@code event} is legal in {@code from}. */
  public boolean permits(S from, E event) {
    return !targets(from, event).isEmpty();
  }

  /** Whether {@code event} may move an entity from {@code from} to {@code to}. */
  public boolean permits(S from, E event, S to) {
    return targets(from, event).contains(to);
  }

  /** The events legal in {@code from}. */
  public Set<E> eventsFrom(S from) {
    EnumSet<E> events = EnumSet.noneOf(eventType);
    for (E e : eventType.getEnumConstants()) {
      if (permits(from, e)) {
        events.add(e);
      }
    }
    return events;
  }

  /**
   * The single target of a deterministic transition.
   *
   * @param entity the entity, named in the exception
   * @throws IllegalTransitionException if the event is illegal in {@code from}
   */
  public S fire(S from, E event, String entity) {
    return fire(from, event, () -> entity);
  }

  /**
   * The single target of a deterministic transition; the entity's name is only built when the event is refused.
   *
   * @throws IllegalTransitionException if the event is illegal in {@code from}
   */
  public S fire(S from, E event, Supplier<String> entity) {
    Set<S> to = targets(from, event);
    if (to.isEmpty()) {
      throw new IllegalTransitionException(entity.get(), from, event, "");
    }
    if (to.size() != 1) {
      throw new IllegalStateException(name + " table is not deterministic for " + from + " x " + event);
    }
    return to.iterator().next();
  }

  /**
   * Checks that {@code event} is legal in {@code from}.
   *
   * @throws IllegalTransitionException if not
   */
  public void require(S from, E event, String entity) {
    require(from, event, () -> entity);
  }

  /**
   * Checks that {@code event} is legal in {@code from}; the entity's name is only built when it is not.
   *
   * @throws IllegalTransitionException if not
   */
  public void require(S from, E event, Supplier<String> entity) {
    if (!permits(from, event)) {
      throw new IllegalTransitionException(entity.get(), from, event, "");
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name).append(" transitions:\n");
    for (S s : stateType.getEnumConstants()) {
      for (E e : eventType.getEnumConstants()) {
        Set<S> to = targets(s, e);
        if (!to.isEmpty()) {
          sb.append("  ").append(s).append(" --").append(e).append("--> ").append(to).append('\n');
        }
      }
    }
    return sb.toString();
  }

  static final class Builder<S extends Enum<S>, E extends Enum<E>> {
    private final String name;
    private final Class<S> stateType;
    private final Class<E> eventType;
    private final EnumSet<S>[][] targets;

    @SuppressWarnings("unchecked")
    private Builder(String name, Class<S> stateType, Class<E> eventType) {
      this.name = requireNonNull(name);
      this.stateType = stateType;
      this.eventType = eventType;
      int states = stateType.getEnumConstants().length;
      int events = eventType.getEnumConstants().length;
      targets = new EnumSet[states][events];
      for (EnumSet<S>[] row : targets) {
        for (int i = 0; i < events; i++) {
          row[i] = EnumSet.noneOf(stateType);
        }
      }
    }

    /** Permits {@code event} from {@code from} to {@code to}. */
    Builder<S, E> permit(S from, E event, S to) {
      targets[from.ordinal()][event.ordinal()].add(to);
      return this;
    }

    /** Permits {@code event} from each of {@code from} to each of {@code to}. */
    Builder<S, E> permit(Set<S> from, E event, Set<S> to) {
      for (S f : from) {
        for (S t : to) {
          permit(f, event, t);
        }
      }
      return this;
    }

    /** Permits {@code event} from each of {@code states} to the same state. */
    Builder<S, E> permitSelf(Set<S> states, E event) {
      for (S s : states) {
        permit(s, event, s);
      }
      return this;
    }

    @SuppressWarnings("unchecked")
    TransitionTable<S, E> build() {
      ImmutableSet<S>[][] copy = new ImmutableSet[targets.length][];
      for (int i = 0; i < targets.length; i++) {
        copy[i] = Arrays.stream(targets[i]).map(ImmutableSet::copyOf).toArray(ImmutableSet[]::new);
      }
      return new TransitionTable<>(name, stateType, eventType, copy);
    }
  }
}
