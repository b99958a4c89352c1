package org.oms4j.carriers.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.oms4j.core.common.Address;

/**
 * A carrier's verdict on an address.
 *
 * @param deliverable whether the carrier can deliver to it
 * @param suggestion a corrected address, when the carrier proposes one
 * @param messages the carrier's remarks
 */
public record AddressValidation(boolean deliverable, Optional<Address> suggestion, List<String> messages) {
  /** Copies. */
  public AddressValidation {
    Objects.requireNonNull(suggestion, "suggestion");
    messages = List.copyOf(messages);
  }
}
