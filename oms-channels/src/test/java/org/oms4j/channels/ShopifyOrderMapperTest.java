package org.oms4j.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;

class ShopifyOrderMapperTest {
  static final SalesChannel CHANNEL = SalesChannel.of("shopify-eu");
  final ShopifyOrderMapper mapper = ShopifyOrderMapper.of(CHANNEL);

  static Money eur(String v) {
    return Money.of(new java.math.BigDecimal(v), "EUR");
  }

  @Test
  void mapsTaxInclusiveOrderSoThatTheTotalReconciles() {
    OrderDraft d = mapper.map(Payloads.load(Payloads.EU));
    assertThat(d.channel()).isEqualTo(CHANNEL);
    assertThat(d.externalOrderId()).isEqualTo("820982911946154508");
    assertThat(d.currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(d.paymentStatus()).isEqualTo(PaymentStatus.PAID);
    assertThat(d.placedAt()).contains(Instant.parse("2026-11-20T09:15:00Z"));
    assertThat(d.lines()).hasSize(3);
    LineDraft shirt = d.lines().get(0);
    assertThat(shirt.sku()).isEqualTo(Sku.of("TSHIRT-RED-M"));
    assertThat(shirt.quantity()).isEqualTo(2);
    // gross 59.98 incl. 8.78 tax: net before discount 51.20 = 2 x 25.60; net after discount 46.20
    assertThat(shirt.unitPrice()).isEqualTo(eur("25.60"));
    assertThat(shirt.discount()).isEqualTo(eur("5.00"));
    assertThat(shirt.tax()).isEqualTo(eur("8.78"));
    // gift card (requires_shipping=false) kept as an ordinary line
    assertThat(d.lines().get(1).sku()).isEqualTo(Sku.of("GIFT-25"));
    assertThat(d.lines().get(1).unitPrice()).isEqualTo(eur("25.00"));
    // 30.00 incl. 4.79 tax over 3 units: net 25.21 is not divisible by 3; 8.41 each, 0.02 remainder as discount
    LineDraft mug = d.lines().get(2);
    assertThat(mug.unitPrice()).isEqualTo(eur("8.41"));
    assertThat(mug.discount()).isEqualTo(eur("0.02"));
    assertThat(d.shippingCharge()).isEqualTo(eur("4.12"));
    assertThat(d.shippingTax()).isEqualTo(eur("0.78"));
    assertThat(d.shipTo().lines()).containsExactly("Hauptstrasse 1", "2. OG");
    assertThat(d.shipTo().city()).isEqualTo("Berlin");
    assertThat(d.shipTo().region()).contains("BE");
    assertThat(d.shipTo().postalCode()).isEqualTo("10115");
    assertThat(d.shipTo().country()).isEqualTo("DE");
    assertThat(d.customer().id().value()).isEqualTo("115310627314723954");
    assertThat(d.customer().tags()).containsExactlyInAnyOrder("vip", "newsletter");
    assertThat(d.customer().email()).contains("mia@example.org");

    Order order = OrderManagement.builder().build().submit(d, Actor.integration("test"));
    // Shopify's total_price in the sample: 54.98 + 25.00 + 30.00 + 4.90
    assertThat(order.total()).isEqualTo(eur("114.88"));
  }

  @Test
  void readsWhenThePlatformLastChangedTheOrderAndRefusesABadTimestamp() {
    String json = Payloads.text(Payloads.EU);
    byte[] stamped = Payloads.bytes(json.replace("\"created_at\": \"2026-11-20T10:15:00+01:00\",",
        "\"created_at\": \"2026-11-20T10:15:00+01:00\", \"updated_at\": \"2026-11-20T11:00:00+01:00\","));
    assertThat(mapper.read(stamped).updatedAt()).contains(java.time.Instant.parse("2026-11-20T10:00:00Z"));
    assertThat(mapper.read(Payloads.load(Payloads.EU)).updatedAt()).isEmpty();
    byte[] bad = Payloads.bytes(json.replace("\"created_at\": \"2026-11-20T10:15:00+01:00\",",
        "\"created_at\": \"2026-11-20T10:15:00+01:00\", \"updated_at\": \"yesterday\","));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.read(bad))
        .isInstanceOf(org.oms4j.core.InvalidInputException.class).hasMessageContaining("$.updated_at");
  }

  @Test
  void aLineOfZeroQuantityIsSkippedAndListed() {
    String json = Payloads.text(Payloads.EU);
    String mug = "\"id\": 3, \"sku\": \"MUG-BLUE\"";
    assertThat(json).contains(mug);
    byte[] edited = Payloads.bytes(json.replace("{\n      " + mug, "{ \"id\": 9, \"sku\": \"MUG-OLD\", \"quantity\": 0, "
        + "\"price\": \"12.00\", \"tax_lines\": [] },\n    {\n      " + mug));
    ChannelOrder order = mapper.read(edited);
    assertThat(order.draft().lines()).extracting(l -> l.sku().value()).doesNotContain("MUG-OLD").hasSize(3);
    assertThat(order.skippedLines()).singleElement().satisfies(l -> {
      assertThat(l.jsonPath()).isEqualTo("$.line_items[2]");
      assertThat(l.reason()).contains("quantity 0");
    });
    assertThat(mapper.read(Payloads.load(Payloads.EU)).skippedLines()).isEmpty();
  }

  @Test
  void mapsTaxExclusivePendingOrder() {
    OrderDraft d = mapper.map(Payloads.load(Payloads.US));
    assertThat(d.externalOrderId()).isEqualTo("450789469");
    assertThat(d.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
    LineDraft l = d.lines().get(0);
    assertThat(l.unitPrice()).isEqualTo(Money.of(12.5, "USD"));
    assertThat(l.discount()).isEqualTo(Money.of(2, "USD"));
    assertThat(l.tax()).isEqualTo(Money.of(3.84, "USD"));
    assertThat(d.shippingCharge()).isEqualTo(Money.of(7, "USD"));
    assertThat(d.customer().tags()).isEmpty();
    Order order = OrderManagement.builder().build().submit(d, Actor.integration("test"));
    assertThat(order.total()).isEqualTo(Money.of(new java.math.BigDecimal("58.84"), "USD"));
  }

  @Test
  void financialStatuses() {
    String[][] cases = {{"pending", "PENDING"}, {"authorized", "AUTHORISED"}, {"paid", "PAID"},
        {"voided", "VOIDED"}, {"refunded", "REFUNDED"}, {"partially_refunded", "PARTIALLY_REFUNDED"},
        {"partially_paid", "PENDING"}, {"expired", "FAILED"}};
    for (String[] c : cases) {
      String json = Payloads.text(Payloads.US).replace("\"pending\"", "\"" + c[0] + "\"");
      assertThat(mapper.map(bytes(json)).paymentStatus()).as(c[0]).isEqualTo(PaymentStatus.valueOf(c[1]));
    }
    assertRefused(Payloads.text(Payloads.US).replace("\"pending\"", "\"bogus\""), "$.financial_status", "bogus");
  }

  @Test
  void lineWithoutSkuIsRejectedNamingThePath() {
    assertRefused(Payloads.text(Payloads.EU).replace("\"sku\": \"GIFT-25\"", "\"sku\": null"),
        "$.line_items[1].sku", "null");
    assertRefused(Payloads.text(Payloads.EU).replace("\"sku\": \"GIFT-25\"", "\"sku\": \"\""),
        "$.line_items[1].sku", "");
  }

  @Test
  void badInputNamesPathAndValue() {
    String us = Payloads.text(Payloads.US);
    assertRefused(us.replace("\"USD\"", "\"XYZ\""), "$.currency", "XYZ");
    assertRefused(us.replace("\"12.50\"", "\"-12.50\""), "$.line_items[0].price", "-12.50");
    assertRefused(us.replace("\"12.50\"", "\"twelve\""), "$.line_items[0].price", "twelve");
    assertRefused(us.replace("\"quantity\": 4", "\"quantity\": \"4\""), "$.line_items[0].quantity", "4");
    assertRefused(us.replace("\"quantity\": 4", "\"quantity\": -1"), "$.line_items[0].quantity", "-1");
    assertRefused(us.replace("\"quantity\": 4", "\"quantity\": 0"), "$.line_items", "[]"); // its only line skipped
    assertRefused(us.replace("\"price\": \"7.00\"", "\"price\": \"-7.00\""), "$.shipping_lines[0].price", "-7.00");
    assertRefused(us.replace("\"id\": \"450789469\",", ""), "$.id", "null");
    assertRefused(us.replace("\"zip\": \"62701\",", ""), "$.shipping_address.zip", "null");
    assertRefused(us.replace("\"country_code\": \"US\"", "\"country_code\": 1"), "$.shipping_address.country_code",
        "1");
    assertRefused(us.replace("\"country_code\": \"US\"", "\"country_code\": \"us\""),
        "$.shipping_address.country_code", "us");
    assertRefused(us.replace("\"city\": \"Springfield\"", "\"city\": \"  \""), "$.shipping_address.city", "  ");
    assertRefused(us.replace("\"taxes_included\": false", "\"taxes_included\": \"no\""), "$.taxes_included", "no");
    assertRefused(us.replace("\"total_discount\": \"2.00\"", "\"total_discount\": \"60.00\""),
        "$.line_items[0].discount", "60.00");
    assertRefused("{\"id\": 1,", "$", "");
    assertRefused("[1,2]", "$", "ARRAY");
    assertRefused("", "$", "");
  }

  @Test
  void bodyOverTheSizeLimitIsRefusedBeforeParsing() {
    ShopifyOrderMapper small = ShopifyOrderMapper.of(CHANNEL, 64);
    byte[] body = Payloads.load(Payloads.US);
    assertThatThrownBy(() -> small.map(body)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.field()).isEqualTo("$");
      assertThat(e.rejectedValue()).isEqualTo(body.length + " bytes");
    });
    assertThatThrownBy(() -> ShopifyOrderMapper.of(CHANNEL, 0)).isInstanceOf(org.oms4j.core.InvalidInputException.class);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  void assertRefused(String json, String path, String valueFragment) {
    assertThatThrownBy(() -> mapper.map(bytes(json))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.field()).isEqualTo(path);
      assertThat(e.rejectedValue()).contains(valueFragment);
    });
  }
}
