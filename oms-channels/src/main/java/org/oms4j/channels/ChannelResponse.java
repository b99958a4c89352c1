package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import org.oms4j.core.InvalidInputException;

/**
 * A platform's successful (2xx) answer to a {@link ChannelRequest}.
 *
 * @param status the HTTP status
 * @param body the body as text
 * @param attempts how many times the request was sent, retries included
 */
public record ChannelResponse(int status, String body, int attempts) {
  /** Checks the arguments. */
  public ChannelResponse {
    requireNonNull(body, "body");
    if (status < 200 || status > 299) {
      throw new InvalidInputException("status", status, "is not a success status (200-299)");
    }
    if (attempts < 1) {
      throw new InvalidInputException("attempts", attempts, "must be positive");
    }
  }
}
