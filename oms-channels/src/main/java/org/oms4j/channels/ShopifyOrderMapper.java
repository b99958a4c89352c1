package org.oms4j.channels;

import static java.util.Objects.requireNonNull;
import static org.oms4j.channels.JsonInput.absent;
import static org.oms4j.channels.JsonInput.amount;
import static org.oms4j.channels.JsonInput.optionalArray;
import static org.oms4j.channels.JsonInput.optionalText;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.HoldType;

/**
 * Maps a Shopify Admin REST {@code Order} (the body of an {@code orders/create}, {@code orders/updated} or {@code
 * orders/cancelled} webhook) for one configured {@link SalesChannel}. The external order id is Shopify's numeric
 * {@code id}; the external line ids are the line items' {@code id}s.
 *
 * <p>Read: {@code id}, {@code currency}, {@code taxes_included}, {@code financial_status}, {@code cancelled_at},
 * {@code created_at}, {@code email}, {@code total_price} (reconciled when present), {@code line_items[]} ({@code id},
 * {@code sku}, {@code quantity}, {@code price}, {@code discount_allocations[].amount} or else {@code
 * total_discount}, {@code tax_lines[].price}), {@code shipping_lines[]} ({@code price}, {@code tax_lines[].price}),
 * {@code shipping_address} ({@code name}, {@code address1}, {@code address2}, {@code city}, {@code province_code},
 * {@code zip}, {@code country_code}, {@code phone}; the {@code billing_address} when an order of gift cards or
 * digital goods has none) and {@code customer} ({@code id}, {@code tags}, {@code email}).
 *
 * <p>Money: when {@code taxes_included} is true, prices and discounts include tax; each line is converted to a net
 * unit price (rounded up to the minor unit, the remainder added to the line's discount) so that the oms4j line
 * total equals Shopify's exactly. Shipping is likewise split into charge and tax.
 *
 * <p>Status: {@code pending}, {@code partially_paid} and {@code expired} ask for a {@link HoldType#PAYMENT} hold
 * ({@code PENDING}, {@code PENDING}, {@code FAILED}); {@code authorized}, {@code paid}, {@code partially_refunded}
 * and {@code refunded} map to their namesakes; {@code voided}, or any order with {@code cancelled_at}, is
 * cancelled.
 *
 * <p>Lines with {@code requires_shipping=false} (gift cards, digital goods) are ordinary lines. Instances are
 * immutable and thread-safe.
 */
public final class ShopifyOrderMapper extends Mappers {
  /** The default largest body accepted, in bytes. */
  public static final int DEFAULT_MAX_BODY_BYTES = OrderMapper.DEFAULT_MAX_BODY_BYTES;

  static final JsonInput.AddressFields ADDRESS = new JsonInput.AddressFields(".address1", ".address2", ".city",
      ".province_code", ".zip", ".country_code", ".name", Optional.empty(), ".phone");

  private ShopifyOrderMapper(SalesChannel channel, int maxBodyBytes) {
    super(channel, maxBodyBytes);
  }

  /** A mapper for this channel accepting bodies up to {@link #DEFAULT_MAX_BODY_BYTES}. */
  public static ShopifyOrderMapper of(SalesChannel channel) {
    return of(channel, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * A mapper for this channel.
   *
   * @param maxBodyBytes the largest body accepted
   * @throws org.oms4j.core.InvalidInputException if maxBodyBytes is not positive
   */
  public static ShopifyOrderMapper of(SalesChannel channel, int maxBodyBytes) {
    return new ShopifyOrderMapper(channel, maxBodyBytes);
  }

  @Override
  public Platform platform() {
    return Platform.SHOPIFY;
  }

  @Override
  public ChannelOrder read(byte[] body) {
    JsonNode root = JsonInput.object(requireNonNull(body, "body"), maxBodyBytes());
    CurrencyUnit currency = JsonInput.currency(root, "currency", "$.currency");
    DraftAssembly order =
        new DraftAssembly(channel(), JsonInput.identifier(root, "id", "$.id"), currency);
    boolean taxesIncluded = JsonInput.optionalBoolean(root, "taxes_included", "$.taxes_included");
    optionalText(root, "created_at", "$.created_at")
        .ifPresent(t -> order.draft().placedAt(JsonInput.offsetDateTime(t, "$.created_at")));
    optionalText(root, "updated_at", "$.updated_at")
        .ifPresent(t -> order.updatedAt(JsonInput.offsetDateTime(t, "$.updated_at")));
    JsonNode items = JsonInput.array(root, "line_items", "$.line_items");
    for (int i = 0; i < items.size(); i++) {
      String path = "$.line_items[" + i + "]";
      JsonNode item = JsonInput.element(items, i, path);
      if (order.skipIfZeroQuantity(item, "quantity", path)) {
        continue;
      }
      Sku sku = order.skuOrPlaceholder(JsonInput.sku(item, "sku", path + ".sku"), path);
      int quantity = JsonInput.quantity(item, "quantity", path + ".quantity");
      BigDecimal price = amount(item, "price", path + ".price");
      BigDecimal discount;
      if (!absent(item.get("discount_allocations"))) {
        discount = JsonInput.sum(item, "discount_allocations", "amount", path);
      } else {
        discount = JsonInput.optionalAmount(item, "total_discount", path + ".total_discount");
      }
      BigDecimal tax = JsonInput.sum(item, "tax_lines", "price", path);
      String lineId = JsonInput.optionalIdentifier(item, "id", path + ".id").orElse(Integer.toString(i + 1));
      order.addLine(lineId, path, LineAmounts.line(path, sku, quantity, price.multiply(BigDecimal.valueOf(quantity)),
          discount, tax, taxesIncluded, currency), "$.line_items");
    }
    JsonNode shipping = optionalArray(root, "shipping_lines", "$.shipping_lines");
    for (int i = 0; i < shipping.size(); i++) {
      String p = "$.shipping_lines[" + i + "]";
      JsonNode line = JsonInput.element(shipping, i, p);
      BigDecimal price = amount(line, "price", p + ".price");
      BigDecimal tax = JsonInput.sum(line, "tax_lines", "price", p);
      if (taxesIncluded) {
        price = price.subtract(tax);
        if (price.signum() < 0) {
          throw new InvalidInputException(p + ".tax_lines", tax.toPlainString(),
              "tax exceeds the tax-inclusive shipping price");
        }
      }
      order.addCharge(price, tax);
    }
    order.draft().shipTo(shipTo(root));
    order.draft().customer(customer(root));
    String financial = JsonInput.text(root, "financial_status", "$.financial_status");
    boolean cancelled = optionalText(root, "cancelled_at", "$.cancelled_at").isPresent();
    DraftAssembly.Disposition disposition = disposition(financial, cancelled);
    Optional<BigDecimal> total = absent(root.get("total_price")) ? Optional.empty()
        : Optional.of(amount(root, "total_price", "$.total_price"));
    return order.build("$.line_items", disposition,
        "shopify financial_status " + financial + (cancelled ? ", cancelled" : ""), total, "$.total_price");
  }

  private static Address shipTo(JsonNode root) {
    String field = absent(root.get("shipping_address")) && !absent(root.get("billing_address"))
        ? "billing_address" : "shipping_address";
    String path = "$." + field;
    return JsonInput.address(JsonInput.object(root, field, path), path, ADDRESS);
  }

  private static org.oms4j.core.common.Customer customer(JsonNode root) {
    JsonNode c = JsonInput.object(root, "customer", "$.customer");
    String id = JsonInput.identifier(c, "id", "$.customer.id");
    List<String> tags = optionalText(c, "tags", "$.customer.tags").map(t -> Arrays.asList(t.split(",")))
        .orElse(List.of());
    Optional<String> email = optionalText(c, "email", "$.customer.email");
    if (email.isEmpty()) {
      email = optionalText(root, "email", "$.email");
    }
    return DraftAssembly.customer(id, email, tags, "$.customer");
  }

  private static DraftAssembly.Disposition disposition(String financialStatus, boolean cancelled) {
    PaymentStatus payment;
    switch (financialStatus) {
      case "pending":
      case "partially_paid":
        payment = PaymentStatus.PENDING;
        break;
      case "authorized":
        payment = PaymentStatus.AUTHORISED;
        break;
      case "paid":
        payment = PaymentStatus.PAID;
        break;
      case "partially_refunded":
        payment = PaymentStatus.PARTIALLY_REFUNDED;
        break;
      case "refunded":
        payment = PaymentStatus.REFUNDED;
        break;
      case "voided":
        return DraftAssembly.Disposition.cancel(PaymentStatus.VOIDED);
      case "expired":
        payment = PaymentStatus.FAILED;
        break;
      default:
        throw new InvalidInputException("$.financial_status", financialStatus, "unknown financial status");
    }
    if (cancelled) {
      return DraftAssembly.Disposition.cancel(payment);
    }
    return payment == PaymentStatus.PENDING || payment == PaymentStatus.FAILED
        ? DraftAssembly.Disposition.held(payment, HoldType.PAYMENT) : DraftAssembly.Disposition.open(payment);
  }

}
