package org.oms4j.core.order;

/** What can happen to a return; see {@link StateMachines#RETURN}. */
public enum ReturnEventType {
  /** Accept the request. */
  AUTHORISE,
  /** Refuse the request. */
  REJECT,
  /** The units arrived. */
  RECEIVE,
  /** The units were inspected. */
  INSPECT,
  /** Put the units back to stock. */
  RESTOCK,
  /** Write the units off. */
  DISPOSE,
  /** Refund the customer; applied through {@link OrderEvent.ReturnRefunded}, which carries the amount. */
  REFUND,
  /** Withdraw the request. */
  CANCEL
}
