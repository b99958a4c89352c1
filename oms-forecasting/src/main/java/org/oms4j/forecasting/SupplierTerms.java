package org.oms4j.forecasting;

import org.oms4j.core.InvalidInputException;
import org.oms4j.core.internal.Checks;
import org.oms4j.forecasting.internal.Args;

/**
 * How a supplier sells a SKU: lead time in days, minimum order quantity and pack size (orders are whole packs).
 *
 * @param supplier the supplier's identifier
 * @param leadTimeDays days from order to arrival, zero or more
 * @param minimumOrderQuantity the smallest order accepted, zero or more
 * @param packSize units per pack, positive
 */
public record SupplierTerms(String supplier, int leadTimeDays, double minimumOrderQuantity, double packSize) {
  /** @throws InvalidInputException naming the field for a blank supplier, negative lead time or MOQ, or a pack size not positive */
  public SupplierTerms {
    Checks.identifier("supplier", supplier);
    if (leadTimeDays < 0) {
      throw new InvalidInputException("leadTimeDays", leadTimeDays, "must not be negative");
    }
    Args.nonNegative("minimumOrderQuantity", minimumOrderQuantity);
    Args.positive("packSize", packSize);
  }

  /** Shorthand for the constructor. */
  public static SupplierTerms of(String supplier, int leadTimeDays, double minimumOrderQuantity, double packSize) {
    return new SupplierTerms(supplier, leadTimeDays, minimumOrderQuantity, packSize);
  }
}
