package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.oms4j.core.InvalidInputException;

/**
 * One call to a shop platform's API, as data: what {@link ShipmentNotice} builds and a {@link ChannelTransport}
 * sends. The path is relative to the store's API base URI; the body is JSON (empty for none).
 *
 * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
 * @param path the path, starting with {@code /}
 * @param body the JSON body, or empty
 */
public record ChannelRequest(String method, String path, String body) {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");

  /** Checks the arguments. */
  public ChannelRequest {
    requireNonNull(method, "method");
    requireNonNull(path, "path");
    requireNonNull(body, "body");
    if (!METHODS.contains(method)) {
      throw new InvalidInputException("method", method, "must be one of " + METHODS);
    }
    if (!path.startsWith("/") || path.chars().anyMatch(c -> c <= ' ')) {
      throw new InvalidInputException("path", path, "must start with / and have no white space");
    }
  }
}
