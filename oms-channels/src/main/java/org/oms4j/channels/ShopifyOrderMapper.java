package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryException;
import org.javamoney.moneta.Money;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.OrderDraft;

/**
 * Maps a Shopify Admin REST {@code Order} (the body of an {@code orders/create} webhook) to an {@link OrderDraft} for
 * one configured {@link SalesChannel}. The external order id is Shopify's numeric {@code id}.
 *
 * <p>Read: {@code id}, {@code currency}, {@code taxes_included}, {@code financial_status}, {@code created_at},
 * {@code email}, {@code line_items[]} ({@code sku}, {@code quantity}, {@code price}, {@code discount_allocations[].amount}
 * or else {@code total_discount}, {@code tax_lines[].price}), {@code shipping_lines[]} ({@code price}, {@code
 * tax_lines[].price}), {@code shipping_address} ({@code name}, {@code address1}, {@code address2}, {@code city},
 * {@code province_code}, {@code zip}, {@code country_code}, {@code phone}) and {@code customer} ({@code id}, {@code
 * tags}, {@code email}).
 *
 * <p>Money: when {@code taxes_included} is true, prices and discounts include tax; the mapper converts each line to a
 * net unit price (rounded up to the minor unit, the rounding remainder added to the line's discount) so that the
 * oms4j line total, {@code unitPrice * quantity - discount + tax}, equals Shopify's tax-inclusive line total exactly.
 * Shipping is likewise split into charge and tax.
 *
 * <p>Payment: {@code pending} and {@code partially_paid} map to {@link PaymentStatus#PENDING} (the caller may place a
 * {@link org.oms4j.core.order.HoldType#PAYMENT} hold), {@code authorized} to {@code AUTHORISED}, {@code paid} to
 * {@code PAID}, {@code partially_refunded}, {@code refunded} and {@code voided} to their namesakes, {@code expired}
 * to {@code FAILED}.
 *
 * <p>Lines with no SKU are refused (policy "reject"); lines with {@code requires_shipping=false} (gift cards, digital
 * goods) are kept as ordinary lines. A shipping address is required.
 *
 * <p>Any bad input (oversized or malformed body, wrong types, missing fields, unknown currency, negative amounts)
 * raises {@link InvalidInputException} naming the JSON path (e.g. {@code $.line_items[1].price}) and the value.
 * Instances are immutable and thread-safe.
 */
public final class ShopifyOrderMapper {
  /** The default largest body accepted, in bytes. */
  public static final int DEFAULT_MAX_BODY_BYTES = 512 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_INTEGER_DIGITS = 15;
  private static final int MAX_SCALE = 10;

  private final SalesChannel channel;
  private final int maxBodyBytes;

  ShopifyOrderMapper(SalesChannel channel, int maxBodyBytes) {
    this.channel = channel;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** A mapper for this channel accepting bodies up to {@link #DEFAULT_MAX_BODY_BYTES}. */
  public static ShopifyOrderMapper of(SalesChannel channel) {
    return of(channel, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * A mapper for this channel.
   *
   * @param maxBodyBytes the largest body accepted
   * @throws IllegalArgumentException if maxBodyBytes is not positive
   */
  public static ShopifyOrderMapper of(SalesChannel channel, int maxBodyBytes) {
    requireNonNull(channel, "channel");
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    return new ShopifyOrderMapper(channel, maxBodyBytes);
  }

  /** The channel the drafts are attributed to. */
  public SalesChannel channel() {
    return channel;
  }

  /** The largest body accepted, in bytes. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * Maps a raw Shopify order body.
   *
   * @param body the raw JSON bytes (UTF-8)
   * @return the draft
   * @throws InvalidInputException naming the JSON path and value for any bad input
   */
  public OrderDraft map(byte[] body) {
    requireNonNull(body, "body");
    checkSize(body.length);
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new InvalidInputException("$", "<" + body.length + " bytes>", "malformed JSON: " + e.getOriginalMessage(),
          e);
    } catch (java.io.IOException e) {
      throw new InvalidInputException("$", "<" + body.length + " bytes>", "unreadable body", e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException("$", root == null ? "empty" : root.getNodeType(), "not a JSON object");
    }
    return map(root);
  }

  void checkSize(int length) {
    if (length > maxBodyBytes) {
      throw new InvalidInputException("$", length + " bytes", "body larger than " + maxBodyBytes + " bytes");
    }
  }

  private OrderDraft map(JsonNode root) {
    String id = identifier(root, "id", "$.id");
    CurrencyUnit currency = currency(root);
    boolean taxesIncluded = optionalBoolean(root, "taxes_included", "$.taxes_included");
    OrderDraft.Builder draft = OrderDraft.builder().channel(channel).externalOrderId(id).currency(currency)
        .paymentStatus(payment(root));
    JsonNode created = root.get("created_at");
    if (created != null && !created.isNull()) {
      String text = text(created, "$.created_at");
      try {
        draft.placedAt(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException("$.created_at", text, "not an ISO-8601 date-time with offset", e);
      }
    }
    JsonNode items = array(root, "line_items", "$.line_items");
    if (items.isEmpty()) {
      throw new InvalidInputException("$.line_items", "[]", "an order needs at least one line");
    }
    if (items.size() > OrderDraft.MAX_LINES) {
      throw new InvalidInputException("$.line_items", items.size() + " lines", "at most " + OrderDraft.MAX_LINES);
    }
    for (int i = 0; i < items.size(); i++) {
      draft.addLine(line(items.get(i), "$.line_items[" + i + "]", currency, taxesIncluded));
    }
    shipping(root, draft, currency, taxesIncluded);
    draft.shipTo(address(object(root, "shipping_address", "$.shipping_address"), "$.shipping_address"));
    draft.customer(customer(root));
    try {
      return draft.build();
    } catch (InvalidInputException e) {
      throw new InvalidInputException("$", e.rejectedValue(), e.getMessage(), e);
    }
  }

  private static LineDraft line(JsonNode item, String path, CurrencyUnit currency, boolean taxesIncluded) {
    if (!item.isObject()) {
      throw new InvalidInputException(path, item.getNodeType(), "not a JSON object");
    }
    JsonNode skuNode = item.get("sku");
    if (skuNode == null || skuNode.isNull() || (skuNode.isTextual() && skuNode.asText().isBlank())) {
      throw new InvalidInputException(path + ".sku", skuNode == null ? "null" : skuNode,
          "line has no SKU; this channel's policy for lines without SKU is reject");
    }
    Sku sku;
    try {
      sku = Sku.of(text(skuNode, path + ".sku"));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(path + ".sku", skuNode.asText(), e.getMessage(), e);
    }
    JsonNode qtyNode = required(item, "quantity", path + ".quantity");
    if (!qtyNode.isIntegralNumber() || !qtyNode.canConvertToInt() || qtyNode.intValue() <= 0) {
      throw new InvalidInputException(path + ".quantity", qtyNode, "not a positive whole number");
    }
    int quantity = qtyNode.intValue();
    BigDecimal price = amount(item, "price", path + ".price");
    BigDecimal discount;
    JsonNode allocations = item.get("discount_allocations");
    if (allocations != null && !allocations.isNull()) {
      discount = BigDecimal.ZERO;
      JsonNode arr = array(item, "discount_allocations", path + ".discount_allocations");
      for (int j = 0; j < arr.size(); j++) {
        String p = path + ".discount_allocations[" + j + "]";
        discount = discount.add(amount(object(arr, j, p), "amount", p + ".amount"));
      }
    } else if (item.has("total_discount") && !item.get("total_discount").isNull()) {
      discount = amount(item, "total_discount", path + ".total_discount");
    } else {
      discount = BigDecimal.ZERO;
    }
    BigDecimal tax = taxSum(item, path, currency);
    BigDecimal gross = price.multiply(BigDecimal.valueOf(quantity));
    if (discount.compareTo(gross) > 0) {
      throw new InvalidInputException(path + ".discount", discount.toPlainString(),
          "exceeds the line amount " + gross.toPlainString());
    }
    BigDecimal unit = price;
    if (taxesIncluded && tax.signum() > 0) {
      BigDecimal lineGross = gross.subtract(discount);
      BigDecimal net = lineGross.subtract(tax);
      if (net.signum() < 0) {
        throw new InvalidInputException(path + ".tax_lines", tax.toPlainString(),
            "tax exceeds the tax-inclusive line amount " + lineGross.toPlainString());
      }
      int digits = Math.max(0, currency.getDefaultFractionDigits());
      // unit net of tax before discount, rounded up; the remainder moves into the discount so totals reconcile
      BigDecimal netBeforeDiscount = gross.subtract(tax);
      unit = netBeforeDiscount.divide(BigDecimal.valueOf(quantity), digits, RoundingMode.UP);
      discount = unit.multiply(BigDecimal.valueOf(quantity)).subtract(net);
    }
    try {
      return LineDraft.builder().sku(sku).quantity(quantity).unitPrice(Money.of(unit, currency))
          .discount(Money.of(discount, currency)).tax(Money.of(tax, currency)).build();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(path, e.rejectedValue(), e.getMessage(), e);
    }
  }

  private static BigDecimal taxSum(JsonNode owner, String path, CurrencyUnit currency) {
    BigDecimal tax = BigDecimal.ZERO;
    JsonNode taxes = owner.get("tax_lines");
    if (taxes == null || taxes.isNull()) {
      return tax;
    }
    JsonNode arr = array(owner, "tax_lines", path + ".tax_lines");
    for (int j = 0; j < arr.size(); j++) {
      String p = path + ".tax_lines[" + j + "]";
      tax = tax.add(amount(object(arr, j, p), "price", p + ".price"));
    }
    return tax;
  }

  private static void shipping(JsonNode root, OrderDraft.Builder draft, CurrencyUnit currency,
      boolean taxesIncluded) {
    JsonNode lines = root.get("shipping_lines");
    if (lines == null || lines.isNull()) {
      return;
    }
    JsonNode arr = array(root, "shipping_lines", "$.shipping_lines");
    BigDecimal charge = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    for (int i = 0; i < arr.size(); i++) {
      String p = "$.shipping_lines[" + i + "]";
      JsonNode line = object(arr, i, p);
      BigDecimal price = amount(line, "price", p + ".price");
      BigDecimal lineTax = taxSum(line, p, currency);
      if (taxesIncluded) {
        price = price.subtract(lineTax);
        if (price.signum() < 0) {
          throw new InvalidInputException(p + ".tax_lines", lineTax.toPlainString(),
              "tax exceeds the tax-inclusive shipping price");
        }
      }
      charge = charge.add(price);
      tax = tax.add(lineTax);
    }
    draft.shippingCharge(Money.of(charge, currency)).shippingTax(Money.of(tax, currency));
  }

  private static Address address(JsonNode a, String path) {
    Address.Builder b = Address.builder()
        .addLine(text(required(a, "address1", path + ".address1"), path + ".address1"))
        .city(text(required(a, "city", path + ".city"), path + ".city"))
        .postalCode(text(required(a, "zip", path + ".zip"), path + ".zip"))
        .country(text(required(a, "country_code", path + ".country_code"), path + ".country_code"));
    optionalText(a, "address2", path).filter(s -> !s.isBlank()).ifPresent(b::addLine);
    optionalText(a, "province_code", path).filter(s -> !s.isBlank()).ifPresent(b::region);
    optionalText(a, "name", path).filter(s -> !s.isBlank()).ifPresent(b::name);
    optionalText(a, "phone", path).filter(s -> !s.isBlank()).ifPresent(b::phone);
    try {
      return b.build();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(path + addressField(e.field()), e.rejectedValue(), e.getMessage(), e);
    }
  }

  /** The Shopify field for one of {@link Address}'s attribute paths, or "" when there is no single one. */
  private static String addressField(String coreField) {
    switch (coreField) {
      case "address.lines[0]": return ".address1";
      case "address.lines[1]": return ".address2";
      case "address.city": return ".city";
      case "address.postalCode": return ".zip";
      case "address.country": return ".country_code";
      case "address.region": return ".province_code";
      case "address.name": return ".name";
      case "address.phone": return ".phone";
      default: return "";
    }
  }

  private static Customer customer(JsonNode root) {
    JsonNode c = object(root, "customer", "$.customer");
    String id = identifier(c, "id", "$.customer.id");
    Customer.Builder b;
    try {
      b = Customer.builder().id(CustomerId.of(id));
      JsonNode tags = c.get("tags");
      if (tags != null && !tags.isNull()) {
        for (String tag : text(tags, "$.customer.tags").split(",")) {
          if (!tag.isBlank()) {
            b.addTag(tag.trim());
          }
        }
      }
      java.util.Optional<String> email = optionalText(c, "email", "$.customer");
      if (email.isEmpty()) {
        email = optionalText(root, "email", "$");
      }
      email.filter(s -> !s.isBlank()).ifPresent(b::email);
      return b.build();
    } catch (InvalidInputException e) {
      throw new InvalidInputException("$.customer", e.rejectedValue(), e.getMessage(), e);
    }
  }

  private static PaymentStatus payment(JsonNode root) {
    String status = text(required(root, "financial_status", "$.financial_status"), "$.financial_status");
    switch (status) {
      case "pending":
      case "partially_paid":
        return PaymentStatus.PENDING;
      case "authorized":
        return PaymentStatus.AUTHORISED;
      case "paid":
        return PaymentStatus.PAID;
      case "partially_refunded":
        return PaymentStatus.PARTIALLY_REFUNDED;
      case "refunded":
        return PaymentStatus.REFUNDED;
      case "voided":
        return PaymentStatus.VOIDED;
      case "expired":
        return PaymentStatus.FAILED;
      default:
        throw new InvalidInputException("$.financial_status", status, "unknown financial status");
    }
  }

  private static CurrencyUnit currency(JsonNode root) {
    String code = text(required(root, "currency", "$.currency"), "$.currency");
    try {
      return Monetary.getCurrency(code);
    } catch (MonetaryException e) {
      throw new InvalidInputException("$.currency", code, "unknown currency", e);
    }
  }

  // ---- JSON helpers: each names the JSON path and the value it refuses

  private static JsonNode required(JsonNode owner, String field, String path) {
    JsonNode n = owner.get(field);
    if (n == null || n.isNull()) {
      throw new InvalidInputException(path, "null", "required");
    }
    return n;
  }

  private static JsonNode object(JsonNode owner, String field, String path) {
    JsonNode n = required(owner, field, path);
    if (!n.isObject()) {
      throw new InvalidInputException(path, n, "not a JSON object");
    }
    return n;
  }

  private static JsonNode object(JsonNode array, int index, String path) {
    JsonNode n = array.get(index);
    if (n == null || !n.isObject()) {
      throw new InvalidInputException(path, n, "not a JSON object");
    }
    return n;
  }

  private static JsonNode array(JsonNode owner, String field, String path) {
    JsonNode n = required(owner, field, path);
    if (!n.isArray()) {
      throw new InvalidInputException(path, n, "not a JSON array");
    }
    return n;
  }

  private static String text(JsonNode n, String path) {
    if (!n.isTextual()) {
      throw new InvalidInputException(path, n, "not a string");
    }
    return n.textValue();
  }

  private static java.util.Optional<String> optionalText(JsonNode owner, String field, String parentPath) {
    JsonNode n = owner.get(field);
    if (n == null || n.isNull()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(text(n, parentPath + "." + field));
  }

  private static boolean optionalBoolean(JsonNode owner, String field, String path) {
    JsonNode n = owner.get(field);
    if (n == null || n.isNull()) {
      return false;
    }
    if (!n.isBoolean()) {
      throw new InvalidInputException(path, n, "not a boolean");
    }
    return n.booleanValue();
  }

  /** A Shopify id: a whole number, or a string of digits. */
  private static String identifier(JsonNode owner, String field, String path) {
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

  /** A non-negative decimal amount, sent by Shopify as a string ("19.99"); numbers are accepted too. */
  private static BigDecimal amount(JsonNode owner, String field, String path) {
    JsonNode n = required(owner, field, path);
    BigDecimal value;
    if (n.isTextual()) {
      try {
        value = new BigDecimal(n.textValue().trim());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(path, n, "not a decimal amount", e);
      }
    } else if (n.isNumber()) {
      value = n.decimalValue();
    } else {
      throw new InvalidInputException(path, n, "not a decimal amount");
    }
    if (value.signum() < 0) {
      throw new InvalidInputException(path, n, "negative amount");
    }
    if (value.scale() > MAX_SCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      throw new InvalidInputException(path, n, "amount out of range");
    }
    return value;
  }

  @Override
  public String toString() {
    return "ShopifyOrderMapper[" + channel + "]";
  }
}
