package org.oms4j.core;

import static java.util.Objects.requireNonNull;

/**
 * An input value was refused: blank, negative, malformed, an unknown currency, mixed currencies, malformed JSON.
 * Names the field (a Java attribute path such as {@code lines[2].quantity}, or a JSON path) and the rejected value.
 * Nothing was changed when this is thrown.
 */
public final class InvalidInputException extends OmsException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rejectedValue;

  /**
   * @param field the path of the offending field
   * @param rejectedValue the value as text ({@code "null"} when absent)
   * @param reason why it was refused
   */
  public InvalidInputException(String field, Object rejectedValue, String reason) {
    this(field, rejectedValue, reason, null);
  }

  /**
   * @param field the path of the offending field
   * @param rejectedValue the value as text ({@code "null"} when absent)
   * @param reason why it was refused
   * @param cause the underlying failure, may be null
   */
  public InvalidInputException(String field, Object rejectedValue, String reason, Throwable cause) {
    super("invalid " + requireNonNull(field, "field") + " '" + rejectedValue + "': " + reason, cause);
    this.field = field;
    this.rejectedValue = String.valueOf(rejectedValue);
  }

  /** The path of the offending field, for example {@code lines[2].quantity}. */
  public String field() {
    return field;
  }

  /** The refused value as text. */
  public String rejectedValue() {
    return rejectedValue;
  }
}
