package org.oms4j.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oms4j.core.internal.Checks;

/**
 * The identifier of a return (RMA).
 *
 * @param value the identifier text: not blank, at most 128 characters, no white space
 */
public record ReturnId(@JsonValue String value) {
  /** @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space */
  public ReturnId {
    Checks.identifier("returnId", value);
  }

  /**
   * The returnId with this text.
   *
   * @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ReturnId of(String value) {
    return new ReturnId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
