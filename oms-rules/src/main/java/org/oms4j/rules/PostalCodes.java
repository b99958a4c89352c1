package org.oms4j.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Postal-code formats per country, from each postal authority's published format, for the countries oms4j knows:
 * US (ZIP or ZIP+4), Canada, United Kingdom, Germany, France, Australia, Japan and the Netherlands. Codes of other
 * countries are accepted as they are. Upper or lower case and one optional space are accepted where the format has
 * letters.
 */
public final class PostalCodes {
  private static final Map<String, Pattern> FORMATS = Map.of(
      "US", Pattern.compile("\\d{5}(-\\d{4})?"),
      // first letter not D F I O Q U W Z; no D F I O Q U anywhere
      "CA", Pattern.compile("[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d"),
      // outward code (A9, A99, AA9, AA99, A9A, AA9A), space optional, inward code 9AA; plus the Girobank GIR 0AA
      "GB", Pattern.compile("(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9]"
          + "[ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})"),
      "DE", Pattern.compile("\\d{5}"),
      "FR", Pattern.compile("\\d{5}"),
      "AU", Pattern.compile("\\d{4}"),
      "JP", Pattern.compile("\\d{3}-?\\d{4}"),
      // 1000-9999, then two letters but never SA, SD or SS
      "NL", Pattern.compile("[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2}"));

  private static final Map<String, String> EXAMPLES = Map.of("US", "12345 or 12345-6789", "CA", "K1A 0B1",
      "GB", "SW1A 1AA", "DE", "10115", "FR", "75008", "AU", "2000", "JP", "100-0001", "NL", "1012 AB");

  private PostalCodes() {}

  /** The countries whose formats are checked. */
  public static Set<String> countries() {
    return FORMATS.keySet();
  }

  /**
   * What is wrong with a postal code for a country.
   *
   * @return the problem, or empty if the code fits the country's format (or the country is not one oms4j checks)
   */
  public static Optional<String> check(String country, String postalCode) {
    Pattern format = FORMATS.get(country);
    if (format == null) {
      return Optional.empty();
    }
    String code = postalCode.strip().toUpperCase(Locale.ROOT);
    if (format.matcher(code).matches()) {
      return Optional.empty();
    }
    return Optional.of("postal code '" + postalCode + "' is not a valid " + country + " postal code (e.g. "
        + EXAMPLES.get(country) + ")");
  }
}
