package org.oms4j.forecasting;

import org.oms4j.forecasting.internal.Args;

/**
 * Safety stock for a cycle service level or a fill rate, and the matching reorder point.
 *
 * <p>With z = Phi^-1(CSL): demand variability alone gives {@code z sd_d sqrt(L)}; lead-time variability alone gives
 * {@code z d sd_L}; both give {@code z sqrt(L sd_d^2 + d^2 sd_L^2)}. The reorder point is {@code d L + SS}.
 *
 * <p>Safety stock is never negative: a target that would need z &lt; 0 (a cycle service level below 50%, or a fill
 * rate met by the order quantity alone) plans zero safety stock.
 */
public final class SafetyStock {
  private SafetyStock() {}

  /**
   * Safety stock against demand variability with a fixed lead time: z sd_d sqrt(L).
   *
   * @throws org.oms4j.core.InvalidInputException if the service level is not in (0, 1), or sd or lead time is
   *     negative
   */
  public static double demandVariability(double cycleServiceLevel, double demandSd, double leadTime) {
    double z = StandardNormal.quantile(Args.openProbability("cycleServiceLevel", cycleServiceLevel));
    Args.nonNegative("demandSd", demandSd);
    Args.nonNegative("leadTime", leadTime);
    return Math.max(0, z * demandSd * Math.sqrt(leadTime));
  }

  /**
   * Safety stock against lead-time variability with constant demand: z d sd_L.
   *
   * @throws org.oms4j.core.InvalidInputException if the service level is not in (0, 1), or demand or lead-time sd
   *     is negative
   */
  public static double leadTimeVariability(double cycleServiceLevel, double demandMean, double leadTimeSd) {
    double z = StandardNormal.quantile(Args.openProbability("cycleServiceLevel", cycleServiceLevel));
    Args.nonNegative("demandMean", demandMean);
    Args.nonNegative("leadTimeSd", leadTimeSd);
    return Math.max(0, z * demandMean * leadTimeSd);
  }

  /**
   * Safety stock against both: z sqrt(L sd_d^2 + d^2 sd_L^2).
   *
   * @throws org.oms4j.core.InvalidInputException if the service level is not in (0, 1)
   */
  public static double combined(double cycleServiceLevel, LeadTimeDemand demand) {
    double z = StandardNormal.quantile(Args.openProbability("cycleServiceLevel", cycleServiceLevel));
    return Math.max(0, z * demand.sd());
  }

  /**
   * Safety stock for a fill rate (type 2) when ordering {@code orderQuantity} at a time: z solves
   * {@code sd G(z) = (1 - fillRate) Q}, where sd is the lead-time demand's standard deviation and G the standard
   * normal loss function. Zero when lead-time demand has no variability.
   *
   * @throws org.oms4j.core.InvalidInputException if the fill rate is not in (0, 1) or the quantity is not positive
   */
  public static double forFillRate(double fillRate, LeadTimeDemand demand, double orderQuantity) {
    Args.openProbability("fillRate", fillRate);
    Args.positive("orderQuantity", orderQuantity);
    double sd = demand.sd();
    if (sd == 0) {
      return 0;
    }
    double z = StandardNormal.inverseLoss((1 - fillRate) * orderQuantity / sd);
    return Math.max(0, z * sd);
  }

  /**
   * The reorder point d L + SS for a cycle service level, with the combined safety stock.
   *
   * @throws org.oms4j.core.InvalidInputException if the service level is not in (0, 1)
   */
  public static double reorderPoint(double cycleServiceLevel, LeadTimeDemand demand) {
    return demand.mean() + combined(cycleServiceLevel, demand);
  }

  /**
   * The reorder point taken directly from a forecast: the {@code cycleServiceLevel}-quantile of total forecast
   * demand over the next {@code leadTimePeriods} periods ({@link Forecast#totalQuantile}).
   *
   * @throws org.oms4j.core.InvalidInputException if the service level is not in (0, 1) or the lead time is not in
   *     1..the forecast's horizon
   */
  public static double reorderPoint(double cycleServiceLevel, Forecast forecast, int leadTimePeriods) {
    Args.openProbability("cycleServiceLevel", cycleServiceLevel);
    if (leadTimePeriods < 1 || leadTimePeriods > forecast.horizon()) {
      throw new org.oms4j.core.InvalidInputException(
          "leadTimePeriods", leadTimePeriods, "must be between 1 and the forecast horizon " + forecast.horizon());
    }
    return forecast.totalQuantile(leadTimePeriods, cycleServiceLevel);
  }

  /**
   * Safety stock taken from a forecast: its reorder point ({@link #reorderPoint(double, Forecast, int)}) minus the
   * mean forecast demand over the lead time, at least 0.
   *
   * @throws org.oms4j.core.InvalidInputException as {@link #reorderPoint(double, Forecast, int)}
   */
  public static double fromForecast(double cycleServiceLevel, Forecast forecast, int leadTimePeriods) {
    double rop = reorderPoint(cycleServiceLevel, forecast, leadTimePeriods);
    return Math.max(0, rop - forecast.totalMean(leadTimePeriods));
  }
}
