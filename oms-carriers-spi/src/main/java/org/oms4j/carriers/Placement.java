package org.oms4j.carriers;

import java.util.Objects;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.Length;
import org.oms4j.core.internal.Checks;

/**
 * Where one item goes in its box: the corner nearest the box's origin (x along the box's length, y along its
 * width, z up from the floor) and the item's extent along x, y and z, which says how it is turned.
 *
 * @param itemId the item
 * @param x offset along the box length
 * @param y offset along the box width
 * @param z height above the box floor
 * @param placed the item's extent along x, y, z
 */
public record Placement(String itemId, Length x, Length y, Length z, Dimensions placed) {
  /** Checks the arguments. */
  public Placement {
    Checks.identifier("itemId", itemId);
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    Objects.requireNonNull(z, "z");
    Objects.requireNonNull(placed, "placed");
  }
}
