package org.oms4j.carriers.spi;

import java.util.Objects;
import org.oms4j.core.InvalidInputException;

/**
 * One box to ship: outer dimensions and weight.
 *
 * @param dimensions outer dimensions
 * @param weight gross weight, positive
 */
public record Parcel(Dimensions dimensions, Weight weight) {
  /** @throws InvalidInputException if the weight is zero */
  public Parcel {
    Objects.requireNonNull(dimensions, "dimensions");
    Objects.requireNonNull(weight, "weight");
    if (weight.grams().signum() == 0) {
      throw new InvalidInputException("parcel.weight", weight, "must be positive");
    }
  }
}
