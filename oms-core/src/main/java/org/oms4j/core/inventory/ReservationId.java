package org.oms4j.core.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oms4j.core.internal.Checks;

/**
 * The caller's id of a reservation: reserving again under the same id never reserves twice.
 *
 * @param value the identifier text: not blank, at most 128 characters, no white space
 */
public record ReservationId(@JsonValue String value) {
  /** @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space */
  public ReservationId {
    Checks.identifier("reservationId", value);
  }

  /**
   * The reservation id with this text.
   *
   * @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ReservationId of(String value) {
    return new ReservationId(value);
  }

  // written out rather than generated: ids are map keys on hot paths, where the generated methods cost more
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ReservationId other && value.equals(other.value);
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
