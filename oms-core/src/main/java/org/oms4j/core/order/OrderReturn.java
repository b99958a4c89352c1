package org.oms4j.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/** A return (RMA): delivered units the customer sends back, from request to refund. */
@Value.Immutable(copy = true)
@JsonSerialize(as = ImmutableOrderReturn.class)
@JsonDeserialize(as = ImmutableOrderReturn.class)
public abstract class OrderReturn {
  OrderReturn() {}

  /** The return's id. */
  public abstract ReturnId id();

  /** The units returned, one entry per line. */
  public abstract List<LineQuantity> items();

  /** The customer's reason. */
  public abstract String reason();

  /** Its status. */
  public abstract ReturnStatus status();

  /** When it was requested. */
  public abstract Instant requestedAt();

  /** When its status last changed. */
  public abstract Instant updatedAt();

  /** The amount refunded, once refunded. */
  public abstract Optional<MonetaryAmount> refunded();

  /** Units of {@code line} in this return. */
  public int quantityOf(LineId line) {
    for (LineQuantity item : items()) {
      if (item.lineId().equals(line)) {
        return item.quantity();
      }
    }
    return 0;
  }

  OrderReturn moveTo(ReturnStatus status, Instant at) {
    return ((ImmutableOrderReturn) this).withStatus(status).withUpdatedAt(at);
  }

  OrderReturn refund(MonetaryAmount amount, Instant at) {
    return ((ImmutableOrderReturn) this).withStatus(ReturnStatus.REFUNDED).withUpdatedAt(at)
        .withRefunded(amount);
  }
}
