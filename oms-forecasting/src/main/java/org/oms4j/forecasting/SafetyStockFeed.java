package org.oms4j.forecasting;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.StockLevel;

/**
 * Feeds forecast-based safety stock into the inventory's available-to-promise buffer: for each (SKU, location)
 * history, fits the method, takes the safety stock for the cycle service level over the lead time from the
 * forecast's quantiles ({@link SafetyStock#fromForecast}), rounds it up to whole units and sets it as the
 * location's safety stock, so orders can no longer promise those units. Immutable and thread-safe.
 */
public final class SafetyStockFeed {
  private final ForecastMethod method;
  private final double cycleServiceLevel;
  private final int leadTimePeriods;

  private SafetyStockFeed(ForecastMethod method, double cycleServiceLevel, int leadTimePeriods) {
    this.method = method;
    this.cycleServiceLevel = cycleServiceLevel;
    this.leadTimePeriods = leadTimePeriods;
  }

  /**
   * A feed.
   *
   * @param method how each history is forecast (e.g. {@link ForecastMethod#byDemandClass()})
   * @param cycleServiceLevel the probability of no stock-out in a replenishment cycle, strictly between 0 and 1
   * @param leadTimePeriods the replenishment lead time in periods of the histories, positive
   * @throws InvalidInputException naming the argument if out of range
   */
  public static SafetyStockFeed of(ForecastMethod method, double cycleServiceLevel, int leadTimePeriods) {
    requireNonNull(method, "method");
    if (!(cycleServiceLevel > 0 && cycleServiceLevel < 1)) {
      throw new InvalidInputException("cycleServiceLevel", cycleServiceLevel, "must be strictly between 0 and 1");
    }
    if (leadTimePeriods < 1) {
      throw new InvalidInputException("leadTimePeriods", leadTimePeriods, "must be positive");
    }
    return new SafetyStockFeed(method, cycleServiceLevel, leadTimePeriods);
  }

  /**
   * What was set for one (SKU, location).
   *
   * @param key the SKU and location
   * @param before the safety stock before
   * @param after the safety stock set
   * @param method the forecast method used
   */
  public record Change(SkuLocation key, int before, int after, String method) {}

  /**
   * Computes and sets the safety stock of every (SKU, location) history given.
   *
   * @return what changed, in the histories' order
   * @throws InvalidInputException if a location is unknown to the inventory, or a history cannot be forecast
   */
  public List<Change> apply(Inventory inventory, Map<SkuLocation, DemandHistory> histories) {
    requireNonNull(inventory, "inventory");
    requireNonNull(histories, "histories");
    List<Change> changes = new ArrayList<>(histories.size());
    for (Map.Entry<SkuLocation, DemandHistory> e : histories.entrySet()) {
      SkuLocation key = e.getKey();
      Forecast forecast = method.forecast(e.getValue().values(), leadTimePeriods);
      int units = (int) Math.ceil(SafetyStock.fromForecast(cycleServiceLevel, forecast, leadTimePeriods) - 1e-9);
      StockLevel before = inventory.stock(key.sku(), key.location());
      inventory.setSafetyStock(key.sku(), key.location(), Math.max(0, units));
      changes.add(new Change(key, before.safetyStock(), Math.max(0, units), method.name()));
    }
    return changes;
  }
}
