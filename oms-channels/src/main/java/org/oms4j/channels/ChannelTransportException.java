package org.oms4j.channels;

import java.util.OptionalInt;
import org.oms4j.core.OmsException;

/**
 * A {@link ChannelRequest} failed: the platform answered with a status that is not retried (4xx other than 429), or
 * every attempt failed (429, 5xx, I/O errors), or the platform asked to wait longer than the transport may.
 */
public final class ChannelTransportException extends OmsException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final int attempts;

  /**
   * @param message what failed, with the request's method and path
   * @param status the last HTTP status, or -1 when no answer came
   * @param attempts how many times the request was sent
   * @param cause the I/O failure, may be null
   */
  public ChannelTransportException(String message, int status, int attempts, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.attempts = attempts;
  }

  /** The last HTTP status, if the platform answered. */
  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /** How many times the request was sent. */
  public int attempts() {
    return attempts;
  }
}
