package org.oms4j.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oms4j.core.internal.Checks;

/**
 * A stock keeping unit: the identifier of a sellable item, as the host's catalogue names it.
 *
 * @param value the identifier text: not blank, at most 128 characters, no white space
 */
public record Sku(@JsonValue String value) {
  /** @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space */
  public Sku {
    Checks.identifier("sku", value);
  }

  /**
   * The sku with this text.
   *
   * @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Sku of(String value) {
    return new Sku(value);
  }

  // written out rather than generated: ids are map keys on hot paths, where the generated methods cost more
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Sku other && value.equals(other.value);
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
