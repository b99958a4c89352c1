package org.oms4j.forecasting;

import org.immutables.value.Value;
import org.oms4j.forecasting.internal.Args;

/**
 * What an inventory policy must achieve: a cycle service level (type 1, the probability of no stock-out in a
 * replenishment cycle) or a fill rate (type 2, the fraction of demand met from stock).
 */
@Value.Immutable
public abstract class ServiceTarget {
  ServiceTarget() {}

  /** The two kinds of service target. */
  public enum Kind {
    /** Type 1: P(no stock-out in a cycle). */
    CYCLE_SERVICE_LEVEL,
    /** Type 2: the expected fraction of demand filled from stock. */
    FILL_RATE
  }

  /** Which kind of target this is. */
  public abstract Kind kind();

  /** The target probability or fraction, strictly between 0 and 1. */
  public abstract double level();

  /**
   * A cycle service level (type 1).
   *
   * @throws org.oms4j.core.InvalidInputException if {@code level} is not strictly between 0 and 1
   */
  public static ServiceTarget cycleServiceLevel(double level) {
    Args.openProbability("cycleServiceLevel", level);
    return ImmutableServiceTarget.builder().kind(Kind.CYCLE_SERVICE_LEVEL).level(level).build();
  }

  /**
   * A fill rate (type 2).
   *
   * @throws org.oms4j.core.InvalidInputException if {@code level} is not strictly between 0 and 1
   */
  public static ServiceTarget fillRate(double level) {
    Args.openProbability("fillRate", level);
    return ImmutableServiceTarget.builder().kind(Kind.FILL_RATE).level(level).build();
  }
}
