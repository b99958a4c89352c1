package org.oms4j.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oms4j.core.internal.Checks;

/**
 * A sales channel an order comes from, for example {@code shopify-eu} or {@code pos-berlin}.
 *
 * @param value the identifier text: not blank, at most 128 characters, no white space
 */
public record SalesChannel(@JsonValue String value) {
  /** @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space */
  public SalesChannel {
    Checks.identifier("salesChannel", value);
  }

  /**
   * The salesChannel with this text.
   *
   * @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SalesChannel of(String value) {
    return new SalesChannel(value);
  }

  // written out rather than generated: ids are map keys on hot paths, where the generated methods cost more
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof SalesChannel other && value.equals(other.value);
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
