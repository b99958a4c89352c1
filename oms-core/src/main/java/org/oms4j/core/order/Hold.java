package org.oms4j.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.oms4j.core.common.Actor;

/** A hold on an order: who placed it, when and why; and, once released, who released it and when. */
@Value.Immutable(copy = true)
@JsonSerialize(as = ImmutableHold.class)
@JsonDeserialize(as = ImmutableHold.class)
public abstract class Hold {
  Hold() {}

  /** The hold's id. */
  public abstract HoldId id();

  /** Why the order is held. */
  public abstract HoldType type();

  /** Who placed it. */
  public abstract Actor placedBy();

  /** When it was placed. */
  public abstract Instant placedAt();

  /** The reason given when it was placed. */
  public abstract Optional<String> reason();

  /** Who released it, once released. */
  public abstract Optional<Actor> releasedBy();

  /** When it was released, once released. */
  public abstract Optional<Instant> releasedAt();

  /** Whether the hold still stops the order. */
  public boolean active() {
    return releasedAt().isEmpty();
  }

  Hold release(Actor actor, Instant at) {
    return ((ImmutableHold) this).withReleasedBy(actor).withReleasedAt(at);
  }
}
