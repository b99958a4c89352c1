package org.oms4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oms4j.core.Fixtures;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.RecordedEvent;
import org.oms4j.core.order.TestOrders;
import org.oms4j.core.spi.OutboxEntry;

/**
 * Malformed JSON, wrong types, missing fields and refused values through {@link OmsJson#readDraft}: each is an
 * {@link InvalidInputException} naming the JSON path, and nothing reaches the store.
 */
class OmsJsonTest {
  private static final OmsJson JSON = OmsJson.create();
  /** A valid draft: 2 x A at 10 USD and 3 x B at 5.50, shipping 4.99. */
  private static final String VALID = JSON.write(Fixtures.draft("1"));

  /** The valid draft with the first occurrence of {@code from} replaced. */
  static UnaryOperator<String> replace(String from, String to) {
    return json -> {
      assertThat(json).contains(from);
      return json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    };
  }

  static Arguments bad(String name, UnaryOperator<String> edit, String path, String reason) {
    return Arguments.of(name, edit, path, reason);
  }

  static Stream<Arguments> badDrafts() {
    String price = "\"unitPrice\":{\"amount\":\"10\",\"currency\":\"USD\"}";
    return Stream.of(
        // malformed documents
        bad("truncated", json -> json.substring(0, 40), "$", "malformed JSON"),
        bad("not JSON", json -> "hello", "$", "malformed JSON"),
        bad("empty", json -> "", "$", "No content"),
        bad("null literal", json -> "null", "$", "expected a OrderDraft"),
        bad("an array", json -> "[]", "$", "Array value"),
        bad("a string", json -> "\"draft\"", "$", "String"),
        bad("trailing document", json -> json + " {}", "$", "Trailing token"),
        bad("duplicate key", replace("{\"channel\":\"web\"", "{\"channel\":\"web\",\"channel\":\"app\""), "$",
            "Duplicate field 'channel'"),
        bad("unknown property", replace("{\"channel\"", "{\"coupon\":\"X\",\"channel\""), "$.coupon",
            "Unrecognized field"),
        // wrong types
        bad("quantity as text", replace("\"quantity\":2", "\"quantity\":\"two\""), "$.lines[0].quantity", "int"),
        bad("quantity as quoted number", replace("\"quantity\":2", "\"quantity\":\"2\""), "$.lines[0].quantity",
            "int"),
        bad("fractional quantity", replace("\"quantity\":2", "\"quantity\":1.5"), "$.lines[0].quantity", "1.5"),
        bad("quantity as boolean", replace("\"quantity\":2", "\"quantity\":true"), "$.lines[0].quantity", "int"),
        bad("null quantity", replace("\"quantity\":2", "\"quantity\":null"), "$.lines[0].quantity", "null"),
        bad("quantity beyond int", replace("\"quantity\":2", "\"quantity\":99999999999"), "$.lines[0].quantity",
            "out of range"),
        bad("lines as object", replace("\"currency\":\"USD\",\"lines\":[", "\"currency\":\"USD\",\"lines\":{\"x\":[")
            .andThen(replace("],\"shippingCharge\"", "]},\"shippingCharge\""))::apply, "$.lines", "Object value"),
        bad("sku as number", replace("\"sku\":\"A\"", "\"sku\":5"), "$.lines[0].sku", "Sku"),
        bad("residential as quoted boolean", replace("\"residential\":true", "\"residential\":\"true\""),
            "$.shipTo.residential", "boolean"),
        bad("amount as text", replace(price, "\"unitPrice\":\"10 USD\""), "$.lines[0].unitPrice",
            "MonetaryAmount"),
        bad("amount not a number", replace("\"amount\":\"10\"", "\"amount\":\"ten\""), "$.lines[0].unitPrice",
            "not a decimal number"),
        bad("amount without currency", replace(price, "\"unitPrice\":{\"amount\":\"10\"}"), "$.lines[0].unitPrice",
            "needs both"),
        bad("amount with an extra field", replace(price, "\"unitPrice\":{\"amount\":\"10\",\"currency\":\"USD\","
            + "\"fx\":1}"), "$.lines[0].unitPrice.fx", "Unrecognized field"),
        bad("unknown enum value", replace("\"serviceLevel\":\"STANDARD\"", "\"serviceLevel\":\"WARP\""),
            "$.serviceLevel", "WARP"),
        bad("date that is not a date", replace("\"placedAt\":null", "\"placedAt\":\"yesterday\""), "$.placedAt",
            "yesterday"),
        // missing fields
        bad("no currency", replace("\"currency\":\"USD\",\"lines\"", "\"lines\""), "$", "[currency]"),
        bad("null channel", replace("\"channel\":\"web\"", "\"channel\":null"), "$", "[channel]"),
        bad("no sku", replace("\"sku\":\"A\",", ""), "$.lines[0]", "[sku]"),
        bad("no customer id", replace("\"id\":\"C-1\",", ""), "$.customer", "[id]"),
        bad("no lines", json -> json.replaceFirst("\"lines\":\\[\\{\"sku\".*\\],\"shippingCharge\"",
            "\"lines\":[],\"shippingCharge\""), "$.lines", "must not be empty"),
        // refused values
        bad("unknown currency", replace("\"currency\":\"USD\",\"lines\"", "\"currency\":\"XYZ\",\"lines\""),
            "$.currency", "unknown currency code"),
        bad("currency without a minor unit", replace("\"currency\":\"USD\",\"lines\"",
            "\"currency\":\"XAU\",\"lines\""), "$.currency", "no minor unit"),
        bad("unknown currency of an amount", replace(price, "\"unitPrice\":{\"amount\":\"10\",\"currency\":\"ABC\"}"),
            "$.lines[0].unitPrice", "unknown currency code"),
        bad("mixed currencies", replace("\"shippingCharge\":{\"amount\":\"4.99\",\"currency\":\"USD\"}",
            "\"shippingCharge\":{\"amount\":\"4.99\",\"currency\":\"EUR\"}"), "$.shippingCharge", "one currency"),
        bad("zero quantity", replace("\"quantity\":2", "\"quantity\":0"), "$.lines[0].quantity", "must be positive"),
        bad("negative quantity", replace("\"quantity\":2", "\"quantity\":-1"), "$.lines[0].quantity",
            "must be positive"),
        bad("negative price", replace("\"amount\":\"10\"", "\"amount\":\"-10\""), "$.lines[0].unitPrice",
            "must not be negative"),
        bad("discount above the line amount",
            replace("\"discount\":{\"amount\":\"0\"", "\"discount\":{\"amount\":\"20.01\""),
            "$.lines[0].discount", "exceeds the line amount"),
        bad("blank external id", replace("\"externalOrderId\":\"1\"", "\"externalOrderId\":\" \""),
            "$.externalOrderId", "blank"),
        bad("unknown country", replace("\"country\":\"US\"", "\"country\":\"XX\""), "$.shipTo.address.country",
            "ISO 3166"),
        bad("blank sku", replace("\"sku\":\"A\"", "\"sku\":\" \""), "$.lines[0].sku.sku", "blank"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDrafts")
  void badDraftsAreRefusedNamingTheJsonPathAndNothingIsStored(String name, UnaryOperator<String> edit, String path,
      String reason) {
    OrderManagement oms = OrderManagement.builder().clock(Fixtures.clock()).idGenerator(IdGenerator.sequential())
        .build();
    oms.submit(Fixtures.draft("E-1"), Fixtures.ACTOR);
    List<OutboxEntry> outbox = oms.store().pendingEvents(10);
    String json = edit.apply(VALID);
    InvalidInputException e = catchThrowableOfType(() -> oms.submit(JSON.readDraft(json), Fixtures.ACTOR),
        InvalidInputException.class);
    assertThat(e).as("%s: %s", name, json).isNotNull();
    assertThat(e.field()).isEqualTo(path);
    assertThat(e.getMessage()).contains(reason);
    assertThat(oms.store().count()).isEqualTo(1);
    assertThat(oms.store().pendingEvents(10)).isEqualTo(outbox);
  }

  @Test
  void theValidDraftIsReadAndAmountsMayBeNumbers() {
    assertThat(JSON.readDraft(VALID)).isEqualTo(Fixtures.draft("1"));
    OrderDraft read = JSON.readDraft(VALID.replace("\"amount\":\"4.99\"", "\"amount\":4.99"));
    assertThat(read.shippingCharge()).isEqualTo(Money.of(new BigDecimal("4.99"), "USD"));
  }

  @Test
  void documentsAreLimitedInSizeAndMustBePresent() {
    String huge = "[" + "0,".repeat(OmsJson.MAX_DOCUMENT_CHARS / 2) + "0]";
    assertThat(catchThrowableOfType(() -> JSON.readDraft(huge), InvalidInputException.class))
        .hasMessageContaining("larger than");
    assertThat(catchThrowableOfType(() -> JSON.readDraft(null), InvalidInputException.class).field())
        .isEqualTo("$");
  }

  @Test
  void amountsKeepTheirValueAndCurrencyInEveryMinorUnit() {
    for (String[] a : new String[][] {{"1234", "JPY"}, {"0.005", "USD"}, {"12.345", "KWD"}, {"0.001", "BHD"},
        {"100000000000000000000.01", "EUR"}}) {
      Money m = Money.of(new BigDecimal(a[0]), a[1]);
      assertThat(JSON.readEvent(JSON.write(eventWith(m))).event()).isEqualTo(eventWith(m).event());
    }
  }

  @Test
  void eventsAndOrdersThatCannotBeRebuiltAreRefused() {
    Order order = TestOrders.deliver(TestOrders.apply(TestOrders.order(1), TestOrders.validate(),
        TestOrders.allocate(1, TestOrders.WH1, 1), TestOrders.release("S1", TestOrders.WH1, 1, 1)), "S1");
    String event = JSON.write(order.auditTrail().get(2));
    assertThat(catchThrowableOfType(() -> JSON.readEvent(event.replace("\"LineAllocated\"", "\"LineTeleported\"")),
        InvalidInputException.class).field()).isEqualTo("$.event");
    assertThat(catchThrowableOfType(() -> JSON.readEvent(event.replace("\"sequence\":3", "\"sequence\":0")),
        InvalidInputException.class)).hasMessageContaining("sequence").hasMessageContaining("must be positive");
    assertThat(catchThrowableOfType(() -> JSON.readEvent(event.replace("\"quantity\":1", "\"quantity\":0")),
        InvalidInputException.class).field()).isEqualTo("$.event.quantity");
    String json = JSON.write(order);
    String withoutCreation = json.replaceFirst("\"auditTrail\":\\[\\{.*?\"toStatus\":\"CREATED\"\\},",
        "\"auditTrail\":[");
    assertThat(withoutCreation).isNotEqualTo(json);
    assertThat(catchThrowableOfType(() -> JSON.readOrder(withoutCreation), InvalidInputException.class))
        .hasMessageContaining("must start with the order's creation");
    String negative = json.replace("\"cancelled\":0", "\"cancelled\":5");
    assertThat(catchThrowableOfType(() -> JSON.readOrder(negative), InvalidInputException.class))
        .hasMessageContaining("units do not add up");
  }

  /**
   * An order read from JSON must be what its audit trail says: a document that claims more was delivered than its
   * trail records is refused.
   */
  @Test
  void anOrderDocumentMustMatchItsAuditTrail() {
    Order order = TestOrders.deliver(TestOrders.apply(TestOrders.order(1), TestOrders.validate(),
        TestOrders.allocate(1, TestOrders.WH1, 1), TestOrders.release("S1", TestOrders.WH1, 1, 1)), "S1");
    Order shipped = Order.replay(order.auditTrail().subList(0, 7)); // created .. shipped
    assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(JSON.readOrder(JSON.write(shipped))).isEqualTo(shipped);
    String tampered = JSON.write(shipped).replace("\"status\":\"SHIPPED\"", "\"status\":\"DELIVERED\"");
    assertThatThrownBy(() -> JSON.readOrder(tampered)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("does not match its audit trail");
  }

  private static RecordedEvent eventWith(Money amount) {
    return new RecordedEvent(org.oms4j.core.order.OrderId.of("O-1"), 9,
        new org.oms4j.core.order.OrderEvent.ReturnRefunded(org.oms4j.core.order.ReturnId.of("R-1"), amount),
        Fixtures.ACTOR, Fixtures.T0, java.util.Optional.of("fee"), java.util.Optional.of(OrderStatus.DELIVERED),
        OrderStatus.DELIVERED);
  }
}
