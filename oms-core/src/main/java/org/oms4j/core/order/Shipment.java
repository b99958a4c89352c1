package org.oms4j.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oms4j.core.common.LocationId;

/** Units of an order that travel together from one location: released, picked, packed, shipped, tracked. */
@Value.Immutable(copy = true)
@JsonSerialize(as = ImmutableShipment.class)
@JsonDeserialize(as = ImmutableShipment.class)
public abstract class Shipment {
  Shipment() {}

  /** The shipment's id. */
  public abstract ShipmentId id();

  /** The location it ships from. */
  public abstract LocationId locationId();

  /** Its units, one entry per line. */
  public abstract List<LineQuantity> items();

  /** Its status. */
  public abstract ShipmentStatus status();

  /** When it was released to the warehouse. */
  public abstract Instant releasedAt();

  /** When its status last changed. */
  public abstract Instant updatedAt();

  /** The carrier, once shipped. */
  public abstract Optional<String> carrier();

  /** The carrier's service, once shipped. */
  public abstract Optional<String> service();

  /** The tracking number, once shipped. */
  public abstract Optional<String> trackingNumber();

  /** When it was handed to the carrier. */
  public abstract Optional<Instant> shippedAt();

  /** When it was delivered. */
  public abstract Optional<Instant> deliveredAt();

  /** Units of {@code line} in this shipment. */
  public int quantityOf(LineId line) {
    for (LineQuantity item : items()) {
      if (item.lineId().equals(line)) {
        return item.quantity();
      }
    }
    return 0;
  }

  /** Total units in this shipment. */
  public int units() {
    int sum = 0;
    for (LineQuantity item : items()) {
      sum += item.quantity();
    }
    return sum;
  }

  Shipment moveTo(ShipmentStatus status, Instant at) {
    ImmutableShipment next = ((ImmutableShipment) this).withStatus(status).withUpdatedAt(at);
    return status == ShipmentStatus.DELIVERED ? next.withDeliveredAt(at) : next;
  }

  Shipment ship(String carrier, String service, String trackingNumber, Instant at) {
    return ((ImmutableShipment) this).withStatus(ShipmentStatus.SHIPPED).withUpdatedAt(at)
        .withCarrier(carrier).withService(service).withTrackingNumber(trackingNumber).withShippedAt(at);
  }
}
