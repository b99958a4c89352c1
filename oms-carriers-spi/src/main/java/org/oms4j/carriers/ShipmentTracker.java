package org.oms4j.carriers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.oms4j.carriers.spi.Tracking;
import org.oms4j.carriers.spi.TrackingEvent;
import org.oms4j.carriers.spi.TrackingStatus;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.ShipmentEventType;
import org.oms4j.core.order.ShipmentId;
import org.oms4j.core.order.ShipmentStatus;
import org.oms4j.core.order.StateMachines;

/**
 * Turns a carrier's normalised tracking into shipment events through core's shipment state machine: idempotent
 * (an event already applied, or a status the shipment already has, changes nothing), ordered by event time (an
 * event at or before the cursor's time, such as an older scan arriving late, is ignored, so a shipment never moves
 * back), and with return-to-sender and failed delivery as their own events. It also detects delay: an estimate
 * after the promised date yields a {@link DelayNotice} once per new estimate, and so does a new DELAYED scan when
 * the carrier gives no estimate.
 */
public final class ShipmentTracker {
  private ShipmentTracker() {}

  /**
   * The shipment event a tracking status drives, if any. PRE_TRANSIT drives none (shipping is applied with the
   * label); DELAYED counts as in transit (and raises a delay notice); AVAILABLE_FOR_PICKUP counts as out for
   * delivery, since core has no pickup-point state; CANCELLED and UNKNOWN drive none.
   */
  public static Optional<ShipmentEventType> shipmentEvent(TrackingStatus status) {
    switch (status) {
      case PICKED_UP:
      case IN_TRANSIT:
      case DELAYED:
        return Optional.of(ShipmentEventType.IN_TRANSIT);
      case OUT_FOR_DELIVERY:
      case AVAILABLE_FOR_PICKUP:
        return Optional.of(ShipmentEventType.OUT_FOR_DELIVERY);
      case DELIVERED:
        return Optional.of(ShipmentEventType.DELIVER);
      case DELIVERY_FAILED:
        return Optional.of(ShipmentEventType.DELIVERY_FAILED);
      case ON_HOLD:
        return Optional.of(ShipmentEventType.EXCEPTION);
      case RETURN_TO_SENDER:
        return Optional.of(ShipmentEventType.RETURN_TO_SENDER);
      default:
        return Optional.empty();
    }
  }

  /**
   * Plans the update of one shipment.
   *
   * @param shipment the shipment's id
   * @param current its current status
   * @param cursor what was applied before
   * @param tracking what the carrier reports now
   * @param promised the delivery date promised to the customer, if any
   * @return the events to apply and the cursor to store; nothing while the shipment has not shipped yet
   */
  public static TrackingPlan plan(ShipmentId shipment, ShipmentStatus current, TrackingCursor cursor,
      Tracking tracking, Optional<LocalDate> promised) {
    Objects.requireNonNull(shipment, "shipment");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(cursor, "cursor");
    Objects.requireNonNull(tracking, "tracking");
    Objects.requireNonNull(promised, "promised");
    if (!current.departed()) {
      return new TrackingPlan(List.of(), cursor, Optional.empty());
    }
    List<TrackingEvent> fresh = tracking.events().stream()
        .filter(e -> cursor.appliedUpTo().map(t -> e.time().isAfter(t)).orElse(true))
        .sorted(Comparator.comparing(TrackingEvent::time).thenComparing(TrackingEvent::status))
        .toList();
    List<OrderEvent.ShipmentProgressed> events = new ArrayList<>();
    ShipmentStatus status = current;
    Optional<Instant> upTo = cursor.appliedUpTo();
    Optional<TrackingEvent> delayed = Optional.empty();
    for (TrackingEvent e : fresh) {
      upTo = Optional.of(e.time());
      if (e.status() == TrackingStatus.DELAYED) {
        delayed = Optional.of(e);
      }
      Optional<ShipmentEventType> type = shipmentEvent(e.status());
      if (type.isEmpty() || !StateMachines.SHIPMENT.permits(status, type.get())) {
        continue;
      }
      Set<ShipmentStatus> targets = StateMachines.SHIPMENT.targets(status, type.get());
      ShipmentStatus target = targets.iterator().next();
      if (target == status) {
        continue;
      }
      events.add(new OrderEvent.ShipmentProgressed(shipment, type.get()));
      status = target;
    }
    Optional<LocalDate> notified = cursor.notifiedEstimate();
    Optional<DelayNotice> notice = Optional.empty();
    if (promised.isPresent() && !status.terminal()) {
      Optional<LocalDate> estimate = tracking.estimatedDelivery();
      if (estimate.isPresent() && estimate.get().isAfter(promised.get()) && !estimate.equals(notified)) {
        notice = Optional.of(new DelayNotice(shipment, promised.get(), estimate,
            delayed.flatMap(TrackingEvent::incidentReason).orElse("the carrier now estimates " + estimate.get())));
        notified = estimate;
      } else if (delayed.isPresent() && estimate.isEmpty()) {
        notice = Optional.of(new DelayNotice(shipment, promised.get(), estimate,
            delayed.get().incidentReason().orElse("the carrier reports a delay")));
      }
    }
    return new TrackingPlan(events, new TrackingCursor(upTo, notified), notice);
  }
}
