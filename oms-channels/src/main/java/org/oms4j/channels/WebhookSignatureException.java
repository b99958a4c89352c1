package org.oms4j.channels;

import org.oms4j.core.OmsException;

/**
 * A webhook was refused because its signature header is missing or does not match the body. Thrown before the body
 * is parsed; nothing was changed.
 */
public final class WebhookSignatureException extends OmsException {
  private static final long serialVersionUID = 1L;

  /** @param message what was wrong (never the secret or the expected signature) */
  public WebhookSignatureException(String message) {
    super(message);
  }

  /**
   * @param message what was wrong
   * @param cause the underlying failure
   */
  public WebhookSignatureException(String message, Throwable cause) {
    super(message, cause);
  }
}
