package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import org.oms4j.core.OmsException;
import org.oms4j.core.order.OrderId;

/**
 * A shop platform's update or cancellation of an order that oms4j can no longer apply, with a {@link Reason} the
 * host can show (for example, to tell the merchant to stop the parcel). The order is unchanged by the refused part.
 */
public final class OrderUpdateRefusedException extends OmsException {
  private static final long serialVersionUID = 1L;

  /** Why an update was refused. */
  public enum Reason {
    /** Units are already released to a warehouse (or shipped): the order's lines can no longer be edited. */
    ALREADY_RELEASED,
    /** Everything has shipped: nothing is left to cancel. */
    ALREADY_SHIPPED,
    /** The order was cancelled in oms4j; the platform still has it open. */
    ALREADY_CANCELLED
  }

  private final String orderId;
  private final Reason reason;

  /**
   * @param orderId the order
   * @param reason why
   * @param message the details, for people
   * @param cause what oms4j refused, may be null
   */
  public OrderUpdateRefusedException(OrderId orderId, Reason reason, String message, Throwable cause) {
    super("update of order " + requireNonNull(orderId, "orderId") + " refused (" + requireNonNull(reason, "reason")
        + "): " + message, cause);
    this.orderId = orderId.value();
    this.reason = reason;
  }

  /** The order. */
  public OrderId orderId() {
    return OrderId.of(orderId);
  }

  /** Why the update was refused. */
  public Reason reason() {
    return reason;
  }
}
