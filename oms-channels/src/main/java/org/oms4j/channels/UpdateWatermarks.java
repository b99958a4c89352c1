package org.oms4j.channels;

import java.time.Instant;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.SalesChannel;

/**
 * The newest platform update {@link ChannelIntake} has applied per order, so that a payload older than that (a
 * webhook delivered late, out of order) is ignored instead of turning the order back. The default, {@link
 * #inMemory(int)}, keeps the most recently updated orders; a host running several instances supplies one backed by
 * its shared store. Implementations must be thread-safe and {@link #advance} atomic per order; a failing one
 * should throw an {@link org.oms4j.core.OmsException}.
 */
public interface UpdateWatermarks {
  /**
   * Records that the channel's order was changed on the platform at {@code updatedAt}, unless a later change was
   * already recorded.
   *
   * @return true if {@code updatedAt} is not older than every change recorded for the order (the payload should be
   *     applied; the same time again is true, so a retried payload is applied), false if it is stale
   */
  boolean advance(SalesChannel channel, String externalOrderId, Instant updatedAt);

  /**
   * An in-memory store of at most {@code maxOrders} orders; beyond that the least recently updated are forgotten
   * (and a stale payload for one of them would be applied).
   *
   * @throws InvalidInputException if {@code maxOrders} is not positive
   */
  static UpdateWatermarks inMemory(int maxOrders) {
    if (maxOrders <= 0) {
      throw new InvalidInputException("maxOrders", maxOrders, "must be positive");
    }
    return new InMemoryUpdateWatermarks(maxOrders);
  }

  /** A store that records nothing: every payload is applied, in the order it arrives. */
  static UpdateWatermarks none() {
    return (channel, externalOrderId, updatedAt) -> true;
  }
}
