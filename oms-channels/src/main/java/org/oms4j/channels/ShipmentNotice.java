package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.LineQuantity;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.Shipment;
import org.oms4j.core.order.ShipmentId;

/**
 * A shipped shipment told to the shop platform the order came from, as the {@link ChannelRequest}s each platform's
 * API expects (send them with a {@link ChannelTransport}): a Shopify fulfillment with tracking number, company and
 * URL for its fulfillment order; a WooCommerce customer note (and the status {@code completed} once the whole order
 * has shipped); a BigCommerce shipment; a Magento shipment with its track.
 *
 * <p>The platforms name lines by their own ids: pass them with {@link Builder#lineReferences(Map)} (for BigCommerce
 * and Magento the order's external line ids, see {@link ChannelOrder#lineReferences(Order)}; for Shopify the
 * fulfillment order's line item ids). Immutable.
 */
public final class ShipmentNotice {
  private static final Set<String> MAGENTO_CARRIERS = Set.of("ups", "usps", "fedex", "dhl");

  private final Order order;
  private final Shipment shipment;
  private final Map<LineId, String> lineReferences;
  private final Optional<URI> trackingUrl;
  private final boolean notifyCustomer;

  private ShipmentNotice(Builder b, Shipment shipment) {
    this.order = b.order;
    this.shipment = shipment;
    this.lineReferences = Map.copyOf(b.lineReferences);
    this.trackingUrl = b.trackingUrl;
    this.notifyCustomer = b.notifyCustomer;
  }

  /** A builder for a shipment of an order. */
  public static Builder builder(Order order, ShipmentId shipmentId) {
    return new Builder(requireNonNull(order, "order"), requireNonNull(shipmentId, "shipmentId"));
  }

  /** The carrier the shipment left with. */
  public String carrier() {
    return shipment.carrier().orElseThrow();
  }

  /** The tracking number. */
  public String trackingNumber() {
    return shipment.trackingNumber().orElseThrow();
  }

  /**
   * Shopify: {@code POST /admin/api/<version>/fulfillments.json} for one fulfillment order. With line references
   * (fulfillment order line item ids), the shipment's lines and quantities are named; without, the whole fulfillment
   * order is fulfilled.
   *
   * @param apiVersion the Admin API version, e.g. {@code 2024-10}
   * @param fulfillmentOrderId the fulfillment order's id
   * @throws InvalidInputException if an id is not numeric, or a line of the shipment has no reference while others
   *     have
   */
  public ChannelRequest shopify(String apiVersion, String fulfillmentOrderId) {
    if (!apiVersion.matches("[0-9]{4}-[0-9]{2}|unstable")) {
      throw new InvalidInputException("apiVersion", apiVersion, "not a Shopify API version (yyyy-mm)");
    }
    ObjectNode root = JsonInput.JSON.createObjectNode();
    ObjectNode f = root.putObject("fulfillment");
    ObjectNode byOrder = f.putArray("line_items_by_fulfillment_order").addObject();
    byOrder.set("fulfillment_order_id", id("fulfillmentOrderId", fulfillmentOrderId));
    if (!lineReferences.isEmpty()) {
      ArrayNode items = byOrder.putArray("fulfillment_order_line_items");
      for (LineQuantity item : shipment.items()) {
        items.addObject().<ObjectNode>set("id", id("lineReferences", reference(item.lineId())))
            .put("quantity", item.quantity());
      }
    }
    ObjectNode tracking = f.putObject("tracking_info").put("number", trackingNumber()).put("company", carrier());
    trackingUrl.ifPresent(u -> tracking.put("url", u.toString()));
    f.put("notify_customer", notifyCustomer);
    return new ChannelRequest("POST", "/admin/api/" + apiVersion + "/fulfillments.json", write(root));
  }

  /**
   * WooCommerce: a note on the order ({@code POST /wp-json/wc/v3/orders/<id>/notes}, shown to the customer when
   * notifying) and, once every unit of the order has shipped, {@code PUT /wp-json/wc/v3/orders/<id>} with status
   * {@code completed}.
   */
  public List<ChannelRequest> wooCommerce() {
    String base = "/wp-json/wc/v3/orders/" + externalId();
    List<ChannelRequest> requests = new ArrayList<>();
    ObjectNode note = JsonInput.JSON.createObjectNode().put("note", noteText()).put("customer_note", notifyCustomer);
    requests.add(new ChannelRequest("POST", base + "/notes", write(note)));
    if (order.status() == OrderStatus.SHIPPED || order.status() == OrderStatus.DELIVERED) {
      requests.add(new ChannelRequest("PUT", base,
          write(JsonInput.JSON.createObjectNode().put("status", "completed"))));
    }
    return requests;
  }

  /**
   * BigCommerce: {@code POST /v2/orders/<id>/shipments} for the order's shipping address, naming each order product
   * (by line reference) and quantity.
   *
   * @param orderAddressId the order's shipping address id ({@code shipping_addresses[].id})
   * @throws InvalidInputException if the address id is not numeric or a line has no reference
   */
  public ChannelRequest bigCommerce(String orderAddressId) {
    ObjectNode root = JsonInput.JSON.createObjectNode();
    root.set("order_address_id", id("orderAddressId", orderAddressId));
    root.put("tracking_number", trackingNumber());
    root.put("shipping_provider", "");
    root.put("tracking_carrier", carrier().toLowerCase(Locale.ROOT));
    trackingUrl.ifPresent(u -> root.put("tracking_link", u.toString()));
    root.put("comments", noteText());
    ArrayNode items = root.putArray("items");
    for (LineQuantity item : shipment.items()) {
      items.addObject().<ObjectNode>set("order_product_id", id("lineReferences", reference(item.lineId())))
          .put("quantity", item.quantity());
    }
    return new ChannelRequest("POST", "/v2/orders/" + externalId() + "/shipments", write(root));
  }

  /**
   * Magento: {@code POST /V1/order/<id>/ship} naming each order item (by line reference) and quantity, with one
   * track (carrier code {@code ups}, {@code usps}, {@code fedex}, {@code dhl}, else {@code custom}).
   *
   * @throws InvalidInputException if a line has no reference
   */
  public ChannelRequest magento() {
    ObjectNode root = JsonInput.JSON.createObjectNode();
    ArrayNode items = root.putArray("items");
    for (LineQuantity item : shipment.items()) {
      items.addObject().<ObjectNode>set("order_item_id", id("lineReferences", reference(item.lineId())))
          .put("qty", item.quantity());
    }
    root.put("notify", notifyCustomer);
    String code = carrier().toLowerCase(Locale.ROOT);
    root.putArray("tracks").addObject().put("track_number", trackingNumber()).put("title", carrier())
        .put("carrier_code", MAGENTO_CARRIERS.contains(code) ? code : "custom");
    return new ChannelRequest("POST", "/V1/order/" + externalId() + "/ship", write(root));
  }

  private String externalId() {
    return order.draft().externalOrderId();
  }

  private String noteText() {
    StringBuilder sb = new StringBuilder("Shipped ");
    for (int i = 0; i < shipment.items().size(); i++) {
      LineQuantity item = shipment.items().get(i);
      sb.append(i == 0 ? "" : ", ").append(item.quantity()).append(" x ")
          .append(order.line(item.lineId()).orElseThrow().sku());
    }
    sb.append(" with ").append(carrier());
    shipment.service().ifPresent(s -> sb.append(" (").append(s).append(')'));
    sb.append(", tracking number ").append(trackingNumber());
    trackingUrl.ifPresent(u -> sb.append(": ").append(u));
    return sb.toString();
  }

  private String reference(LineId line) {
    String ref = lineReferences.get(line);
    if (ref == null) {
      throw new InvalidInputException("lineReferences", line, "no platform line id for line " + line + " of order "
          + order.id());
    }
    return ref;
  }

  /** A platform id as a JSON number (the platforms' ids are 64-bit numbers). */
  private static com.fasterxml.jackson.databind.JsonNode id(String field, String value) {
    if (!value.matches("[0-9]{1,18}")) {
      throw new InvalidInputException(field, value, "not a numeric platform id");
    }
    return JsonInput.JSON.getNodeFactory().numberNode(Long.parseLong(value));
  }

  private static String write(ObjectNode node) {
    try {
      return JsonInput.JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that cannot be written: " + e.getMessage(), e);
    }
  }

  /** Builds a {@link ShipmentNotice}. */
  public static final class Builder {
    private final Order order;
    private final ShipmentId shipmentId;
    private Map<LineId, String> lineReferences = Map.of();
    private Optional<URI> trackingUrl = Optional.empty();
    private boolean notifyCustomer = true;

    private Builder(Order order, ShipmentId shipmentId) {
      this.order = order;
      this.shipmentId = shipmentId;
    }

    /** The platform's id for each line of the order. */
    public Builder lineReferences(Map<LineId, String> references) {
      this.lineReferences = Map.copyOf(requireNonNull(references, "references"));
      return this;
    }

    /** The carrier's tracking page for the shipment. */
    public Builder trackingUrl(URI url) {
      this.trackingUrl = Optional.of(requireNonNull(url, "url"));
      return this;
    }

    /** Whether the platform should tell the customer (default true). */
    public Builder notifyCustomer(boolean notify) {
      this.notifyCustomer = notify;
      return this;
    }

    /**
     * The notice.
     *
     * @throws InvalidInputException if the order has no such shipment or it has not shipped (no tracking number)
     */
    public ShipmentNotice build() {
      Shipment s = order.shipment(shipmentId).orElseThrow(
          () -> new InvalidInputException("shipmentId", shipmentId, "order " + order.id() + " has no such shipment"));
      if (s.trackingNumber().isEmpty() || s.carrier().isEmpty()) {
        throw new InvalidInputException("shipmentId", shipmentId, "shipment is " + s.status()
            + ", not shipped: it has no carrier and tracking number yet");
      }
      return new ShipmentNotice(this, s);
    }
  }
}
