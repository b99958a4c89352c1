package org.oms4j.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.LineQuantity;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.ShipmentEventType;
import org.oms4j.core.order.ShipmentId;

class ShipmentNoticeTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Actor WH_ACTOR = Actor.user("warehouse");
  static final LocationId WH = LocationId.of("WH-1");
  static final URI TRACK = URI.create("https://track.example/JJD0001");

  OrderManagement oms;

  /** The Magento sample order (lines 1, 4, 5, 6), with shipment S1 of the first two lines shipped by carrier. */
  ChannelOrder magento;
  Order order;

  Order shipFirstTwoLines(String carrier) {
    oms = OrderManagement.builder().build();
    MagentoOrderMapper mapper = MagentoOrderMapper.of(SalesChannel.of("magento-it"));
    magento = mapper.read(Payloads.load(Payloads.MAGENTO_EU));
    Order o = oms.submit(magento.draft(), WH_ACTOR);
    oms.validate(o.id(), WH_ACTOR);
    for (int i = 0; i < 2; i++) {
      oms.apply(o.id(), new OrderEvent.LineAllocated(o.lines().get(i).id(), WH, o.lines().get(i).quantity()),
          WH_ACTOR);
    }
    o = oms.releaseShipment(o.id(), WH, List.of(LineQuantity.of(o.lines().get(0).id(), 2),
        LineQuantity.of(o.lines().get(1).id(), 1)), WH_ACTOR);
    ShipmentId s = o.shipments().get(0).id();
    oms.apply(o.id(), new OrderEvent.ShipmentProgressed(s, ShipmentEventType.PICK), WH_ACTOR);
    oms.apply(o.id(), new OrderEvent.ShipmentProgressed(s, ShipmentEventType.PACK), WH_ACTOR);
    return order = oms.apply(o.id(), new OrderEvent.ShipmentShipped(s, carrier, "express", "JJD0001"), WH_ACTOR);
  }

  ShipmentNotice.Builder notice() {
    return ShipmentNotice.builder(order, order.shipments().get(0).id());
  }

  static JsonNode json(ChannelRequest r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void magentoShipmentWithItemsAndTrack() throws Exception {
    shipFirstTwoLines("DHL");
    ChannelRequest r = notice().lineReferences(magento.lineReferences(order)).build().magento();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/V1/order/3011/ship");
    JsonNode body = json(r);
    assertThat(body.get("items").toString())
        .isEqualTo("[{\"order_item_id\":1,\"qty\":2},{\"order_item_id\":4,\"qty\":1}]");
    assertThat(body.get("notify").booleanValue()).isTrue();
    assertThat(body.get("tracks").get(0).toString())
        .isEqualTo("{\"track_number\":\"JJD0001\",\"title\":\"DHL\",\"carrier_code\":\"dhl\"}");
    shipFirstTwoLines("Poste Italiane");
    assertThat(json(notice().lineReferences(magento.lineReferences(order)).build().magento())
        .get("tracks").get(0).get("carrier_code").textValue()).isEqualTo("custom");
  }

  @Test
  void shopifyFulfillmentForAFulfillmentOrder() throws Exception {
    shipFirstTwoLines("DHL");
    Map<org.oms4j.core.order.LineId, String> foLines = Map.of(order.lines().get(0).id(), "9001",
        order.lines().get(1).id(), "9002");
    ChannelRequest r = notice().lineReferences(foLines).trackingUrl(TRACK).notifyCustomer(false).build()
        .shopify("2024-10", "5501");
    assertThat(r.path()).isEqualTo("/admin/api/2024-10/fulfillments.json");
    JsonNode f = json(r).get("fulfillment");
    assertThat(f.get("line_items_by_fulfillment_order").toString()).isEqualTo(
        "[{\"fulfillment_order_id\":5501,\"fulfillment_order_line_items\":[{\"id\":9001,\"quantity\":2},"
            + "{\"id\":9002,\"quantity\":1}]}]");
    assertThat(f.get("tracking_info").toString())
        .isEqualTo("{\"number\":\"JJD0001\",\"company\":\"DHL\",\"url\":\"https://track.example/JJD0001\"}");
    assertThat(f.get("notify_customer").booleanValue()).isFalse();
    // without line references the whole fulfillment order is fulfilled
    assertThat(json(notice().build().shopify("2024-10", "5501")).get("fulfillment")
        .get("line_items_by_fulfillment_order").get(0).has("fulfillment_order_line_items")).isFalse();
    assertThatThrownBy(() -> notice().build().shopify("latest", "5501")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> notice().build().shopify("2024-10", "gid://x"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("fulfillmentOrderId"));
  }

  @Test
  void wooCommerceNoteAndCompletionOnlyOnceEverythingShipped() throws Exception {
    shipFirstTwoLines("DHL");
    List<ChannelRequest> partial = notice().trackingUrl(TRACK).build().wooCommerce();
    assertThat(partial).singleElement().satisfies(r -> {
      assertThat(r.path()).isEqualTo("/wp-json/wc/v3/orders/3011/notes");
      assertThat(r.body()).contains("Shipped 2 x TEE-BLU-S, 1 x KIT-PART-A with DHL (express), tracking number "
          + "JJD0001: https://track.example/JJD0001").contains("\"customer_note\":true");
    });
    // the rest cancelled: the order is SHIPPED and the status update follows the note
    oms.cancelLine(order.id(), order.lines().get(2).id(), 2, WH_ACTOR, "out of stock");
    order = oms.cancelLine(order.id(), order.lines().get(3).id(), 1, WH_ACTOR, "not wanted");
    List<ChannelRequest> all = notice().build().wooCommerce();
    assertThat(all).extracting(ChannelRequest::method).containsExactly("POST", "PUT");
    assertThat(all.get(1).path()).isEqualTo("/wp-json/wc/v3/orders/3011");
    assertThat(json(all.get(1)).get("status").textValue()).isEqualTo("completed");
  }

  @Test
  void bigCommerceShipmentForTheOrderAddress() throws Exception {
    shipFirstTwoLines("UPS");
    ChannelRequest r = notice().lineReferences(magento.lineReferences(order)).trackingUrl(TRACK).build()
        .bigCommerce("51");
    assertThat(r.path()).isEqualTo("/v2/orders/3011/shipments");
    JsonNode body = json(r);
    assertThat(body.get("order_address_id").intValue()).isEqualTo(51);
    assertThat(body.get("tracking_number").textValue()).isEqualTo("JJD0001");
    assertThat(body.get("tracking_carrier").textValue()).isEqualTo("ups");
    assertThat(body.get("tracking_link").textValue()).isEqualTo(TRACK.toString());
    assertThat(body.get("items").toString())
        .isEqualTo("[{\"order_product_id\":1,\"quantity\":2},{\"order_product_id\":4,\"quantity\":1}]");
  }

  @Test
  void refusesUnshippedShipmentsAndMissingLineReferences() {
    shipFirstTwoLines("DHL");
    assertThatThrownBy(() -> notice().lineReferences(Map.of(order.lines().get(0).id(), "1")).build().magento())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("lineReferences"));
    Order released = oms.apply(order.id(), new OrderEvent.LineAllocated(order.lines().get(3).id(), WH, 1), WH_ACTOR);
    Order withOpen = oms.releaseShipment(released.id(), WH, List.of(LineQuantity.of(order.lines().get(3).id(), 1)),
        WH_ACTOR);
    assertThatThrownBy(() -> ShipmentNotice.builder(withOpen, withOpen.shipments().get(1).id()).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e).hasMessageContaining("RELEASED"));
    assertThatThrownBy(() -> ShipmentNotice.builder(withOpen, ShipmentId.of("nope")).build())
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aNoticeTravelsThroughTheTransportToTheStore() throws Exception {
    shipFirstTwoLines("DHL");
    List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", x -> {
      bodies.add(x.getRequestMethod() + " " + x.getRequestURI().getPath() + " "
          + new String(x.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      byte[] out = "{\"id\":77}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      x.sendResponseHeaders(201, out.length);
      x.getResponseBody().write(out);
      x.close();
    });
    server.start();
    try {
      ChannelTransport transport = ChannelTransport.http(
          URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/rest")).build();
      ChannelRequest r = notice().lineReferences(magento.lineReferences(order)).build().magento();
      assertThat(transport.send(r).status()).isEqualTo(201);
      assertThat(bodies).containsExactly("POST /rest/V1/order/3011/ship " + r.body());
    } finally {
      server.stop(0);
    }
  }
}
