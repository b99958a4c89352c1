package org.oms4j.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oms4j.core.internal.Checks;

/**
 * The identifier of a hold placed on an order.
 *
 * @param value the identifier text: not blank, at most 128 characters, no white space
 */
public record HoldId(@JsonValue String value) {
  /** @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space */
  public HoldId {
    Checks.identifier("holdId", value);
  }

  /**
   * The holdId with this text.
   *
   * @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static HoldId of(String value) {
    return new HoldId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
