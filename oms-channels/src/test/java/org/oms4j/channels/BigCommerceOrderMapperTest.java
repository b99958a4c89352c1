package org.oms4j.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.channels.MapperAssertions.assertLine;
import static org.oms4j.channels.MapperAssertions.assertRefused;
import static org.oms4j.channels.MapperAssertions.money;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.OrderDraft;

class BigCommerceOrderMapperTest {
  static final SalesChannel CHANNEL = SalesChannel.of("bc-us");
  final BigCommerceOrderMapper mapper = BigCommerceOrderMapper.of(CHANNEL);

  @Test
  void mapsTheOrderWithItsProductsAndShippingAddressesSubResources() {
    ChannelOrder read = mapper.read(Payloads.load(Payloads.BC_ORDER), Payloads.load(Payloads.BC_PRODUCTS),
        Payloads.load(Payloads.BC_ADDRESSES));
    OrderDraft d = read.draft();
    assertThat(d.externalOrderId()).isEqualTo("100231");
    assertThat(d.placedAt()).contains(Instant.parse("2026-11-21T14:02:11Z"));
    assertLine(d.lines().get(0), "BOOT-BLK-10", 1, money("120.00", "USD"), money("20.00", "USD"),
        money("9.00", "USD"));
    assertLine(d.lines().get(1), "LACES-BLK", 2, money("4.50", "USD"), money("0", "USD"), money("0.81", "USD"));
    assertThat(d.shippingCharge()).isEqualTo(money("10.00", "USD"));
    assertThat(MapperAssertions.submittedTotal(d)).isEqualTo(money("128.81", "USD"));
    assertThat(d.shipTo().lines()).containsExactly("400 Elm Ave", "Suite 5");
    assertThat(d.shipTo().region()).contains("TX");
    assertThat(d.billTo()).hasValueSatisfying(b -> assertThat(b.region()).contains("Texas"));
    assertThat(d.customer().id().value()).isEqualTo("18");
    assertThat(d.paymentStatus()).isEqualTo(PaymentStatus.PAID);
    assertThat(read.hold()).isEmpty();
    assertThat(read.externalLineIds()).containsExactly("101", "102");
    // the same three documents inlined into one body map to the same draft
    assertThat(mapper.read(Payloads.bytes(Payloads.bigCommerceInlined())).draft()).isEqualTo(d);
  }

  @Test
  void digitalOrderAwaitingPaymentInAnotherCurrencyShipsToBillingOnHold() {
    ChannelOrder read = mapper.read(Payloads.load(Payloads.BC_DIGITAL));
    OrderDraft d = read.draft();
    assertThat(d.currency().getCurrencyCode()).isEqualTo("CAD");
    // the store shows prices with tax (100.00); the line is taken net (88.50) plus its tax
    assertLine(d.lines().get(0), "COURSE-PHOTO", 1, money("88.50", "CAD"), money("0", "CAD"), money("11.50", "CAD"));
    assertThat(d.shipTo().city()).isEqualTo("Toronto");
    assertThat(d.customer().id().value()).isEqualTo("guest:noah.t@example.ca");
    assertThat(d.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
    assertThat(read.hold()).contains(HoldType.PAYMENT);
    assertThat(MapperAssertions.submittedTotal(d)).isEqualTo(money("120.00", "CAD"));
  }

  @Test
  void statusIdsAndPaymentStatuses() {
    String json = Payloads.bigCommerceInlined();
    Object[][] cases = {{1, "captured", "PAID", true, false}, {7, "pending", "PENDING", true, false},
        {12, "authorized", "AUTHORISED", true, false}, {5, "void", "VOIDED", false, true},
        {4, "refunded", "REFUNDED", false, true}, {14, "partially refunded", "PARTIALLY_REFUNDED", false, false},
        {6, "declined", "FAILED", false, true}, {2, "captured", "PAID", false, false}};
    for (Object[] c : cases) {
      ChannelOrder o = mapper.read(Payloads.bytes(json.replace("\"status_id\" : 11", "\"status_id\" : " + c[0])
          .replace("\"captured\"", "\"" + c[1] + "\"")));
      assertThat(o.draft().paymentStatus()).as("%s", c[0]).isEqualTo(PaymentStatus.valueOf((String) c[2]));
      assertThat(o.hold().isPresent()).as("%s", c[0]).isEqualTo(c[3]);
      assertThat(o.cancelled()).as("%s", c[0]).isEqualTo(c[4]);
    }
    assertRefused(mapper, json.replace("\"status_id\" : 11", "\"status_id\" : 0"), "$.status_id", "0");
    assertRefused(mapper, json.replace("\"status_id\" : 11", "\"status_id\" : 99"), "$.status_id", "99");
    assertRefused(mapper, json.replace("\"captured\"", "\"maybe\""), "$.payment_status", "maybe");
  }

  @Test
  void badInputNamesPathAndValue() {
    String json = Payloads.bigCommerceInlined();
    assertRefused(mapper, json.replace("\"quantity\" : 2", "\"quantity\" : -2"), "$.products[1].quantity", "-2");
    // a line of zero quantity is skipped: the order's total then no longer matches its lines
    assertRefused(mapper, json.replace("\"quantity\" : 2", "\"quantity\" : 0"), "$.total_inc_tax", "128.81");
    assertRefused(mapper, json.replace("\"total_inc_tax\" : \"128.8100\"", "\"total_inc_tax\" : \"130.0000\""),
        "$.total_inc_tax", "130.0000");
    assertRefused(mapper, json.replace("\"amount\" : \"20.0000\"", "\"amount\" : \"200.0000\""),
        "$.products[0].discount", "200.0000");
    assertRefused(mapper, json.replace("\"date_created\" : \"Sat, 21 Nov 2026 14:02:11 +0000\"",
        "\"date_created\" : \"2026-11-21\""), "$.date_created", "2026-11-21");
    assertRefused(mapper, json.replace("\"currency_code\" : \"USD\"", "\"currency_code\" : 840"),
        "$.currency_code", "840");
    // a separate products document that is not an array
    assertThatThrownBy(() -> mapper.read(Payloads.load(Payloads.BC_ORDER), Payloads.bytes("{}"),
        Payloads.load(Payloads.BC_ADDRESSES))).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("$.products"));
  }

  @Test
  void severalShippingAddressesAreRefused() {
    String two = Payloads.text(Payloads.BC_ADDRESSES).trim();
    String doubled = "[" + two.substring(1, two.length() - 1) + "," + two.substring(1, two.length() - 1) + "]";
    assertThatThrownBy(() -> mapper.read(Payloads.load(Payloads.BC_ORDER), Payloads.load(Payloads.BC_PRODUCTS),
        Payloads.bytes(doubled))).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("$.shipping_addresses"));
  }
}
