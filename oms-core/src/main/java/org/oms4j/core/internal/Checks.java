package org.oms4j.core.internal;

import java.util.Collection;
import org.oms4j.core.InvalidInputException;

/** Argument checks that throw {@link InvalidInputException} naming the field. Not API. */
public final class Checks {
  private Checks() {}

  /** A non-null, non-blank text of at most {@code maxLength} characters, without surrounding white space. */
  public static String text(String field, String value, int maxLength) {
    if (value == null) {
      throw new InvalidInputException(field, null, "must not be null");
    }
    if (value.isBlank()) {
      throw new InvalidInputException(field, value, "must not be blank");
    }
    if (value.length() > maxLength) {
      throw new InvalidInputException(field, value, "must be at most " + maxLength + " characters");
    }
    if (!value.strip().equals(value)) {
      throw new InvalidInputException(field, value, "must not start or end with white space");
    }
    return value;
  }

  /** An identifier: non-blank text of at most 128 characters with no white space or control characters. */
  public static String identifier(String field, String value) {
    text(field, value, 128);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new InvalidInputException(field, value, "must not contain white space or control characters");
      }
    }
    return value;
  }

  /** A strictly positive number. */
  public static int positive(String field, int value) {
    if (value <= 0) {
      throw new InvalidInputException(field, value, "must be positive");
    }
    return value;
  }

  /** Zero or more. */
  public static int nonNegative(String field, int value) {
    if (value < 0) {
      throw new InvalidInputException(field, value, "must not be negative");
    }
    return value;
  }

  /** A non-empty collection. */
  public static <C extends Collection<?>> C nonEmpty(String field, C value) {
    if (value.isEmpty()) {
      throw new InvalidInputException(field, value, "must not be empty");
    }
    return value;
  }

  /** Refuses a null reference with an {@link InvalidInputException} rather than a bare NPE. */
  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, null, "must not be null");
    }
    return value;
  }
}
