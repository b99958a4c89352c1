package org.oms4j.core.common;

import static java.util.Objects.requireNonNull;

import org.oms4j.core.internal.Checks;

/**
 * Who did something: recorded with every accepted transition in the audit trail.
 *
 * @param kind what kind of actor
 * @param name its name: a user name, an integration or a system component
 */
public record Actor(Kind kind, String name) {
  /** What kind of actor acted. */
  public enum Kind {
    /** oms4j itself or the host application acting automatically. */
    SYSTEM,
    /** A person. */
    USER,
    /** An external system: a shop platform, a carrier, a WMS. */
    INTEGRATION
  }

  /** @throws org.oms4j.core.InvalidInputException if the name is blank */
  public Actor {
    requireNonNull(kind, "kind");
    Checks.text("actor.name", name, 200);
  }

  /** The host system acting automatically, named {@code name}. */
  public static Actor system(String name) {
    return new Actor(Kind.SYSTEM, name);
  }

  /** A person. */
  public static Actor user(String name) {
    return new Actor(Kind.USER, name);
  }

  /** An external system. */
  public static Actor integration(String name) {
    return new Actor(Kind.INTEGRATION, name);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
  }
}
