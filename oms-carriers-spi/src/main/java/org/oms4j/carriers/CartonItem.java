package org.oms4j.carriers;

import java.util.Objects;
import java.util.Optional;
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
 * @param keepUpright "this side up": its height must stay vertical, top up (it may still turn about the vertical
 *     axis when it may rotate)
 * @param maxLoadOnTop the most weight that may rest on it, counting every item above any part of it, directly or
 *     through others (zero: nothing may be stacked on it); empty: no limit
 */
public record CartonItem(String id, Dimensions dimensions, Weight weight, boolean mayRotate, boolean keepUpright,
    Optional<Weight> maxLoadOnTop) {
  /** Checks the arguments. */
  public CartonItem {
    Checks.identifier("item.id", id);
    Objects.requireNonNull(dimensions, "dimensions");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(maxLoadOnTop, "maxLoadOnTop");
  }

  /** An item that bears any load on top. */
  public CartonItem(String id, Dimensions dimensions, Weight weight, boolean mayRotate, boolean keepUpright) {
    this(id, dimensions, weight, mayRotate, keepUpright, Optional.empty());
  }
}
