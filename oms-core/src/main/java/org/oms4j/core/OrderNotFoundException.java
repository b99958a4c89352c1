package org.oms4j.core;

/** No order exists with the given id. */
public final class OrderNotFoundException extends OmsException {
  private static final long serialVersionUID = 1L;

  /** @param orderId the id looked for */
  public OrderNotFoundException(String orderId) {
    super("no order with id " + orderId);
  }
}
