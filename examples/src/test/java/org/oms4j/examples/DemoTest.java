package org.oms4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.ShipmentStatus;
import org.oms4j.examples.quickstart.QuickStart;

class DemoTest {
  @Test
  void demoWalksEveryOrderAndAccountsForEveryEvent() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.Summary s = new Demo(1_000, 42).run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // 1,000 orders through the API, 4 through signed webhooks (one more redelivered, one refused)
    assertThat(s.ordersByStatus().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_004);
    assertThat(s.ordersByStatus()).containsKeys(OrderStatus.DELIVERED, OrderStatus.CANCELLED, OrderStatus.SHIPPED);
    assertThat(s.shipmentsByStatus()).containsKeys(ShipmentStatus.DELIVERED, ShipmentStatus.RETURNED_TO_SENDER);
    assertThat(s.eventsDelivered()).isEqualTo(s.eventsRecorded());
    assertThat(s.inventoryConsistent()).isTrue();
    assertThat(s.backordersFilled()).isPositive();
    assertThat(s.stockByLocation()).hasSize(3);
    assertThat(s.stockByLocation().values()).allSatisfy(l -> assertThat(l.reserved()).isZero());
    assertThat(s.idempotentResubmits()).isEqualTo(10);
    assertThat(s.refusedResubmits()).isEqualTo(4);
    assertThat(s.refundsByCurrency().get("USD").isPositive()).isTrue();
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("Orders by status", "held then cancelled", "delivered, returned and refunded", "returned to sender",
        "backordered then filled by a receipt", "cycle count SKU-3 at STORE-NYC", "variance -1",
        "Two decisions, explained", "FRAUD_REVIEW hold by rule fraud-score", "preference rank 0", "chosen:",
        "Demand forecasts", "INTERMITTENT", "today's cycle-count list", "Shipping by carrier", "parcelwave", "0 left in the outbox",
        "USD orders sourced together", "one by one it would cost", "split: ", "re-routed when STORE-NYC closed",
        "re-routed away from [STORE-NYC]", "STORE-NYC closed for the day",
        "shopify-1001.json      webhook b54557e4-1001 accepted as", "redelivered: answered with",
        "refused before parsing: signature in X-Shopify-Hmac-Sha256 does not match the body",
        "woocommerce-5302.json  webhook wc-77302      accepted as", "PAYMENT hold",
        "delay notices sent", "delay notice for", "(weather at the hub): the customer is told before the parcel is late",
        "tracking");
  }

  @Test
  void demoIsDeterministic() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Demo.Summary a = new Demo(200, 7).run(sink);
    Demo.Summary b = new Demo(200, 7).run(sink);
    assertThat(a.ordersByStatus()).isEqualTo(b.ordersByStatus());
    assertThat(a.orderValueByCurrency()).isEqualTo(b.orderValueByCurrency());
  }

  @Test
  void quickStartReleasesAShipment() {
    Order order = QuickStart.run();
    assertThat(order.status()).isEqualTo(OrderStatus.RELEASED);
    assertThat(order.total().getNumber().doubleValueExact()).isEqualTo(29.99);
  }
}
