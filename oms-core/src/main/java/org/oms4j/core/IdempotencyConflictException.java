package org.oms4j.core;

/**
 * An order was submitted again under an idempotency key (sales channel + external order id) that already belongs to
 * an order with different content. The existing order is unchanged.
 */
public final class IdempotencyConflictException extends OmsException {
  private static final long serialVersionUID = 1L;

  /**
   * @param key the idempotency key
   * @param existingOrderId the order that holds it
   */
  public IdempotencyConflictException(String key, String existingOrderId) {
    super("idempotency key " + key + " already belongs to order " + existingOrderId
        + " with different content; submit changes as an order edit, or use a new external id");
  }
}
