package org.oms4j.rules;

import org.oms4j.core.common.Address;

/**
 * Checks that an address can be delivered to. A host plugs a real service (a carrier's or a postal authority's
 * address API) in here; {@link #offline()} checks postal-code formats without any service.
 */
@FunctionalInterface
public interface AddressValidator {
  /** Checks an address. */
  AddressCheck check(Address address);

  /** The offline default: postal codes must match their country's format ({@link PostalCodes}). */
  static AddressValidator offline() {
    return address -> PostalCodes.check(address.country(), address.postalCode())
        .map(AddressCheck::invalid).orElseGet(AddressCheck::ok);
  }
}
