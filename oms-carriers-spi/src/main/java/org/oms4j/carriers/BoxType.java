package org.oms4j.carriers;

import java.util.Objects;
import javax.money.MonetaryAmount;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.internal.Checks;

/**
 * A box of the catalog.
 *
 * @param id the box's id
 * @param inner the inside, length x width x height
 * @param outer the outside, which carriers measure
 * @param emptyWeight the weight of the empty box
 * @param maxWeight the most it may weigh filled, box included
 * @param cost what one box costs
 */
public record BoxType(String id, Dimensions inner, Dimensions outer, Weight emptyWeight, Weight maxWeight,
    MonetaryAmount cost) {
  /** @throws InvalidInputException if the inside is larger than the outside or the box cannot carry itself */
  public BoxType {
    Checks.identifier("box.id", id);
    Objects.requireNonNull(inner, "inner");
    Objects.requireNonNull(outer, "outer");
    Objects.requireNonNull(emptyWeight, "emptyWeight");
    Objects.requireNonNull(maxWeight, "maxWeight");
    Objects.requireNonNull(cost, "cost");
    if (inner.length().exceeds(outer.length()) || inner.width().exceeds(outer.width())
        || inner.height().exceeds(outer.height())) {
      throw new InvalidInputException("box.inner", inner, "larger than the outside " + outer);
    }
    if (emptyWeight.exceeds(maxWeight)) {
      throw new InvalidInputException("box.maxWeight", maxWeight, "below the empty weight " + emptyWeight);
    }
    if (cost.isNegative()) {
      throw new InvalidInputException("box.cost", cost, "must not be negative");
    }
  }
}
