package org.oms4j.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oms4j.core.internal.Checks;

/**
 * The identifier of a stock location: a warehouse, store, 3PL or drop-ship vendor.
 *
 * @param value the identifier text: not blank, at most 128 characters, no white space
 */
public record LocationId(@JsonValue String value) {
  /** @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space */
  public LocationId {
    Checks.identifier("locationId", value);
  }

  /**
   * The locationId with this text.
   *
   * @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static LocationId of(String value) {
    return new LocationId(value);
  }

  // written out rather than generated: ids are map keys on hot paths, where the generated methods cost more
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof LocationId other && value.equals(other.value);
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
