package org.oms4j.core.order;

/** The status of a return (RMA); its transitions are {@link StateMachines#RETURN}. */
public enum ReturnStatus {
  /** The customer asked to return units. */
  REQUESTED,
  /** The merchant accepted the request. */
  AUTHORISED,
  /** The merchant refused the request. */
  REJECTED,
  /** The units arrived back. */
  RECEIVED,
  /** The units were inspected. */
  INSPECTED,
  /** The units went back to stock. */
  RESTOCKED,
  /** The units were written off. */
  DISPOSED,
  /** The customer was refunded. */
  REFUNDED,
  /** The request was withdrawn. */
  CANCELLED;

  /** Whether the return still counts against the returnable quantity (not rejected or cancelled). */
  public boolean live() {
    return this != REJECTED && this != CANCELLED;
  }
}
