package org.oms4j.core;

/**
 * A store could not be reached or gave up on a call for a transient reason: the connection was lost or refused,
 * the server is shutting down or out of connections, or a serialization failure or deadlock persisted through
 * every retry. Transient: calling again later may succeed. Store adapters (such as {@code oms-store-jdbc}) throw
 * it; the in-memory stores never do.
 *
 * <p>Whether the change was applied is stated by {@link #outcomeUnknown()}: {@code false} means nothing was written
 * (the transaction never reached commit). {@code true} means the connection was lost while the commit was in
 * flight, so the change may or may not be stored. Either way a retry is safe: every store call is idempotent, the
 * non-idempotent inventory changes through the {@link org.oms4j.core.inventory.OperationId} they carry, which
 * {@code Inventory} reuses when it retries.
 */
public final class StoreUnavailableException extends OmsException {
  private static final long serialVersionUID = 1L;

  private final boolean outcomeUnknown;

  /**
   * @param message what failed
   * @param outcomeUnknown whether the connection was lost during the commit
   * @param cause the driver's exception
   */
  public StoreUnavailableException(String message, boolean outcomeUnknown, Throwable cause) {
    super(message, cause);
    this.outcomeUnknown = outcomeUnknown;
  }

  /** Whether the change may have been committed even so (the connection broke during the commit). */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
