package org.oms4j.carriers;

import java.util.Objects;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.core.internal.Checks;

/**
 * One unit to pack.
 *
 * @param id the item's id, unique within a packing request (for example a SKU and unit number)
 * @param dimensions its size as length x width x height, height being "up"
 * @param weight its weight
 * @param mayRotate whether it may be turned at all
 * @param keepUpright whether its height must stay vertical (it may still turn about the vertical axis when it may
 *     rotate)
 */
public record CartonItem(String id, Dimensions dimensions, Weight weight, boolean mayRotate, boolean keepUpright) {
  /** Checks the arguments. */
  public CartonItem {
    Checks.identifier("item.id", id);
    Objects.requireNonNull(dimensions, "dimensions");
    Objects.requireNonNull(weight, "weight");
  }
}
