package org.oms4j.forecasting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Checks;
import org.oms4j.forecasting.internal.Args;

/**
 * ABC classification by value and XYZ classification by demand variability, with configurable thresholds.
 *
 * <p><b>ABC.</b> Items are ranked by value (for example annual demand times unit cost), highest first, ties by SKU.
 * An item is A while the cumulative value share of the items ranked <i>before</i> it is below the A threshold
 * (default 0.80), B while it is below the B threshold (default 0.95), else C. So the top item is always A and the A
 * items together carry at least the A share. With a total value of 0 every item is C.
 *
 * <p><b>XYZ.</b> CV = population standard deviation / mean of demand per period: X if CV &lt;= x (default 0.5), Y if
 * CV &lt;= y (default 1.0), else Z; an item without demand is Z.
 */
public final class InventoryClassification {
  private final double aShare;
  private final double bShare;
  private final double xCv;
  private final double yCv;

  private InventoryClassification(double aShare, double bShare, double xCv, double yCv) {
    this.aShare = aShare;
    this.bShare = bShare;
    this.xCv = xCv;
    this.yCv = yCv;
  }

  /** Thresholds 80/95 for ABC and CV 0.5/1.0 for XYZ. */
  public static InventoryClassification defaults() {
    return new InventoryClassification(0.80, 0.95, 0.5, 1.0);
  }

  /**
   * Custom thresholds.
   *
   * @throws InvalidInputException if the shares are not 0 &lt; aShare &lt; bShare &lt;= 1 or the CVs not
   *     0 &lt;= xCv &lt;= yCv
   */
  public static InventoryClassification of(double aShare, double bShare, double xCv, double yCv) {
    Args.openProbability("aShare", aShare);
    Args.positive("bShare", bShare);
    if (bShare <= aShare || bShare > 1) {
      throw new InvalidInputException("bShare", bShare, "must be above aShare " + aShare + " and at most 1");
    }
    Args.nonNegative("xCv", xCv);
    Args.nonNegative("yCv", yCv);
    if (yCv < xCv) {
      throw new InvalidInputException("yCv", yCv, "must be at least xCv " + xCv);
    }
    return new InventoryClassification(aShare, bShare, xCv, yCv);
  }

  /**
   * ABC classes by value.
   *
   * @return a class per SKU, highest value first
   * @throws InvalidInputException naming {@code value[sku]} for a negative or non-finite value
   */
  public Map<Sku, AbcClass> abc(Map<Sku, Double> valueBySku) {
    Checks.present("valueBySku", valueBySku);
    double total = 0;
    for (Map.Entry<Sku, Double> e : valueBySku.entrySet()) {
      Checks.present("value[" + e.getKey() + "]", e.getValue());
      total += Args.nonNegative("value[" + e.getKey() + "]", e.getValue());
    }
    List<Map.Entry<Sku, Double>> ranked = new ArrayList<>(valueBySku.entrySet());
    ranked.sort(Comparator.comparing((Map.Entry<Sku, Double> e) -> e.getValue()).reversed()
        .thenComparing(e -> e.getKey().value()));
    Map<Sku, AbcClass> out = new LinkedHashMap<>();
    double before = 0;
    for (Map.Entry<Sku, Double> e : ranked) {
      double share = total == 0 ? 1 : before / total;
      out.put(e.getKey(), total == 0 ? AbcClass.C : share < aShare ? AbcClass.A : share < bShare ? AbcClass.B : AbcClass.C);
      before += e.getValue();
    }
    return out;
  }

  /** The coefficient of variation of demand per period (population sd / mean); infinite without demand. */
  public static double coefficientOfVariation(double[] demand) {
    if (demand.length == 0) {
      throw new InvalidInputException("demand", "[]", "must hold at least one period");
    }
    double sum = 0;
    for (int i = 0; i < demand.length; i++) {
      sum += Args.nonNegative("demand[" + i + "]", demand[i]);
    }
    double mean = sum / demand.length;
    if (mean == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double ss = 0;
    for (double v : demand) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / demand.length) / mean;
  }

  /** The XYZ class of one demand series. */
  public XyzClass xyz(double[] demand) {
    double cv = coefficientOfVariation(demand);
    return cv <= xCv ? XyzClass.X : cv <= yCv ? XyzClass.Y : XyzClass.Z;
  }

  /** XYZ classes of demand histories, by SKU (in the map's order). */
  public Map<Sku, XyzClass> xyz(Map<Sku, DemandHistory> histories) {
    Map<Sku, XyzClass> out = new LinkedHashMap<>();
    histories.forEach((sku, h) -> out.put(sku, xyz(h.values())));
    return out;
  }
}
