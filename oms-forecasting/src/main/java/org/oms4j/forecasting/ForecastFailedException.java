package org.oms4j.forecasting;

import org.oms4j.core.OmsException;

/** A forecast method failed numerically on valid input (a bug or an extreme series); no forecast was produced. */
public final class ForecastFailedException extends OmsException {
  private static final long serialVersionUID = 1L;

  /** @param message what failed */
  public ForecastFailedException(String message) {
    super(message);
  }

  /**
   * @param message what failed
   * @param cause the underlying failure
   */
  public ForecastFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
