package org.oms4j.core.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oms4j.core.internal.Checks;

/**
 * The caller's id of one inventory change that is not idempotent by itself (adding to a reservation, a receipt or
 * other movement, a partial release, a pick or commit). The store records the id with the change, atomically, so a
 * retry under the same id (after a lost connection, say) changes nothing more and returns what the first call
 * returned; the same id with a different request is refused. {@link Inventory} makes one for every such call unless
 * the caller passes its own.
 *
 * @param value the identifier text: not blank, at most 128 characters, no white space
 */
public record OperationId(@JsonValue String value) {
  /** @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space */
  public OperationId {
    Checks.identifier("operationId", value);
  }

  /**
   * The operation id with this text.
   *
   * @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OperationId of(String value) {
    return new OperationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
