package org.oms4j.store.jdbc;

import org.oms4j.core.OmsException;

/**
 * The database failed in a way that is neither transient nor a constraint: a missing table (schema not migrated),
 * a permission, a statement the server does not support. Nothing of the call was written; retrying will not help.
 */
public final class StoreFailureException extends OmsException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed
   * @param cause the driver's exception
   */
  public StoreFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
