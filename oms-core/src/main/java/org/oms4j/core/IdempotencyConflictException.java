package org.oms4j.core;

/**
 * An idempotency key was used again for a different request: an order submitted again under a key (sales channel +
 * external order id) that belongs to an order with different content, a reservation id reused for other lines, or
 * an inventory {@link org.oms4j.core.inventory.OperationId} reused for another change. What the key already
 * belongs to is unchanged.
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

  private IdempotencyConflictException(String message, Void unused) {
    super(message);
  }

  /**
   * A key that was first used for another request.
   *
   * @param key the key, such as {@code "operation op-42"}
   * @param firstRequest what it was first used for
   * @param request what it was used for now
   */
  public static IdempotencyConflictException forRequest(String key, String firstRequest, String request) {
    return new IdempotencyConflictException(key + " was first used for a different request: " + firstRequest
        + "; now: " + request + ". Use a new id for a new request", (Void) null);
  }
}
