package org.oms4j.forecasting.internal;

import org.oms4j.core.InvalidInputException;

/** Checks of numeric arguments that throw {@link InvalidInputException} naming the argument. Not API. */
public final class Args {
  private Args() {}

  /** A finite number (not NaN, not infinite). */
  public static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidInputException(field, value, "must be a finite number");
    }
    return value;
  }

  /** A finite number of zero or more. */
  public static double nonNegative(String field, double value) {
    finite(field, value);
    if (value < 0) {
      throw new InvalidInputException(field, value, "must not be negative");
    }
    return value;
  }

  /** A finite number greater than zero. */
  public static double positive(String field, double value) {
    finite(field, value);
    if (value <= 0) {
      throw new InvalidInputException(field, value, "must be positive");
    }
    return value;
  }

  /** A probability strictly between 0 and 1. */
  public static double openProbability(String field, double value) {
    finite(field, value);
    if (value <= 0 || value >= 1) {
      throw new InvalidInputException(field, value, "must be strictly between 0 and 1");
    }
    return value;
  }

  /** A positive whole number. */
  public static int positive(String field, int value) {
    if (value <= 0) {
      throw new InvalidInputException(field, value, "must be positive");
    }
    return value;
  }
}
