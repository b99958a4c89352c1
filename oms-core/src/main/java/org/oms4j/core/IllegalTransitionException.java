package org.oms4j.core;

/**
 * An event is not allowed in the entity's current state (an order, line, shipment or return). The entity is left
 * exactly as it was.
 */
public final class IllegalTransitionException extends OmsException {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String state;
  private final String event;

  /**
   * @param entity the entity, for example {@code order O-1} or {@code shipment S-3 of order O-1}
   * @param state its current state
   * @param event the refused event
   * @param detail why, beyond the state (may be empty)
   */
  public IllegalTransitionException(String entity, Object state, Object event, String detail) {
    super(entity + " in state " + state + " cannot accept " + event + (detail.isEmpty() ? "" : ": " + detail));
    this.entity = entity;
    this.state = String.valueOf(state);
    this.event = String.valueOf(event);
  }

  /** The entity that refused the event. */
  public String entity() {
    return entity;
  }

  /** The entity's state when the event was refused. */
  public String state() {
    return state;
  }

  /** The refused event. */
  public String event() {
    return event;
  }
}
