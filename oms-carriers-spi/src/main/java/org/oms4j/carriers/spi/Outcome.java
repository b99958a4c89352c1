package org.oms4j.carriers.spi;

import java.util.Objects;
import java.util.Optional;
import org.oms4j.core.internal.Checks;

/**
 * The result of an optional operation: done with a value, or not supported by this carrier. Not supporting an
 * operation is an ordinary answer, not an exception.
 *
 * @param <T> the value type
 */
public sealed interface Outcome<T> permits Outcome.Done, Outcome.Unsupported {
  /** A completed operation. */
  static <T> Outcome<T> done(T value) {
    return new Done<>(value);
  }

  /** An operation this carrier does not offer. */
  static <T> Outcome<T> unsupported(CarrierOperation operation, String reason) {
    return new Unsupported<>(operation, reason);
  }

  /** The value, if the operation was done. */
  Optional<T> value();

  /**
   * A completed operation.
   *
   * @param result the result
   * @param <T> the value type
   */
  record Done<T>(T result) implements Outcome<T> {
    /** Checks the argument. */
    public Done {
      Objects.requireNonNull(result, "result");
    }

    @Override
    public Optional<T> value() {
      return Optional.of(result);
    }
  }

  /**
   * The carrier does not offer the operation.
   *
   * @param operation which operation
   * @param reason why, for people
   * @param <T> the value type
   */
  record Unsupported<T>(CarrierOperation operation, String reason) implements Outcome<T> {
    /** Checks the arguments. */
    public Unsupported {
      Objects.requireNonNull(operation, "operation");
      Checks.text("reason", reason, 500);
    }

    @Override
    public Optional<T> value() {
      return Optional.empty();
    }
  }
}
