package org.oms4j.rules;

import java.util.Map;
import java.util.Optional;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.GeoPoint;

/** Finds where an address is, for distance-based sourcing. A host plugs a real geocoder in here. */
@FunctionalInterface
public interface Geocoder {
  /** The address's coordinates, if known. */
  Optional<GeoPoint> locate(Address address);

  /** A geocoder that knows nothing: distance rules then treat every location alike. */
  static Geocoder none() {
    return address -> Optional.empty();
  }

  /**
   * An offline geocoder from a table of postal-code prefixes per country (e.g. {@code "US:100" -> New York}): the
   * longest matching prefix wins.
   *
   * @param prefixes keys {@code COUNTRY:PREFIX}
   */
  static Geocoder byPostalPrefix(Map<String, GeoPoint> prefixes) {
    Map<String, GeoPoint> table = Map.copyOf(prefixes);
    return address -> {
      String code = address.postalCode().replace(" ", "");
      for (int n = code.length(); n > 0; n--) {
        GeoPoint p = table.get(address.country() + ":" + code.substring(0, n));
        if (p != null) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    };
  }
}
