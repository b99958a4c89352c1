package org.oms4j.carriers.spi;

import org.oms4j.core.OmsException;

/**
 * A carrier operation failed. Each kind is its own subclass: {@link InvalidRequestException}, {@link
 * AddressRejectedException}, {@link ServiceUnavailableException}, {@link TransientCarrierException}, {@link
 * CarrierAuthenticationException}, and {@link CarrierPluginException} for a plugin that broke its contract.
 */
public abstract class CarrierException extends OmsException {
  private static final long serialVersionUID = 1L;

  /** @param message what failed */
  protected CarrierException(String message) {
    super(message);
  }

  /**
   * @param message what failed
   * @param cause the underlying failure
   */
  protected CarrierException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether trying again later may succeed. */
  public boolean retryable() {
    return false;
  }
}
