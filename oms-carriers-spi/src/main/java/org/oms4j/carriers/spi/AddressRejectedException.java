package org.oms4j.carriers.spi;

/** The carrier cannot deliver to (or collect from) an address. */
public final class AddressRejectedException extends CarrierException {
  private static final long serialVersionUID = 1L;

  /** @param message which address and why */
  public AddressRejectedException(String message) {
    super(message);
  }

  /**
   * @param message which address and why
   * @param cause the underlying failure
   */
  public AddressRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
