package org.oms4j.forecasting;

import org.immutables.value.Value;
import org.oms4j.forecasting.internal.Args;

/**
 * Demand per period (mean and standard deviation) and the replenishment lead time in the same periods (mean and
 * standard deviation). Demand in different periods and the lead time are assumed independent, so demand over the lead
 * time has mean {@code d L} and standard deviation {@code sqrt(L sd_d^2 + d^2 sd_L^2)}.
 */
@Value.Immutable
public abstract class LeadTimeDemand {
  LeadTimeDemand() {}

  /** Mean demand per period, d. */
  public abstract double demandMean();

  /** Standard deviation of demand per period, sd_d. */
  public abstract double demandSd();

  /** Mean lead time in periods, L. */
  public abstract double leadTime();

  /** Standard deviation of the lead time in periods, sd_L (zero for a fixed lead time). */
  public abstract double leadTimeSd();

  /**
   * Demand and a variable lead time.
   *
   * @throws org.oms4j.core.InvalidInputException naming the argument if any is negative or not finite
   */
  public static LeadTimeDemand of(double demandMean, double demandSd, double leadTime, double leadTimeSd) {
    return ImmutableLeadTimeDemand.builder()
        .demandMean(Args.nonNegative("demandMean", demandMean))
        .demandSd(Args.nonNegative("demandSd", demandSd))
        .leadTime(Args.nonNegative("leadTime", leadTime))
        .leadTimeSd(Args.nonNegative("leadTimeSd", leadTimeSd))
        .build();
  }

  /**
   * Demand and a fixed lead time.
   *
   * @throws org.oms4j.core.InvalidInputException naming the argument if any is negative or not finite
   */
  public static LeadTimeDemand of(double demandMean, double demandSd, double leadTime) {
    return of(demandMean, demandSd, leadTime, 0);
  }

  /** Mean demand over the lead time, d L. */
  public double mean() {
    return demandMean() * leadTime();
  }

  /** Standard deviation of demand over the lead time, sqrt(L sd_d^2 + d^2 sd_L^2). */
  public double sd() {
    return sdOver(leadTime());
  }

  /**
   * Standard deviation of demand over {@code extra} periods plus the lead time (the protection interval of a periodic
   * review policy): sqrt((L + extra) sd_d^2 + d^2 sd_L^2).
   */
  double sdOver(double periods) {
    double d = demandMean();
    return Math.sqrt(periods * demandSd() * demandSd() + d * d * leadTimeSd() * leadTimeSd());
  }
}
