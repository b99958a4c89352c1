package org.oms4j.channels;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Sku;

/**
 * Reading platform JSON for the mappers: every helper names the JSON path and the value it refuses with an {@link
 * InvalidInputException}. Decimals are read exactly (never through {@code double}). Stateless.
 */
final class JsonInput {
  /** Shared, configured once, never mutated after: Jackson's ObjectMapper is thread-safe for reading. */
  static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(64)
              .maxStringLength(64 * 1024).build())
          .build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  private static final int MAX_INTEGER_DIGITS = 15;
  private static final int MAX_SCALE = 10;

  private JsonInput() {}

  /** Refuses a body over the limit, before anything parses it. */
  static void checkSize(int length, int maxBodyBytes) {
    if (length > maxBodyBytes) {
      throw new InvalidInputException("$", length + " bytes", "body larger than " + maxBodyBytes + " bytes");
    }
  }

  /** Parses a body that must be a JSON object. */
  static JsonNode object(byte[] body, int maxBodyBytes) {
    return parse(body, maxBodyBytes, true, "$");
  }

  /** Parses a body that must be a JSON array; {@code root} names it in paths. */
  static JsonNode array(byte[] body, int maxBodyBytes, String root) {
    return parse(body, maxBodyBytes, false, root);
  }

  private static JsonNode parse(byte[] body, int maxBodyBytes, boolean object, String path) {
    checkSize(body.length, maxBodyBytes);
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new InvalidInputException(path, "<" + body.length + " bytes>", "malformed JSON: " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new InvalidInputException(path, "<" + body.length + " bytes>", "unreadable body", e);
    }
    if (root == null || root.isMissingNode() || (object ? !root.isObject() : !root.isArray())) {
      throw new InvalidInputException(path, root == null ? "empty" : root.getNodeType(),
          object ? "not a JSON object" : "not a JSON array");
    }
    return root;
  }

  static boolean absent(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode();
  }

  static JsonNode required(JsonNode owner, String field, String path) {
    JsonNode n = owner.get(field);
    if (absent(n)) {
      throw new InvalidInputException(path, "null", "required");
    }
    return n;
  }

  static JsonNode object(JsonNode owner, String field, String path) {
    JsonNode n = required(owner, field, path);
    if (!n.isObject()) {
      throw new InvalidInputException(path, n, "not a JSON object");
    }
    return n;
  }

  static Optional<JsonNode> optionalObject(JsonNode owner, String field, String path) {
    return absent(owner.get(field)) ? Optional.empty() : Optional.of(object(owner, field, path));
  }

  static JsonNode element(JsonNode array, int index, String path) {
    JsonNode n = array.get(index);
    if (n == null || !n.isObject()) {
      throw new InvalidInputException(path, n, "not a JSON object");
    }
    return n;
  }

  static JsonNode array(JsonNode owner, String field, String path) {
    JsonNode n = required(owner, field, path);
    if (!n.isArray()) {
      throw new InvalidInputException(path, n, "not a JSON array");
    }
    return n;
  }

  /** The array, or an empty one when the field is absent or null. */
  static JsonNode optionalArray(JsonNode owner, String field, String path) {
    return absent(owner.get(field)) ? JSON.createArrayNode() : array(owner, field, path);
  }

  static String text(JsonNode n, String path) {
    if (!n.isTextual()) {
      throw new InvalidInputException(path, n, "not a string");
    }
    return n.textValue();
  }

  static String text(JsonNode owner, String field, String path) {
    return text(required(owner, field, path), path);
  }

  /** The text, or empty when absent, null or blank. */
  static Optional<String> optionalText(JsonNode owner, String field, String path) {
    JsonNode n = owner.get(field);
    if (absent(n)) {
      return Optional.empty();
    }
    String text = text(n, path).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A boolean; {@code 0} and {@code 1} count too (Magento sends flags as numbers); false when absent. */
  static boolean optionalBoolean(JsonNode owner, String field, String path) {
    JsonNode n = owner.get(field);
    if (absent(n)) {
      return false;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isIntegralNumber() && n.canConvertToInt() && (n.intValue() == 0 || n.intValue() == 1)) {
      return n.intValue() == 1;
    }
    throw new InvalidInputException(path, n, "not a boolean");
  }

  /** A platform id: a whole number, or a string of digits. */
  static String identifier(JsonNode owner, String field, String path) {
    JsonNode n = required(owner, field, path);
    String text;
    if (n.isIntegralNumber()) {
      text = n.bigIntegerValue().toString();
    } else if (n.isTextual()) {
      text = n.textValue();
    } else {
      throw new InvalidInputException(path, n, "not a whole number or string");
    }
    if (text.isEmpty() || text.length() > 64 || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      throw new InvalidInputException(path, n, "not a positive decimal id");
    }
    return text;
  }

  /** An optional platform id; absent, null and 0 (platforms' "none") are empty. */
  static Optional<String> optionalIdentifier(JsonNode owner, String field, String path) {
    if (absent(owner.get(field))) {
      return Optional.empty();
    }
    String id = identifier(owner, field, path);
    return id.chars().allMatch(ch -> ch == '0') ? Optional.empty() : Optional.of(id);
  }

  /** A positive whole number of units, as a JSON integer. */
  static int quantity(JsonNode owner, String field, String path) {
    return quantity(owner, field, path, false);
  }

  /**
   * A positive whole number of units: a JSON integer or, if {@code decimals}, a decimal with no fraction as a number
   * or string ({@code 2.0} or {@code "2.0000"}, as Magento sends quantities).
   */
  static int quantity(JsonNode owner, String field, String path, boolean decimals) {
    JsonNode n = required(owner, field, path);
    if (n.isIntegralNumber() || !decimals) {
      if (n.isIntegralNumber() && n.canConvertToInt() && n.intValue() > 0) {
        return n.intValue();
      }
      throw new InvalidInputException(path, n, "not a positive whole number");
    }
    BigDecimal d = null;
    if (n.isNumber()) {
      d = n.decimalValue();
    } else if (n.isTextual() && n.textValue().length() <= 20 && n.textValue().matches("[0-9]+(\\.0+)?")) {
      d = new BigDecimal(n.textValue());
    }
    if (d == null || d.signum() <= 0 || d.precision() - d.scale() > 9 || d.stripTrailingZeros().scale() > 0) {
      throw new InvalidInputException(path, n, "not a positive whole number");
    }
    return d.intValueExact();
  }

  /** A non-negative decimal amount, a string ("19.99") or a number. */
  static BigDecimal amount(JsonNode owner, String field, String path) {
    BigDecimal value = signedAmount(owner, field, path);
    if (value.signum() < 0) {
      throw new InvalidInputException(path, owner.get(field), "negative amount");
    }
    return value;
  }

  /** A non-negative amount, zero when absent or null. */
  static BigDecimal optionalAmount(JsonNode owner, String field, String path) {
    return absent(owner.get(field)) ? BigDecimal.ZERO : amount(owner, field, path);
  }

  /** A decimal amount of either sign (refunds, negative fees, Magento's order discount). */
  static BigDecimal signedAmount(JsonNode owner, String field, String path) {
    JsonNode n = required(owner, field, path);
    BigDecimal value;
    if (n.isTextual()) {
      String text = n.textValue().trim();
      if (text.length() > 40) {
        throw new InvalidInputException(path, n, "not a decimal amount");
      }
      try {
        value = new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new InvalidInputException(path, n, "not a decimal amount", e);
      }
    } else if (n.isNumber()) {
      value = n.decimalValue();
    } else {
      throw new InvalidInputException(path, n, "not a decimal amount");
    }
    if (value.scale() > MAX_SCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      throw new InvalidInputException(path, n, "amount out of range");
    }
    return value;
  }

  /** The sum of {@code owner[field][*][amountField]}; zero when the array is absent. */
  static BigDecimal sum(JsonNode owner, String field, String amountField, String path) {
    BigDecimal sum = BigDecimal.ZERO;
    JsonNode arr = optionalArray(owner, field, path + "." + field);
    for (int j = 0; j < arr.size(); j++) {
      String p = path + "." + field + "[" + j + "]";
      sum = sum.add(amount(element(arr, j, p), amountField, p + "." + amountField));
    }
    return sum;
  }

  static CurrencyUnit currency(JsonNode owner, String field, String path) {
    String code = text(owner, field, path);
    try {
      return Monetary.getCurrency(code);
    } catch (MonetaryException e) {
      throw new InvalidInputException(path, code, "unknown currency", e);
    }
  }

  /** An ISO-8601 date-time with offset ("2026-11-20T10:15:00+01:00"). */
  static Instant offsetDateTime(String text, String path) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(path, text, "not an ISO-8601 date-time with offset", e);
    }
  }

  /** A date-time without offset, in UTC: ISO "2026-11-20T09:15:00" (WooCommerce _gmt) or "2026-11-20 09:15:00". */
  static Instant utcDateTime(String text, String path) {
    try {
      return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(path, text, "not a date-time (yyyy-MM-dd HH:mm:ss, UTC)", e);
    }
  }

  /** An RFC 1123 date-time ("Fri, 20 Nov 2026 09:15:00 +0000"), as BigCommerce V2 sends. */
  static Instant rfc1123DateTime(String text, String path) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(path, text, "not an RFC 1123 date-time", e);
    }
  }

  /**
   * The SKU of a line, or empty when the platform sent none (absent, null or blank): the caller decides what a
   * line without SKU means. A SKU that is there but malformed (white space, too long) is refused.
   */
  static Optional<Sku> sku(JsonNode owner, String field, String path) {
    JsonNode n = owner.get(field);
    if (absent(n) || (n.isTextual() && n.textValue().isBlank())) {
      return Optional.empty();
    }
    String text = text(n, path).strip();
    try {
      return Optional.of(Sku.of(text));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(path, text, e.getMessage(), e);
    }
  }

  /**
   * Reads an address with a platform's field names. Street, city, postal code and country are required; the rest
   * are optional (blank counts as absent). Errors name the platform's field.
   */
  static Address address(JsonNode a, String path, AddressFields f) {
    Address.Builder b = Address.builder()
        .addLine(requiredText(a, f.line1(), path))
        .city(requiredText(a, f.city(), path))
        .postalCode(requiredText(a, f.postalCode(), path))
        .country(requiredText(a, f.country(), path));
    addressText(a, f.line2(), path).ifPresent(b::addLine);
    addressText(a, f.region(), path).ifPresent(b::region);
    String name = (addressText(a, f.firstName(), path).orElse("") + " "
        + f.lastName().flatMap(last -> addressText(a, last, path)).orElse("")).strip();
    if (!name.isEmpty()) {
      b.name(name);
    }
    addressText(a, f.phone(), path).ifPresent(b::phone);
    try {
      return b.build();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(path + f.forCoreField(e.field()), e.rejectedValue(), e.getMessage(), e);
    }
  }

  /** The node at a field ({@code .city}) or an array element ({@code .street[1]}) of {@code owner}. */
  private static JsonNode at(JsonNode owner, String dotted) {
    int bracket = dotted.indexOf('[');
    if (bracket < 0) {
      return owner.get(dotted.substring(1));
    }
    JsonNode arr = owner.get(dotted.substring(1, bracket));
    int index = Integer.parseInt(dotted.substring(bracket + 1, dotted.length() - 1));
    return arr != null && arr.isArray() ? arr.get(index) : null;
  }

  private static String requiredText(JsonNode owner, String dotted, String path) {
    JsonNode n = at(owner, dotted);
    if (absent(n)) {
      throw new InvalidInputException(path + dotted, "null", "required");
    }
    return text(n, path + dotted);
  }

  private static Optional<String> addressText(JsonNode owner, String dotted, String path) {
    JsonNode n = at(owner, dotted);
    if (absent(n)) {
      return Optional.empty();
    }
    String text = text(n, path + dotted).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * A platform's JSON fields for core's address attributes, each with its leading dot ({@code .zip}, or {@code
   * .street[0]} for an array element); a platform with one name field has no {@code lastName}.
   */
  record AddressFields(String line1, String line2, String city, String region, String postalCode, String country,
      String firstName, Optional<String> lastName, String phone) {
    String forCoreField(String coreField) {
      switch (coreField) {
        case "address.lines[0]": return line1;
        case "address.lines[1]": return line2;
        case "address.city": return city;
        case "address.postalCode": return postalCode;
        case "address.country": return country;
        case "address.region": return region;
        case "address.name": return firstName;
        case "address.phone": return phone;
        default: return "";
      }
    }
  }
}
