package org.oms4j.channels;

import static java.util.Objects.requireNonNull;
import static org.oms4j.channels.JsonInput.amount;
import static org.oms4j.channels.JsonInput.optionalText;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.HoldType;

/**
 * Maps a WooCommerce REST API v3 order (the body of an {@code order.created} or {@code order.updated} webhook, or of
 * {@code GET /wp-json/wc/v3/orders/<id>}) for one configured {@link SalesChannel}. The external order id is the
 * order's {@code id}; the external line ids are the line items' {@code id}s.
 *
 * <p>Read: {@code id}, {@code status}, {@code currency}, {@code date_created_gmt}, {@code total} (reconciled),
 * {@code customer_id} (0 for guests, who are identified by billing e-mail), {@code billing}, {@code shipping}
 * ({@code first_name}, {@code last_name}, {@code address_1}, {@code address_2}, {@code city}, {@code state}, {@code
 * postcode}, {@code country}, {@code phone}; an order of digital goods or gift cards may leave {@code shipping}
 * blank, and ships to the billing address), {@code line_items[]} ({@code id}, {@code sku}, {@code quantity}, {@code
 * subtotal}, {@code total}, {@code total_tax}), {@code shipping_lines[]} and {@code fee_lines[]} ({@code total},
 * {@code total_tax}) and {@code refunds[].total}.
 *
 * <p>Money: WooCommerce reports line {@code subtotal} (before coupons) and {@code total} (after) net of tax whether
 * or not the store enters prices with tax ({@code prices_include_tax}), so a line maps to unit price {@code
 * subtotal / quantity} (rounded up, the remainder added to the discount), discount {@code subtotal - total} and tax
 * {@code total_tax}. Shipping lines and positive fee lines are order-level charges. A negative fee (a discount
 * entered as a fee) takes off the lines' amounts and tax: oms4j holds discounts per line, so it is spread over the
 * lines in proportion to their amounts after their own discounts (and its tax in proportion to their tax).
 *
 * <p>Status: {@code pending}, {@code on-hold} and {@code failed} ask for a {@link HoldType#PAYMENT} hold; {@code
 * processing} and {@code completed} are paid ({@code PARTIALLY_REFUNDED} when {@code refunds} hold less than the
 * total); {@code cancelled}, {@code refunded} and {@code trash} cancel; {@code checkout-draft} is not an order yet
 * and is refused. Immutable and thread-safe.
 */
public final class WooCommerceOrderMapper extends Mappers {
  static final JsonInput.AddressFields ADDRESS = new JsonInput.AddressFields(".address_1", ".address_2", ".city",
      ".state", ".postcode", ".country", ".first_name", Optional.of(".last_name"), ".phone");

  private WooCommerceOrderMapper(SalesChannel channel, int maxBodyBytes) {
    super(channel, maxBodyBytes);
  }

  /** A mapper for this channel accepting bodies up to {@link OrderMapper#DEFAULT_MAX_BODY_BYTES}. */
  public static WooCommerceOrderMapper of(SalesChannel channel) {
    return of(channel, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * A mapper for this channel.
   *
   * @throws org.oms4j.core.InvalidInputException if maxBodyBytes is not positive
   */
  public static WooCommerceOrderMapper of(SalesChannel channel, int maxBodyBytes) {
    return new WooCommerceOrderMapper(channel, maxBodyBytes);
  }

  @Override
  public Platform platform() {
    return Platform.WOOCOMMERCE;
  }

  @Override
  public ChannelOrder read(byte[] body) {
    JsonNode root = JsonInput.object(requireNonNull(body, "body"), maxBodyBytes());
    String id = JsonInput.identifier(root, "id", "$.id");
    CurrencyUnit currency = JsonInput.currency(root, "currency", "$.currency");
    DraftAssembly order = new DraftAssembly(channel(), id, currency);
    optionalText(root, "date_created_gmt", "$.date_created_gmt")
        .ifPresent(t -> order.draft().placedAt(JsonInput.utcDateTime(t, "$.date_created_gmt")));
    optionalText(root, "date_modified_gmt", "$.date_modified_gmt")
        .ifPresent(t -> order.updatedAt(JsonInput.utcDateTime(t, "$.date_modified_gmt")));
    JsonNode items = JsonInput.array(root, "line_items", "$.line_items");
    for (int i = 0; i < items.size(); i++) {
      String path = "$.line_items[" + i + "]";
      JsonNode item = JsonInput.element(items, i, path);
      if (order.skipIfZeroQuantity(item, "quantity", path)) {
        continue;
      }
      Sku sku = order.skuOrPlaceholder(JsonInput.sku(item, "sku", path + ".sku"), path);
      int quantity = JsonInput.quantity(item, "quantity", path + ".quantity");
      BigDecimal subtotal = amount(item, "subtotal", path + ".subtotal");
      BigDecimal total = amount(item, "total", path + ".total");
      if (total.compareTo(subtotal) > 0) {
        throw new InvalidInputException(path + ".total", total.toPlainString(),
            "exceeds the line subtotal " + subtotal.toPlainString());
      }
      BigDecimal tax = JsonInput.optionalAmount(item, "total_tax", path + ".total_tax");
      String lineId = JsonInput.optionalIdentifier(item, "id", path + ".id").orElse(Integer.toString(i + 1));
      order.addLine(lineId, path, LineAmounts.line(path, sku, quantity, subtotal, subtotal.subtract(total), tax, false,
          currency), "$.line_items");
    }
    charges(root, "shipping_lines", order);
    charges(root, "fee_lines", order);
    Optional<Address> billing = address(root, "billing", false);
    Address shipTo = address(root, "shipping", billing.isEmpty())
        .or(() -> billing)
        .orElseThrow(() -> new InvalidInputException("$.shipping.address_1", "null", "required"));
    order.draft().shipTo(shipTo).billTo(billing);
    order.draft().customer(customer(root, id));
    BigDecimal total = amount(root, "total", "$.total");
    String status = JsonInput.text(root, "status", "$.status");
    BigDecimal refunded = BigDecimal.ZERO;
    JsonNode refunds = JsonInput.optionalArray(root, "refunds", "$.refunds");
    for (int i = 0; i < refunds.size(); i++) {
      String p = "$.refunds[" + i + "]";
      refunded = refunded.add(JsonInput.signedAmount(JsonInput.element(refunds, i, p), "total", p + ".total").abs());
    }
    return order.build("$.line_items", disposition(status, refunded, total), "woocommerce status " + status,
        Optional.of(total), "$.total");
  }

  private static void charges(JsonNode root, String field, DraftAssembly order) {
    JsonNode lines = JsonInput.optionalArray(root, field, "$." + field);
    for (int i = 0; i < lines.size(); i++) {
      String p = "$." + field + "[" + i + "]";
      JsonNode line = JsonInput.element(lines, i, p);
      BigDecimal total = JsonInput.signedAmount(line, "total", p + ".total");
      BigDecimal tax = JsonInput.absent(line.get("total_tax")) ? BigDecimal.ZERO
          : JsonInput.signedAmount(line, "total_tax", p + ".total_tax");
      if (total.signum() < 0) { // a discount as a fee: it takes off the lines' amount and tax
        if (tax.signum() > 0) {
          throw new InvalidInputException(p + ".total_tax", tax.toPlainString(),
              "a negative fee cannot add tax");
        }
        order.addOrderDiscount(total.negate(), tax.negate(), p);
      } else {
        if (tax.signum() < 0) {
          throw new InvalidInputException(p + ".total_tax", tax.toPlainString(), "negative tax on a charge");
        }
        order.addCharge(total, tax);
      }
    }
  }

  /**
   * The address in {@code root[field]}, or empty when it is absent or has no street line (WooCommerce sends blank
   * fields) and {@code required} is false.
   */
  private static Optional<Address> address(JsonNode root, String field, boolean required) {
    String path = "$." + field;
    Optional<JsonNode> node = JsonInput.optionalObject(root, field, path);
    if (node.isEmpty() || optionalText(node.get(), "address_1", path + ".address_1").isEmpty()) {
      if (required) {
        throw new InvalidInputException(path + ".address_1", "null", "required");
      }
      return Optional.empty();
    }
    return Optional.of(JsonInput.address(node.get(), path, ADDRESS));
  }

  private static Customer customer(JsonNode root, String orderId) {
    Optional<String> email = JsonInput.optionalObject(root, "billing", "$.billing")
        .flatMap(b -> optionalText(b, "email", "$.billing.email"));
    return DraftAssembly.customerOrGuest(root, "customer_id", email, "$.billing.email", orderId);
  }

  private static DraftAssembly.Disposition disposition(String status, BigDecimal refunded, BigDecimal total) {
    switch (status) {
      case "pending":
      case "on-hold":
        return DraftAssembly.Disposition.held(PaymentStatus.PENDING, HoldType.PAYMENT);
      case "failed":
        return DraftAssembly.Disposition.held(PaymentStatus.FAILED, HoldType.PAYMENT);
      case "processing":
      case "completed":
        if (refunded.signum() == 0) {
          return DraftAssembly.Disposition.open(PaymentStatus.PAID);
        }
        return DraftAssembly.Disposition.open(refunded.compareTo(total) >= 0 ? PaymentStatus.REFUNDED
            : PaymentStatus.PARTIALLY_REFUNDED);
      case "refunded":
        return DraftAssembly.Disposition.cancel(PaymentStatus.REFUNDED);
      case "cancelled":
      case "trash":
        return DraftAssembly.Disposition.cancel(PaymentStatus.VOIDED);
      case "checkout-draft":
        throw new InvalidInputException("$.status", status, "a checkout draft is not an order yet");
      default:
        throw new InvalidInputException("$.status", status, "unknown order status");
    }
  }

}
