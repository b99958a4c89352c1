package org.oms4j.store.jdbc;

import org.oms4j.core.OmsException;

/**
 * The database refused a change that would break one of its constraints: a counter going negative, more units
 * promised than are on hand, a duplicate key, a value out of range. Nothing of the call was written. The store
 * checks these rules itself first, so this is the database's last line of defence and usually means a bug or a
 * change made around oms4j; retrying will not help.
 */
public final class StoreConstraintException extends OmsException {
  private static final long serialVersionUID = 1L;

  private final String constraint;

  /**
   * @param message what was refused
   * @param constraint the constraint's name, or the SQL state when the database gave none
   * @param cause the driver's exception
   */
  public StoreConstraintException(String message, String constraint, Throwable cause) {
    super(message, cause);
    this.constraint = constraint;
  }

  /** The name of the violated constraint (for example {@code stock_cell_not_oversold}), or the SQL state. */
  public String constraint() {
    return constraint;
  }
}
