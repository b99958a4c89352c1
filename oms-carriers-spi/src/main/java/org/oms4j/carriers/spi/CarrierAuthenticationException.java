package org.oms4j.carriers.spi;

/** The carrier refused the credentials. Retrying will not help until they are fixed. */
public final class CarrierAuthenticationException extends CarrierException {
  private static final long serialVersionUID = 1L;

  /** @param message what was refused */
  public CarrierAuthenticationException(String message) {
    super(message);
  }

  /**
   * @param message what was refused
   * @param cause the underlying failure
   */
  public CarrierAuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
