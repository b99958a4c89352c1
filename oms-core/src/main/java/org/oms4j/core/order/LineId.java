package org.oms4j.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oms4j.core.internal.Checks;

/**
 * The identifier of a line within its order ({@code L1}, {@code L2}, ... in submission order).
 *
 * @param value the identifier text: not blank, at most 128 characters, no white space
 */
public record LineId(@JsonValue String value) {
  /** @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space */
  public LineId {
    Checks.identifier("lineId", value);
  }

  /**
   * The lineId with this text.
   *
   * @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static LineId of(String value) {
    return new LineId(value);
  }

  // written out rather than generated: ids are map keys on hot paths, where the generated methods cost more
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof LineId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
