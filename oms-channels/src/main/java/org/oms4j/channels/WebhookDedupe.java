package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.OrderId;

/**
 * Remembers which webhook deliveries {@link ChannelIntake} has handled, by the platform's delivery id, so that a
 * redelivery is answered with the order it produced instead of being applied again. The default, {@link
 * #inMemory(int, Duration, Clock)}, forgets ids after a time and beyond a size; a host running several instances
 * supplies one backed by its shared store. Implementations must be thread-safe; a failing one should throw an
 * {@link org.oms4j.core.OmsException}.
 *
 * <p>Two concurrent deliveries of one id may both miss; the intake stays correct because submitting and editing are
 * idempotent on the order's channel and external id.
 */
public interface WebhookDedupe {
  /** The order the delivery with this id produced, if it was seen and is still remembered. */
  Optional<OrderId> seen(SalesChannel channel, String webhookId);

  /** Records that the delivery with this id produced this order. */
  void remember(SalesChannel channel, String webhookId, OrderId orderId);

  /**
   * An in-memory store keeping each id for {@code ttl} after it was remembered, and at most {@code maxEntries} ids
   * (the oldest are forgotten first).
   *
   * @param clock the time ids expire by
   * @throws org.oms4j.core.InvalidInputException if maxEntries is not positive or ttl not positive
   */
  static WebhookDedupe inMemory(int maxEntries, Duration ttl, Clock clock) {
    if (maxEntries <= 0) {
      throw new org.oms4j.core.InvalidInputException("maxEntries", maxEntries, "must be positive");
    }
    requireNonNull(ttl, "ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new org.oms4j.core.InvalidInputException("ttl", ttl, "must be positive");
    }
    return new InMemoryWebhookDedupe(maxEntries, ttl, requireNonNull(clock, "clock"));
  }

  /** A store that remembers nothing: every delivery is handled (and is still idempotent on the order). */
  static WebhookDedupe none() {
    return NoDedupe.INSTANCE;
  }
}
