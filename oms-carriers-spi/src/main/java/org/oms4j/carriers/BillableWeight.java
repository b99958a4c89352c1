package org.oms4j.carriers;

import java.util.Objects;
import org.oms4j.carriers.spi.Weight;

/**
 * The weight a carrier charges for: the larger of the rounded actual and the dimensional weight.
 *
 * @param actual the scale weight as given
 * @param roundedActual the actual weight after the carrier's weight rounding
 * @param dimensional the rounded dimensional weight; zero when the parcel is below the cubic threshold
 * @param billable the larger of the two
 */
public record BillableWeight(Weight actual, Weight roundedActual, Weight dimensional, Weight billable) {
  /** Checks the parts are present. */
  public BillableWeight {
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(roundedActual, "roundedActual");
    Objects.requireNonNull(dimensional, "dimensional");
    Objects.requireNonNull(billable, "billable");
  }

  /** Whether the dimensional weight decided the charge. */
  public boolean dimensionalApplied() {
    return dimensional.exceeds(roundedActual);
  }
}
