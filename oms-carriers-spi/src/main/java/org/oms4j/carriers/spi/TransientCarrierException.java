package org.oms4j.carriers.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A failure that may pass: a timeout, rate limiting, the carrier's system down. Try again, after retry-after. */
public final class TransientCarrierException extends CarrierException {
  private static final long serialVersionUID = 1L;

  private final transient Optional<Duration> retryAfter;

  /**
   * @param message what failed
   * @param retryAfter how long to wait before retrying, when the carrier says
   */
  public TransientCarrierException(String message, Optional<Duration> retryAfter) {
    super(message);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /**
   * @param message what failed
   * @param retryAfter how long to wait before retrying, when the carrier says
   * @param cause the underlying failure
   */
  public TransientCarrierException(String message, Optional<Duration> retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /** How long to wait before retrying, when known. */
  public Optional<Duration> retryAfter() {
    return retryAfter == null ? Optional.empty() : retryAfter;
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
