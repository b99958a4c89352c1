package org.oms4j.forecasting;

/** ABC class by share of value: A the few items carrying most value, C the many carrying little. */
public enum AbcClass {
  /** Highest value. */
  A,
  /** Middle. */
  B,
  /** Lowest value. */
  C
}
