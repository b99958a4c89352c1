package org.oms4j.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oms4j.channels.MapperAssertions.assertLine;
import static org.oms4j.channels.MapperAssertions.assertRefused;
import static org.oms4j.channels.MapperAssertions.money;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.OrderDraft;

class MagentoOrderMapperTest {
  static final SalesChannel CHANNEL = SalesChannel.of("magento-it");
  final MagentoOrderMapper mapper = MagentoOrderMapper.of(CHANNEL);

  @Test
  void configurableParentsAndDynamicBundlesInTheOrderCurrency() {
    ChannelOrder read = mapper.read(Payloads.load(Payloads.MAGENTO_EU));
    OrderDraft d = read.draft();
    assertThat(d.externalOrderId()).isEqualTo("3011");
    assertThat(d.tags()).containsExactly("magento-increment-id:000003011");
    assertThat(d.currency().getCurrencyCode()).isEqualTo("EUR"); // not the USD base currency
    assertThat(d.placedAt()).contains(Instant.parse("2026-11-22T10:00:00Z"));
    // configurable: one line, the child's SKU, the parent's amounts (tax includes the discount compensation)
    assertLine(d.lines().get(0), "TEE-BLU-S", 2, money("25.20", "EUR"), money("6.00", "EUR"), money("9.58", "EUR"));
    // dynamic bundle: the components are the lines, at their own amounts; the parent is not a line
    assertLine(d.lines().get(1), "KIT-PART-A", 1, money("20.00", "EUR"), money("0", "EUR"), money("3.80", "EUR"));
    assertLine(d.lines().get(2), "KIT-PART-B", 2, money("6.00", "EUR"), money("0", "EUR"), money("2.28", "EUR"));
    // a virtual item needs no shipping and is an ordinary line
    assertLine(d.lines().get(3), "WARRANTY-1Y", 1, money("8.40", "EUR"), money("0", "EUR"), money("1.60", "EUR"));
    assertThat(d.lines()).hasSize(4);
    assertThat(read.externalLineIds()).containsExactly("1", "4", "5", "6");
    assertThat(read.linePaths()).containsExactly("$.items[0]", "$.items[3]", "$.items[4]", "$.items[5]");
    assertThat(d.shippingCharge()).isEqualTo(money("4.20", "EUR"));
    assertThat(MapperAssertions.submittedTotal(d)).isEqualTo(money("107.06", "EUR"));
    assertThat(d.shipTo().lines()).containsExactly("Via Roma 10", "Scala B");
    assertThat(d.shipTo().name()).contains("Sofia Ricci");
    assertThat(d.customer().id().value()).isEqualTo("77");
    assertThat(d.paymentStatus()).isEqualTo(PaymentStatus.PAID);
    assertThat(read.hold()).isEmpty();
    assertThat(read.cancelled()).isFalse();
  }

  @Test
  void fixedPriceBundleGuestPendingPayment() {
    ChannelOrder read = mapper.read(Payloads.load(Payloads.MAGENTO_PENDING));
    OrderDraft d = read.draft();
    // the bundle's fixed price goes to its first component; quantities arrive as "2.0000"
    assertLine(d.lines().get(0), "TROWEL", 1, money("40.00", "GBP"), money("0", "GBP"), money("8.00", "GBP"));
    assertLine(d.lines().get(1), "GLOVES-M", 2, money("0", "GBP"), money("0", "GBP"), money("0", "GBP"));
    assertLine(d.lines().get(2), "GC-25", 1, money("25.00", "GBP"), money("0", "GBP"), money("0", "GBP"));
    assertThat(MapperAssertions.submittedTotal(d)).isEqualTo(money("76.95", "GBP"));
    assertThat(d.customer().id().value()).isEqualTo("guest:guest.buyer@example.org");
    assertThat(d.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
    assertThat(read.hold()).contains(HoldType.PAYMENT);
    assertThat(d.billTo()).hasValueSatisfying(b -> assertThat(b.region()).isEmpty());
  }

  @Test
  void statesAndPayments() {
    String json = Payloads.text(Payloads.MAGENTO_EU);
    assertThat(mapper.read(Payloads.bytes(json.replace("\"state\": \"processing\"", "\"state\": \"holded\"")))
        .hold()).contains(HoldType.MANUAL);
    assertThat(mapper.read(Payloads.bytes(json.replace("\"state\": \"processing\"", "\"state\": \"canceled\"")))
        .cancelled()).isTrue();
    assertThat(mapper.read(Payloads.bytes(json.replace("\"state\": \"processing\"", "\"state\": \"closed\"")
        .replace("\"amount_refunded\": 0", "\"amount_refunded\": 107.06"))).draft().paymentStatus())
        .isEqualTo(PaymentStatus.REFUNDED);
    ChannelOrder partial = mapper.read(Payloads.bytes(json.replace("\"amount_refunded\": 0",
        "\"amount_refunded\": 10.00")));
    assertThat(partial.draft().paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    assertThat(partial.cancelled()).isFalse();
    ChannelOrder authorised = mapper.read(Payloads.bytes(json.replace("\"state\": \"processing\"", "\"state\": \"new\"")
        .replace("\"amount_paid\": 107.06", "\"amount_authorized\": 107.06")));
    assertThat(authorised.draft().paymentStatus()).isEqualTo(PaymentStatus.AUTHORISED);
    assertThat(authorised.hold()).isEmpty();
    assertRefused(mapper, json.replace("\"state\": \"processing\"", "\"state\": \"limbo\""), "$.state", "limbo");
  }

  @Test
  void childWithoutSkuIsListedUnderItsPath() {
    String json = Payloads.text(Payloads.MAGENTO_PENDING).replace("\"sku\": \"GLOVES-M\"", "\"sku\": null");
    ChannelOrder read = mapper.read(Payloads.bytes(json));
    assertThat(read.linesWithoutSku()).extracting(UnresolvedLine::jsonPath).containsExactly("$.items[2]");
    assertThat(read.draft().lines().get(1).sku().value()).isEqualTo("NO-SKU@$.items[2]");
  }

  @Test
  void badInputNamesPathAndValue() {
    String eu = Payloads.text(Payloads.MAGENTO_EU);
    assertRefused(mapper, eu.replace("\"qty_ordered\": 1, \"price\": 8.4", "\"qty_ordered\": -1, \"price\": 8.4"),
        "$.items[5].qty_ordered", "-1");
    // a line of zero quantity is skipped: the order's total then no longer matches its lines
    assertRefused(mapper, eu.replace("\"qty_ordered\": 1, \"price\": 8.4", "\"qty_ordered\": 0, \"price\": 8.4"),
        "$.grand_total", "107.06");
    assertRefused(mapper, eu.replace("\"qty_ordered\": 1, \"price\": 8.4", "\"qty_ordered\": 1.5, \"price\": 8.4"),
        "$.items[5].qty_ordered", "1.5");
    assertRefused(mapper, eu.replace("\"grand_total\": 107.06", "\"grand_total\": 107.6"), "$.grand_total",
        "107.6");
    assertRefused(mapper, eu.replace("\"parent_item_id\": 3, \"product_type\": \"simple\", \"sku\": \"KIT-PART-A\"",
        "\"parent_item_id\": 99, \"product_type\": \"simple\", \"sku\": \"KIT-PART-A\""), "$.items[3].parent_item_id",
        "99");
    assertRefused(mapper, eu.replace("\"item_id\": 6,", "\"item_id\": 5,"), "$.items[5].item_id", "5");
    assertRefused(mapper, eu.replace("\"tax_amount\": 3.8", "\"tax_amount\": -3.8"), "$.items[3].tax_amount",
        "-3.8");
    assertRefused(mapper, eu.replace("\"country_id\": \"IT\", \"telephone\": \"+39 02 555 0100\"\n          }",
        "\"country_id\": \"ITA\", \"telephone\": \"+39 02 555 0100\"\n          }"),
        "$.extension_attributes.shipping_assignments[0].shipping.address.country_id", "ITA");
    assertRefused(mapper, eu.replace("\"street\": [ \"Via Roma 10\", \"Scala B\" ]", "\"street\": []"),
        "$.extension_attributes.shipping_assignments[0].shipping.address.street[0]", "null");
  }
}
