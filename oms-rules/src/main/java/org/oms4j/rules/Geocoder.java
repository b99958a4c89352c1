package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.oms4j.core.InvalidInputException;
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
   * @throws InvalidInputException naming a key that is not of that form
   */
  static Geocoder byPostalPrefix(Map<String, GeoPoint> prefixes) {
    Map<String, Map<String, GeoPoint>> byCountry = new HashMap<>();
    int longest = 0;
    for (Map.Entry<String, GeoPoint> e : prefixes.entrySet()) {
      String key = e.getKey();
      int colon = key.indexOf(':');
      if (colon <= 0 || colon == key.length() - 1) {
        throw new InvalidInputException("prefixes", key, "expected COUNTRY:PREFIX, e.g. US:100");
      }
      String prefix = key.substring(colon + 1).replace(" ", "");
      byCountry.computeIfAbsent(key.substring(0, colon), c -> new HashMap<>())
          .put(prefix, requireNonNull(e.getValue(), "prefixes"));
      longest = Math.max(longest, prefix.length());
    }
    Map<String, Map<String, GeoPoint>> table = new HashMap<>();
    byCountry.forEach((country, points) -> table.put(country, Map.copyOf(points)));
    int maxLength = longest;
    return address -> {
      Map<String, GeoPoint> points = table.get(address.country());
      if (points == null) {
        return Optional.empty();
      }
      String code = address.postalCode();
      if (code.indexOf(' ') >= 0) {
        code = code.replace(" ", "");
      }
      for (int n = Math.min(code.length(), maxLength); n > 0; n--) {
        GeoPoint p = points.get(code.substring(0, n));
        if (p != null) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    };
  }
}
