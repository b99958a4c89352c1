package org.oms4j.carriers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The boxes chosen for a shipment's items.
 *
 * @param boxes the filled boxes
 * @param boxCost the boxes' cost
 * @param shippingCost the shipping cost of the boxes as parcels, by the cartonizer's cost function
 * @param utilisation all items' volume over all boxes' inner volume, 0 to 1
 */
public record Packing(List<PackedBox> boxes, MonetaryAmount boxCost, MonetaryAmount shippingCost,
    BigDecimal utilisation) {
  /** Copies. */
  public Packing {
    boxes = List.copyOf(boxes);
    Objects.requireNonNull(boxCost, "boxCost");
    Objects.requireNonNull(shippingCost, "shippingCost");
    Objects.requireNonNull(utilisation, "utilisation");
  }

  /** Box cost plus shipping cost. */
  public MonetaryAmount totalCost() {
    return boxCost.add(shippingCost);
  }
}
