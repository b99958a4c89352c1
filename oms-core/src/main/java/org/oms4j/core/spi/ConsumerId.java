package org.oms4j.core.spi;

import org.oms4j.core.internal.Checks;

/**
 * Who claims outbox entries ({@link OrderStore#claim}): one per delivering process or thread, stable for as long as
 * it holds claims.
 *
 * @param value the identifier text: not blank, at most 128 characters, no white space
 */
public record ConsumerId(String value) {
  /** @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space */
  public ConsumerId {
    Checks.identifier("consumerId", value);
  }

  /**
   * The consumer id with this text.
   *
   * @throws org.oms4j.core.InvalidInputException if the value is null, blank, too long or has white space
   */
  public static ConsumerId of(String value) {
    return new ConsumerId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
