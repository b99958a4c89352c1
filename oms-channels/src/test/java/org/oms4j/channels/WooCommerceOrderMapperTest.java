package org.oms4j.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oms4j.channels.MapperAssertions.assertLine;
import static org.oms4j.channels.MapperAssertions.assertRefused;
import static org.oms4j.channels.MapperAssertions.money;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Instant;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.OrderDraft;

class WooCommerceOrderMapperTest {
  static final SalesChannel CHANNEL = SalesChannel.of("woo-eu");
  final WooCommerceOrderMapper mapper = WooCommerceOrderMapper.of(CHANNEL);

  @Test
  void mapsTaxInclusiveStoreWithCouponFeeAndPartialRefund() {
    ChannelOrder read = mapper.read(Payloads.load(Payloads.WOO_EU));
    OrderDraft d = read.draft();
    assertThat(d.externalOrderId()).isEqualTo("5127");
    assertThat(d.currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(d.placedAt()).contains(Instant.parse("2026-11-21T08:30:00Z"));
    // subtotal 100.00 net for 2, coupon leaves 90.00, tax 17.10
    assertLine(d.lines().get(0), "HOODIE-GRY-L", 2, money("50.00", "EUR"), money("10.00", "EUR"),
        money("17.10", "EUR"));
    // subtotal 25.21 over 3 units: 8.41 each (25.23), so the discount is 25.23 - 22.69 = 2.54
    assertLine(d.lines().get(1), "SOCKS-3PK", 3, money("8.41", "EUR"), money("2.54", "EUR"), money("4.31", "EUR"));
    // shipping 4.20 + 0.80 and the gift-wrapping fee 2.52 + 0.48 are order-level charges
    assertThat(d.shippingCharge()).isEqualTo(money("6.72", "EUR"));
    assertThat(d.shippingTax()).isEqualTo(money("1.28", "EUR"));
    assertThat(MapperAssertions.submittedTotal(d)).isEqualTo(money("142.10", "EUR"));
    // a 10.00 refund of 142.10
    assertThat(d.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    assertThat(read.hold()).isEmpty();
    assertThat(read.cancelled()).isFalse();
    assertThat(d.shipTo().lines()).containsExactly("Lindenweg 7", "Hinterhaus");
    assertThat(d.shipTo().name()).contains("Lena Vogel");
    assertThat(d.shipTo().phone()).isEmpty();
    assertThat(d.billTo()).hasValueSatisfying(b -> assertThat(b.phone()).contains("+49 40 555 0101"));
    assertThat(d.customer().id().value()).isEqualTo("42");
    assertThat(d.customer().email()).contains("lena@example.net");
    assertThat(read.externalLineIds()).containsExactly("901", "902");
    assertThat(read.linesWithoutSku()).isEmpty();
  }

  static final String FEE = "\"total\": \"2.52\", \"total_tax\": \"0.48\"";

  @Test
  void aNegativeFeeIsADiscountSpreadOverTheLinesExactly() {
    // the gift-wrapping fee (2.52 + 0.48) becomes a 10.00 discount taking 1.90 of tax off: 142.10 - 3.00 - 11.90
    String json = Payloads.text(Payloads.WOO_EU).replace(FEE, "\"total\": \"-10.00\", \"total_tax\": \"-1.90\"")
        .replace("\"total\": \"142.10\"", "\"total\": \"127.20\"");
    OrderDraft d = mapper.read(Payloads.bytes(json)).draft();
    // in proportion to the lines after their own discounts, 90.00 and 22.69: 7.98 and 2.02 of the 10.00
    assertLine(d.lines().get(0), "HOODIE-GRY-L", 2, money("50.00", "EUR"), money("17.98", "EUR"),
        money("15.59", "EUR"));
    // and the tax in proportion to theirs, 17.10 and 4.31: 1.51 and 0.39 of the 1.90
    assertLine(d.lines().get(1), "SOCKS-3PK", 3, money("8.41", "EUR"), money("4.56", "EUR"), money("3.92", "EUR"));
    assertThat(d.shippingCharge()).isEqualTo(money("4.20", "EUR"));
    assertThat(d.shippingTax()).isEqualTo(money("0.80", "EUR"));
    assertThat(MapperAssertions.submittedTotal(d)).isEqualTo(money("127.20", "EUR"));
  }

  @Test
  void negativeFeesNeitherCreateNorLoseMoney() {
    // lines after their own discounts: 90.00 + 22.69 = 112.69, tax 17.10 + 4.31 = 21.41; shipping 4.20 + 0.80
    qt().withExamples(500).forAll(integers().between(0, 11_269), integers().between(0, 2_141))
        .checkAssert((discountCents, taxCents) -> {
          BigDecimal discount = BigDecimal.valueOf(discountCents, 2);
          BigDecimal tax = BigDecimal.valueOf(taxCents, 2);
          BigDecimal total = new BigDecimal("139.10").subtract(discount).subtract(tax);
          String json = Payloads.text(Payloads.WOO_EU)
              .replace(FEE, "\"total\": \"-" + discount + "\", \"total_tax\": \"-" + tax + "\"")
              .replace("\"total\": \"142.10\"", "\"total\": \"" + total + "\"");
          OrderDraft d = mapper.read(Payloads.bytes(json)).draft(); // reconciles with the platform's total
          assertThat(MapperAssertions.submittedTotal(d)).isEqualTo(money(total.toPlainString(), "EUR"));
          MonetaryAmount discounts = money("0", "EUR");
          MonetaryAmount taxes = money("0", "EUR");
          for (LineDraft line : d.lines()) {
            assertThat(line.discount().isLessThanOrEqualTo(line.unitPrice().multiply(line.quantity()))).isTrue();
            assertThat(line.tax().isNegative()).isFalse();
            discounts = discounts.add(line.discount());
            taxes = taxes.add(line.tax());
          }
          assertThat(discounts).isEqualTo(money("12.54", "EUR").add(money(discount.toPlainString(), "EUR")));
          assertThat(taxes).isEqualTo(money("21.41", "EUR").subtract(money(tax.toPlainString(), "EUR")));
        });
  }

  @Test
  void onHoldDigitalOrderOfAGuestShipsToBillingAndAsksForAPaymentHold() {
    ChannelOrder read = mapper.read(Payloads.load(Payloads.WOO_DIGITAL));
    OrderDraft d = read.draft();
    assertThat(d.currency().getCurrencyCode()).isEqualTo("GBP");
    assertThat(d.lines()).extracting(l -> l.sku().value()).containsExactly("EBOOK-JAVA", "GIFTCARD-50");
    assertThat(d.shipTo().city()).isEqualTo("Leeds");
    assertThat(d.shipTo().postalCode()).isEqualTo("LS1 4AP");
    assertThat(d.customer().id().value()).isEqualTo("guest:tom.reed@example.co.uk");
    assertThat(d.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
    assertThat(read.hold()).contains(HoldType.PAYMENT);
    assertThat(read.platformStatus()).contains("on-hold");
    assertThat(MapperAssertions.submittedTotal(d)).isEqualTo(money("65.00", "GBP"));
  }

  @Test
  void statusesMapToPaymentHoldsAndCancellation() {
    String json = Payloads.text(Payloads.WOO_DIGITAL);
    String[][] cases = {{"pending", "PENDING", "PAYMENT", "false"}, {"on-hold", "PENDING", "PAYMENT", "false"},
        {"failed", "FAILED", "PAYMENT", "false"}, {"processing", "PAID", "", "false"},
        {"completed", "PAID", "", "false"}, {"cancelled", "VOIDED", "", "true"}, {"trash", "VOIDED", "", "true"},
        {"refunded", "REFUNDED", "", "true"}};
    for (String[] c : cases) {
      ChannelOrder o = mapper.read(Payloads.bytes(json.replace("\"on-hold\"", "\"" + c[0] + "\"")));
      assertThat(o.draft().paymentStatus()).as(c[0]).isEqualTo(PaymentStatus.valueOf(c[1]));
      assertThat(o.hold().map(Enum::name).orElse("")).as(c[0]).isEqualTo(c[2]);
      assertThat(o.cancelled()).as(c[0]).isEqualTo(Boolean.parseBoolean(c[3]));
    }
    assertRefused(mapper, json.replace("\"on-hold\"", "\"checkout-draft\""), "$.status", "checkout-draft");
    assertRefused(mapper, json.replace("\"on-hold\"", "\"shipped-ish\""), "$.status", "shipped-ish");
  }

  @Test
  void lineWithoutSkuIsKeptUnderAPlaceholderAndListed() {
    String json = Payloads.text(Payloads.WOO_DIGITAL).replace("\"sku\": \"GIFTCARD-50\"", "\"sku\": \"\"");
    ChannelOrder read = mapper.read(Payloads.bytes(json));
    assertThat(read.draft().lines()).hasSize(2);
    assertThat(read.draft().lines().get(1).sku().value()).isEqualTo("NO-SKU@$.line_items[1]");
    assertThat(read.linesWithoutSku()).singleElement()
        .satisfies(u -> {
          assertThat(u.lineIndex()).isEqualTo(1);
          assertThat(u.jsonPath()).isEqualTo("$.line_items[1]");
        });
    // map() alone has no hold policy: it refuses the line, naming it
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.map(Payloads.bytes(json)))
        .isInstanceOfSatisfying(org.oms4j.core.InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("$.line_items[1].sku"));
  }

  @Test
  void badInputNamesPathAndValue() {
    String eu = Payloads.text(Payloads.WOO_EU);
    assertRefused(mapper, eu.replace("\"quantity\": 3", "\"quantity\": -3"), "$.line_items[1].quantity", "-3");
    assertRefused(mapper, eu.replace("\"total\": \"22.69\"", "\"total\": \"26.00\""), "$.line_items[1].total",
        "26.00");
    assertRefused(mapper, eu.replace("\"total\": \"142.10\"", "\"total\": \"142.11\""), "$.total", "142.11");
    // a discount entered as a fee cannot take off more than the lines hold, nor add tax
    assertRefused(mapper, eu.replace(FEE, "\"total\": \"-200.00\", \"total_tax\": \"0.00\"")
        .replace("\"total\": \"142.10\"", "\"total\": \"0.00\""), "$.fee_lines[0].total", "-200.00");
    assertRefused(mapper, eu.replace(FEE, "\"total\": \"-2.52\", \"total_tax\": \"0.48\""),
        "$.fee_lines[0].total_tax", "0.48");
    assertRefused(mapper, eu.replace("\"EUR\"", "\"EURO\""), "$.currency", "EURO");
    assertRefused(mapper, eu.replace("\"2026-11-21T08:30:00\"", "\"yesterday\""), "$.date_created_gmt",
        "yesterday");
    assertRefused(mapper, eu.replace("\"country\": \"DE\", \"phone\": \"\"", "\"country\": \"Germany\""),
        "$.shipping.country", "Germany");
    assertRefused(mapper, eu.replace("\"subtotal\": \"100.00\"", "\"subtotal\": 1e400"),
        "$.line_items[0].subtotal", "1E+400");
    String digital = Payloads.text(Payloads.WOO_DIGITAL);
    assertRefused(mapper, digital.replace("\"address_1\": \"12 Mill Lane\"", "\"address_1\": \"\""),
        "$.shipping.address_1", "null");
  }
}
