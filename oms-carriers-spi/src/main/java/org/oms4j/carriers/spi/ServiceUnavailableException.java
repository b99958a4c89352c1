package org.oms4j.carriers.spi;

/** The service does not serve this lane, parcel or date (too heavy, too long, no such zone, unknown service). */
public final class ServiceUnavailableException extends CarrierException {
  private static final long serialVersionUID = 1L;

  /** @param message which service and why */
  public ServiceUnavailableException(String message) {
    super(message);
  }

  /**
   * @param message which service and why
   * @param cause the underlying failure
   */
  public ServiceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
