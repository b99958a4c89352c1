package org.oms4j.channels;

import static java.util.Objects.requireNonNull;
import static org.oms4j.channels.JsonInput.amount;
import static org.oms4j.channels.JsonInput.optionalAmount;
import static org.oms4j.channels.JsonInput.optionalText;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.HoldType;

/**
 * Maps a Magento 2 (Adobe Commerce) REST sales order ({@code GET /V1/orders/<id>}) for one configured {@link
 * SalesChannel}. The external order id is the order's {@code entity_id} (what {@code POST /V1/order/<id>/ship}
 * takes); the customer-facing {@code increment_id} becomes the tag {@code magento-increment-id:<id>}. The external
 * line ids are {@code item_id}s.
 *
 * <p>Items: Magento lists a configurable product as a parent row (price, tax, discount; {@code product_type}
 * {@code configurable}) followed by its child (the simple product, {@code parent_item_id} set, price 0): it maps to
 * one line with the child's SKU and the parent's amounts and item id. A bundle is a parent row followed by a child
 * row per component: each component becomes a line, at its own amounts (dynamic price) or, when the bundle has a
 * fixed price, with the bundle's amounts on its first component. Virtual, downloadable and gift-card items are
 * ordinary lines.
 *
 * <p>Read: {@code entity_id}, {@code increment_id}, {@code state}, {@code order_currency_code} (amounts are the
 * order-currency ones, not {@code base_*}), {@code created_at} (UTC), {@code customer_id}, {@code customer_email},
 * {@code grand_total} (reconciled), {@code shipping_amount}, {@code shipping_tax_amount}, {@code
 * shipping_discount_amount}, items ({@code item_id}, {@code parent_item_id}, {@code product_type}, {@code sku},
 * {@code qty_ordered}, {@code row_total}, {@code discount_amount}, {@code tax_amount}, {@code
 * discount_tax_compensation_amount}), {@code payment} ({@code amount_authorized}, {@code amount_paid}, {@code
 * amount_refunded}), {@code billing_address} and {@code extension_attributes.shipping_assignments[0].shipping
 * .address} ({@code firstname}, {@code lastname}, {@code street[]}, {@code city}, {@code region_code}, {@code
 * postcode}, {@code country_id}, {@code telephone}); a virtual order without a shipping address ships to its
 * billing address; several shipping assignments (multi-address checkout) are refused.
 *
 * <p>Money: {@code row_total} is net of tax whatever the catalogue's tax setting; the tax hidden in a discount on
 * tax-inclusive prices ({@code discount_tax_compensation_amount}) is counted as the line's tax, so the line total
 * is Magento's {@code row_total - discount_amount + tax_amount + discount_tax_compensation_amount}.
 *
 * <p>Status: {@code payment} gives the payment status (refunded, partially refunded, paid, authorised, pending);
 * {@code state} {@code pending_payment} and {@code payment_review}, and {@code new} with nothing secured, ask for a
 * {@link HoldType#PAYMENT} hold, {@code holded} for a {@link HoldType#MANUAL} one; {@code canceled} and {@code
 * closed} (refunded) cancel. Immutable and thread-safe.
 */
public final class MagentoOrderMapper extends Mappers {
  static final JsonInput.AddressFields ADDRESS = new JsonInput.AddressFields(".street[0]", ".street[1]", ".city",
      ".region_code", ".postcode", ".country_id", ".firstname", Optional.of(".lastname"), ".telephone");

  private MagentoOrderMapper(SalesChannel channel, int maxBodyBytes) {
    super(channel, maxBodyBytes);
  }

  /** A mapper for this channel accepting bodies up to {@link OrderMapper#DEFAULT_MAX_BODY_BYTES}. */
  public static MagentoOrderMapper of(SalesChannel channel) {
    return of(channel, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * A mapper for this channel.
   *
   * @throws org.oms4j.core.InvalidInputException if maxBodyBytes is not positive
   */
  public static MagentoOrderMapper of(SalesChannel channel, int maxBodyBytes) {
    return new MagentoOrderMapper(channel, maxBodyBytes);
  }

  @Override
  public Platform platform() {
    return Platform.MAGENTO;
  }

  @Override
  public ChannelOrder read(byte[] body) {
    JsonNode root = JsonInput.object(requireNonNull(body, "body"), maxBodyBytes());
    String id = JsonInput.identifier(root, "entity_id", "$.entity_id");
    CurrencyUnit currency = JsonInput.currency(root, "order_currency_code", "$.order_currency_code");
    DraftAssembly order = new DraftAssembly(channel(), id, currency);
    optionalText(root, "created_at", "$.created_at")
        .ifPresent(t -> order.draft().placedAt(JsonInput.utcDateTime(t, "$.created_at")));
    optionalText(root, "updated_at", "$.updated_at")
        .ifPresent(t -> order.updatedAt(JsonInput.utcDateTime(t, "$.updated_at")));
    optionalText(root, "increment_id", "$.increment_id").ifPresent(inc -> {
      if (inc.length() > 40) {
        throw new InvalidInputException("$.increment_id", inc, "longer than 40 characters");
      }
      order.draft().addTag("magento-increment-id:" + inc);
    });
    items(JsonInput.array(root, "items", "$.items"), order, currency);
    BigDecimal shipping = optionalAmount(root, "shipping_amount", "$.shipping_amount");
    BigDecimal shippingDiscount =
        optionalAmount(root, "shipping_discount_amount", "$.shipping_discount_amount");
    if (shippingDiscount.compareTo(shipping) > 0) {
      throw new InvalidInputException("$.shipping_discount_amount", shippingDiscount.toPlainString(),
          "exceeds the shipping amount " + shipping.toPlainString());
    }
    order.addCharge(shipping.subtract(shippingDiscount),
        optionalAmount(root, "shipping_tax_amount", "$.shipping_tax_amount"));
    Address billing = JsonInput.address(JsonInput.object(root, "billing_address", "$.billing_address"),
        "$.billing_address", ADDRESS);
    order.draft().billTo(billing).shipTo(shipTo(root).orElse(billing));
    Optional<String> email = optionalText(root, "customer_email", "$.customer_email");
    order.draft().customer(
        JsonInput.optionalBoolean(root, "customer_is_guest", "$.customer_is_guest")
            ? DraftAssembly.customer("guest:" + email.orElse("order-" + id), email, java.util.List.of(),
                "$.customer_email")
            : DraftAssembly.customerOrGuest(root, "customer_id", email, "$.customer_email", id));
    BigDecimal grandTotal = amount(root, "grand_total", "$.grand_total");
    String state = JsonInput.text(root, "state", "$.state");
    PaymentStatus payment = payment(root, grandTotal);
    return order.build("$.items", disposition(state, payment), "magento state " + state + ", payment " + payment,
        Optional.of(grandTotal), "$.grand_total");
  }

  private static void items(JsonNode items, DraftAssembly order, CurrencyUnit currency) {
    Map<String, JsonNode> byId = new HashMap<>();
    Map<String, Integer> firstChild = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String path = "$.items[" + i + "]";
      JsonNode item = JsonInput.element(items, i, path);
      int index = i;
      String itemId = JsonInput.identifier(item, "item_id", path + ".item_id");
      if (byId.put(itemId, item) != null) {
        throw new InvalidInputException(path + ".item_id", itemId, "another item has this id");
      }
      JsonInput.optionalIdentifier(item, "parent_item_id", path + ".parent_item_id")
          .ifPresent(parent -> firstChild.putIfAbsent(parent, index));
    }
    for (int i = 0; i < items.size(); i++) {
      String path = "$.items[" + i + "]";
      JsonNode item = items.get(i);
      String itemId = item.get("item_id").asText();
      String type = type(item, path);
      Optional<String> parentId = JsonInput.optionalIdentifier(item, "parent_item_id", path + ".parent_item_id");
      if (parentId.isEmpty()) {
        if (type.equals("bundle") && firstChild.containsKey(itemId)) {
          continue; // its components are the lines
        }
        if (order.skipIfZeroQuantity(item, "qty_ordered", path)) {
          continue;
        }
        JsonNode skuFrom = item;
        if (type.equals("configurable") && firstChild.containsKey(itemId)) {
          skuFrom = items.get(firstChild.get(itemId)); // the simple product chosen
        }
        int skuIndex = skuFrom == item ? i : firstChild.get(itemId);
        Sku sku = order.skuOrPlaceholder(JsonInput.sku(skuFrom, "sku", "$.items[" + skuIndex + "].sku"), path);
        order.addLine(itemId, path, line(item, path, item, path, sku, currency), "$.items");
        continue;
      }
      JsonNode parent = byId.get(parentId.get());
      if (parent == null) {
        throw new InvalidInputException(path + ".parent_item_id", parentId.get(), "no item has this id");
      }
      String parentPath = "$.items[" + itemIndex(items, parent) + "]";
      String parentType = type(parent, parentPath);
      if (parentType.equals("configurable")) {
        continue; // mapped with its parent
      }
      if (!parentType.equals("bundle")) {
        throw new InvalidInputException(path + ".parent_item_id", parentId.get(),
            "a child of a " + parentType + " item; only configurable and bundle items have children");
      }
      boolean fixedPrice = amount(parent, "row_total", parentPath + ".row_total").signum() > 0;
      boolean first = firstChild.get(parentId.get()) == i;
      if (!(fixedPrice && first) && order.skipIfZeroQuantity(item, "qty_ordered", path)) {
        continue; // (the first component of a fixed-price bundle carries the bundle's amounts: never skipped)
      }
      Sku sku = order.skuOrPlaceholder(JsonInput.sku(item, "sku", path + ".sku"), path);
      // a fixed-price bundle's amounts go to its first component; the others (and the parent) are at zero
      JsonNode amounts = fixedPrice && first ? parent : item;
      order.addLine(itemId, path, line(item, path, amounts, amounts == item ? path : parentPath, sku, currency),
          "$.items");
    }
  }

  private static int itemIndex(JsonNode items, JsonNode item) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == item) {
        return i;
      }
    }
    throw new IllegalStateException("item not in its array");
  }

  private static String type(JsonNode item, String path) {
    return optionalText(item, "product_type", path + ".product_type").orElse("simple");
  }

  /** A line of {@code item}'s quantity with the amounts of {@code amounts} (the item, or its bundle parent). */
  private static org.oms4j.core.order.LineDraft line(JsonNode item, String itemPath, JsonNode amounts,
      String amountsPath, Sku sku, CurrencyUnit currency) {
    int quantity = JsonInput.quantity(item, "qty_ordered", itemPath + ".qty_ordered", true);
    BigDecimal rowTotal = amount(amounts, "row_total", amountsPath + ".row_total");
    BigDecimal discount = optionalAmount(amounts, "discount_amount", amountsPath + ".discount_amount");
    BigDecimal tax = optionalAmount(amounts, "tax_amount", amountsPath + ".tax_amount").add(optionalAmount(amounts,
        "discount_tax_compensation_amount", amountsPath + ".discount_tax_compensation_amount"));
    return LineAmounts.line(itemPath, sku, quantity, rowTotal, discount, tax, false, currency);
  }

  private static Optional<Address> shipTo(JsonNode root) {
    JsonNode assignments = JsonInput.optionalArray(root.path("extension_attributes"), "shipping_assignments",
        "$.extension_attributes.shipping_assignments");
    if (assignments.size() > 1) {
      throw new InvalidInputException("$.extension_attributes.shipping_assignments", assignments.size()
          + " assignments", "orders shipping to several addresses are not supported; split the order");
    }
    if (assignments.isEmpty()) {
      return Optional.empty();
    }
    String path = "$.extension_attributes.shipping_assignments[0]";
    JsonNode shipping = JsonInput.object(JsonInput.element(assignments, 0, path), "shipping", path + ".shipping");
    return JsonInput.optionalObject(shipping, "address", path + ".shipping.address")
        .map(a -> JsonInput.address(a, path + ".shipping.address", ADDRESS));
  }

  private static PaymentStatus payment(JsonNode root, BigDecimal grandTotal) {
    Optional<JsonNode> payment = JsonInput.optionalObject(root, "payment", "$.payment");
    if (payment.isEmpty()) {
      return PaymentStatus.PENDING;
    }
    JsonNode p = payment.get();
    BigDecimal paid = optionalAmount(p, "amount_paid", "$.payment.amount_paid");
    BigDecimal refunded = optionalAmount(p, "amount_refunded", "$.payment.amount_refunded");
    BigDecimal authorised = optionalAmount(p, "amount_authorized", "$.payment.amount_authorized");
    if (refunded.signum() > 0) {
      return refunded.compareTo(paid) >= 0 ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
    }
    if (paid.signum() > 0 && paid.compareTo(grandTotal) >= 0) {
      return PaymentStatus.PAID;
    }
    return authorised.signum() > 0 ? PaymentStatus.AUTHORISED : PaymentStatus.PENDING;
  }

  private static DraftAssembly.Disposition disposition(String state, PaymentStatus payment) {
    switch (state) {
      case "new":
        return payment.secured() || payment == PaymentStatus.PARTIALLY_REFUNDED
            ? DraftAssembly.Disposition.open(payment) : DraftAssembly.Disposition.held(payment, HoldType.PAYMENT);
      case "pending_payment":
      case "payment_review":
        return DraftAssembly.Disposition.held(payment, HoldType.PAYMENT);
      case "holded":
        return DraftAssembly.Disposition.held(payment, HoldType.MANUAL);
      case "processing":
      case "complete":
        return DraftAssembly.Disposition.open(payment);
      case "canceled":
      case "closed":
        return DraftAssembly.Disposition.cancel(payment);
      default:
        throw new InvalidInputException("$.state", state, "unknown order state");
    }
  }

}
