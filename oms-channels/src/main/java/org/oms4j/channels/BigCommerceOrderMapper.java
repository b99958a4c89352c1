package org.oms4j.channels;

import static java.util.Objects.requireNonNull;
import static org.oms4j.channels.JsonInput.amount;
import static org.oms4j.channels.JsonInput.optionalAmount;
import static org.oms4j.channels.JsonInput.optionalText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Maps a BigCommerce V2 order ({@code GET /v2/orders/<id>}) with its two sub-resources, {@code
 * /v2/orders/<id>/products} and {@code /v2/orders/<id>/shipping_addresses}, for one configured {@link
 * SalesChannel}. BigCommerce's {@code store/order/*} webhooks carry only the order id: the host fetches the three
 * documents and passes them to {@link #read(byte[], byte[], byte[])}, or inlines the two arrays into the order's
 * {@code products} and {@code shipping_addresses} fields and passes one body to {@link #read(byte[])}. Either way
 * errors name paths such as {@code $.products[1].quantity}. The external order id is the order's {@code id}; the
 * external line ids are the order products' {@code id}s (what shipments name as {@code order_product_id}).
 *
 * <p>Read: order {@code id}, {@code status_id}, {@code payment_status}, {@code currency_code}, {@code
 * date_created} (RFC 1123), {@code customer_id} (0 for guests, identified by billing e-mail), {@code
 * shipping_cost_ex_tax}, {@code shipping_cost_tax}, {@code handling_cost_ex_tax}, {@code handling_cost_tax},
 * {@code total_inc_tax} (reconciled), {@code billing_address}; products ({@code id}, {@code sku}, {@code
 * quantity}, {@code price_ex_tax}, {@code total_tax}, {@code applied_discounts[].amount}); shipping addresses
 * ({@code first_name}, {@code last_name}, {@code street_1}, {@code street_2}, {@code city}, {@code state}, {@code
 * zip}, {@code country_iso2}, {@code phone}). Amounts are taken net of tax ({@code *_ex_tax}), whether the store
 * shows prices with tax or not; a discount is taken as given per product.
 *
 * <p>An order of digital products has no shipping address and ships to its billing address; an order shipping to
 * several addresses is refused (split it first).
 *
 * <p>Status: {@code status_id} 1 (Pending), 7 (Awaiting Payment), 12 (Manual Verification Required) and 13
 * (Disputed) ask for a {@link HoldType#PAYMENT} hold; 4 (Refunded), 5 (Cancelled) and 6 (Declined) cancel; 0
 * (Incomplete) is not an order yet and is refused; the others are open. {@code payment_status} maps to the payment
 * status ({@code captured} paid, {@code authorized}, {@code pending}, {@code void}, {@code refunded}, {@code
 * partially refunded}, {@code declined} failed). Immutable and thread-safe.
 */
public final class BigCommerceOrderMapper extends Mappers {
  static final JsonInput.AddressFields ADDRESS = new JsonInput.AddressFields(".street_1", ".street_2", ".city",
      ".state", ".zip", ".country_iso2", ".first_name", Optional.of(".last_name"), ".phone");

  private BigCommerceOrderMapper(SalesChannel channel, int maxBodyBytes) {
    super(channel, maxBodyBytes);
  }

  /** A mapper for this channel accepting bodies up to {@link OrderMapper#DEFAULT_MAX_BODY_BYTES}. */
  public static BigCommerceOrderMapper of(SalesChannel channel) {
    return of(channel, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * A mapper for this channel.
   *
   * @throws org.oms4j.core.InvalidInputException if maxBodyBytes is not positive
   */
  public static BigCommerceOrderMapper of(SalesChannel channel, int maxBodyBytes) {
    return new BigCommerceOrderMapper(channel, maxBodyBytes);
  }

  @Override
  public Platform platform() {
    return Platform.BIGCOMMERCE;
  }

  /**
   * Reads the three documents as the V2 API returns them.
   *
   * @param order the order
   * @param products the order's products (a JSON array)
   * @param shippingAddresses the order's shipping addresses (a JSON array; empty for digital orders)
   * @throws InvalidInputException naming the JSON path and value for any bad input; the size limit applies to the
   *     three documents together
   */
  public ChannelOrder read(byte[] order, byte[] products, byte[] shippingAddresses) {
    requireNonNull(order, "order");
    requireNonNull(products, "products");
    requireNonNull(shippingAddresses, "shippingAddresses");
    JsonInput.checkSize(order.length + products.length + shippingAddresses.length, maxBodyBytes());
    ObjectNode root = (ObjectNode) JsonInput.object(order, maxBodyBytes());
    root.set("products", JsonInput.array(products, maxBodyBytes(), "$.products"));
    root.set("shipping_addresses", JsonInput.array(shippingAddresses, maxBodyBytes(), "$.shipping_addresses"));
    return read(root);
  }

  @Override
  public ChannelOrder read(byte[] body) {
    return read(JsonInput.object(requireNonNull(body, "body"), maxBodyBytes()));
  }

  private ChannelOrder read(JsonNode root) {
    String id = JsonInput.identifier(root, "id", "$.id");
    CurrencyUnit currency = JsonInput.currency(root, "currency_code", "$.currency_code");
    DraftAssembly order = new DraftAssembly(channel(), id, currency);
    optionalText(root, "date_created", "$.date_created")
        .ifPresent(t -> order.draft().placedAt(JsonInput.rfc1123DateTime(t, "$.date_created")));
    optionalText(root, "date_modified", "$.date_modified")
        .ifPresent(t -> order.updatedAt(JsonInput.rfc1123DateTime(t, "$.date_modified")));
    JsonNode products = JsonInput.array(root, "products", "$.products");
    for (int i = 0; i < products.size(); i++) {
      String path = "$.products[" + i + "]";
      JsonNode p = JsonInput.element(products, i, path);
      if (order.skipIfZeroQuantity(p, "quantity", path)) {
        continue;
      }
      Sku sku = order.skuOrPlaceholder(JsonInput.sku(p, "sku", path + ".sku"), path);
      int quantity = JsonInput.quantity(p, "quantity", path + ".quantity");
      BigDecimal unit = amount(p, "price_ex_tax", path + ".price_ex_tax");
      BigDecimal discount = JsonInput.sum(p, "applied_discounts", "amount", path);
      BigDecimal tax = optionalAmount(p, "total_tax", path + ".total_tax");
      order.addLine(JsonInput.identifier(p, "id", path + ".id"), path, LineAmounts.line(path, sku, quantity,
          unit.multiply(BigDecimal.valueOf(quantity)), discount, tax, false, currency), "$.products");
    }
    order.addCharge(optionalAmount(root, "shipping_cost_ex_tax", "$.shipping_cost_ex_tax"),
        optionalAmount(root, "shipping_cost_tax", "$.shipping_cost_tax"));
    order.addCharge(optionalAmount(root, "handling_cost_ex_tax", "$.handling_cost_ex_tax"),
        optionalAmount(root, "handling_cost_tax", "$.handling_cost_tax"));
    JsonNode addresses = JsonInput.optionalArray(root, "shipping_addresses", "$.shipping_addresses");
    if (addresses.size() > 1) {
      throw new InvalidInputException("$.shipping_addresses", addresses.size() + " addresses",
          "orders shipping to several addresses are not supported; split the order");
    }
    Address billing = address(JsonInput.object(root, "billing_address", "$.billing_address"), "$.billing_address");
    order.draft().billTo(billing).shipTo(addresses.isEmpty() ? billing
        : address(JsonInput.element(addresses, 0, "$.shipping_addresses[0]"), "$.shipping_addresses[0]"));
    order.draft().customer(customer(root, id));
    int statusId = statusId(root);
    String payment = optionalText(root, "payment_status", "$.payment_status").orElse("");
    return order.build("$.products", disposition(statusId, payment),
        "bigcommerce status_id " + statusId + ", payment_status " + (payment.isEmpty() ? "none" : payment),
        Optional.of(amount(root, "total_inc_tax", "$.total_inc_tax")), "$.total_inc_tax");
  }

  private static int statusId(JsonNode root) {
    JsonNode n = JsonInput.required(root, "status_id", "$.status_id");
    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0 || n.intValue() > 14) {
      throw new InvalidInputException("$.status_id", n, "not a BigCommerce order status id (0 to 14)");
    }
    return n.intValue();
  }

  private static Address address(JsonNode a, String path) {
    return JsonInput.address(a, path, ADDRESS);
  }

  private static Customer customer(JsonNode root, String orderId) {
    Optional<String> email = optionalText(root.path("billing_address"), "email", "$.billing_address.email");
    return DraftAssembly.customerOrGuest(root, "customer_id", email, "$.billing_address.email", orderId);
  }

  private static DraftAssembly.Disposition disposition(int statusId, String paymentStatus) {
    PaymentStatus payment;
    switch (paymentStatus) {
      case "":
      case "pending":
        payment = PaymentStatus.PENDING;
        break;
      case "authorized":
        payment = PaymentStatus.AUTHORISED;
        break;
      case "captured":
        payment = PaymentStatus.PAID;
        break;
      case "partially refunded":
        payment = PaymentStatus.PARTIALLY_REFUNDED;
        break;
      case "refunded":
        payment = PaymentStatus.REFUNDED;
        break;
      case "void":
        payment = PaymentStatus.VOIDED;
        break;
      case "declined":
        payment = PaymentStatus.FAILED;
        break;
      default:
        throw new InvalidInputException("$.payment_status", paymentStatus, "unknown payment status");
    }
    switch (statusId) {
      case 0:
        throw new InvalidInputException("$.status_id", statusId, "an incomplete checkout is not an order yet");
      case 1:
      case 7:
      case 12:
      case 13:
        return DraftAssembly.Disposition.held(payment, HoldType.PAYMENT);
      case 4:
      case 5:
      case 6:
        return DraftAssembly.Disposition.cancel(payment);
      default:
        return DraftAssembly.Disposition.open(payment);
    }
  }

}
