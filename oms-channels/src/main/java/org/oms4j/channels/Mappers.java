package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import org.oms4j.core.common.SalesChannel;

/** What every {@link OrderMapper} holds: its channel and body limit. Package-private base; immutable. */
abstract class Mappers implements OrderMapper {
  private final SalesChannel channel;
  private final int maxBodyBytes;

  /** @throws org.oms4j.core.InvalidInputException if maxBodyBytes is not positive */
  Mappers(SalesChannel channel, int maxBodyBytes) {
    this.channel = requireNonNull(channel, "channel");
    if (maxBodyBytes <= 0) {
      throw new org.oms4j.core.InvalidInputException("maxBodyBytes", maxBodyBytes, "must be positive");
    }
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public final SalesChannel channel() {
    return channel;
  }

  @Override
  public final int maxBodyBytes() {
    return maxBodyBytes;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + channel + "]";
  }
}
