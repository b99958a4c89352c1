package org.oms4j.channels;

import java.net.URI;

/**
 * Sends {@link ChannelRequest}s to one store's API. The default, {@link #http(URI)}, uses {@code java.net.http} with
 * retries; hosts may supply their own (a queue, an outbox, a test double). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ChannelTransport {
  /**
   * Sends the request.
   *
   * @return the platform's successful answer
   * @throws ChannelTransportException if it failed
   */
  ChannelResponse send(ChannelRequest request);

  /**
   * A builder of the default transport for the store whose API is at {@code baseUri} (request paths are appended to
   * it).
   */
  static HttpChannelTransport.Builder http(URI baseUri) {
    return HttpChannelTransport.builder(baseUri);
  }
}
