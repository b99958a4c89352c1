package org.oms4j.forecasting;

/** XYZ class by the coefficient of variation of demand per period: X steady, Y variable, Z erratic. */
public enum XyzClass {
  /** Steady demand. */
  X,
  /** Variable demand. */
  Y,
  /** Erratic or no demand. */
  Z
}
