package org.oms4j.carriers.spi;

import java.util.Objects;

/** The carrier refused a request value; names the field and the reason. Retrying the same request will fail. */
public final class InvalidRequestException extends CarrierException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  /**
   * @param field the offending field, for example {@code parcels[0].weight}
   * @param reason why
   */
  public InvalidRequestException(String field, String reason) {
    super("invalid " + Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(reason, "reason"));
    this.field = field;
    this.reason = reason;
  }

  /** The offending field. */
  public String field() {
    return field;
  }

  /** Why it was refused. */
  public String reason() {
    return reason;
  }
}
