package org.oms4j.carriers;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.ShipmentId;

/**
 * A shipment will arrive after the date the order promised, or the carrier reports it delayed: a host applies {@link
 * #event()} to the order, so that the delay is in its audit trail and reaches its listeners through the outbox,
 * and turns it into a proactive message to the customer.
 *
 * @param shipment the shipment
 * @param promised the promised delivery date
 * @param estimated the carrier's current estimate, when it gives one
 * @param reason the carrier's incident reason or a description of the delay
 */
public record DelayNotice(ShipmentId shipment, LocalDate promised, Optional<LocalDate> estimated, String reason) {
  /** Checks the arguments. */
  public DelayNotice {
    Objects.requireNonNull(shipment, "shipment");
    Objects.requireNonNull(promised, "promised");
    Objects.requireNonNull(estimated, "estimated");
    Objects.requireNonNull(reason, "reason");
  }

  /** The order event that records this delay (reasons longer than an event takes are shortened). */
  public OrderEvent.ShipmentDelayed event() {
    return new OrderEvent.ShipmentDelayed(shipment, estimated,
        reason.length() <= 500 ? reason : reason.substring(0, 497) + "...");
  }
}
