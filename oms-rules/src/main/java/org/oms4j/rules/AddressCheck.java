package org.oms4j.rules;

import java.util.Optional;

/**
 * What an address validator said.
 *
 * @param valid whether the address can be delivered to
 * @param problem what is wrong, when not valid
 */
public record AddressCheck(boolean valid, Optional<String> problem) {
  /** An address that can be delivered to. */
  public static AddressCheck ok() {
    return new AddressCheck(true, Optional.empty());
  }

  /** An address that cannot, and why. */
  public static AddressCheck invalid(String problem) {
    return new AddressCheck(false, Optional.of(problem));
  }
}
