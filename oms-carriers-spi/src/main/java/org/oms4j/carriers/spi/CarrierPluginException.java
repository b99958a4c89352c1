package org.oms4j.carriers.spi;

/** A carrier plugin broke its contract: threw an untyped exception or returned something malformed. */
public final class CarrierPluginException extends CarrierException {
  private static final long serialVersionUID = 1L;

  /** @param message which plugin and what it did */
  public CarrierPluginException(String message) {
    super(message);
  }

  /**
   * @param message which plugin and what it did
   * @param cause what it threw
   */
  public CarrierPluginException(String message, Throwable cause) {
    super(message, cause);
  }
}
