package org.oms4j.channels;

import java.util.Optional;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.OrderId;

/** {@link WebhookDedupe#none()}. */
enum NoDedupe implements WebhookDedupe {
  INSTANCE;

  @Override
  public Optional<OrderId> seen(SalesChannel channel, String webhookId) {
    return Optional.empty();
  }

  @Override
  public void remember(SalesChannel channel, String webhookId, OrderId orderId) {
    // nothing
  }
}
