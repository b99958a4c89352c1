package org.oms4j.carriers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.oms4j.carriers.spi.Weight;

/**
 * One filled box.
 *
 * @param box the box type
 * @param placements where each item goes, in packing order
 * @param grossWeight items plus the empty box
 * @param utilisation items' volume over the box's inner volume, 0 to 1
 */
public record PackedBox(BoxType box, List<Placement> placements, Weight grossWeight, BigDecimal utilisation) {
  /** Copies. */
  public PackedBox {
    Objects.requireNonNull(box, "box");
    placements = List.copyOf(placements);
    Objects.requireNonNull(grossWeight, "grossWeight");
    Objects.requireNonNull(utilisation, "utilisation");
  }
}
