package org.oms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.oms4j.core.Fixtures.ACTOR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.RecordedEvent;
import org.oms4j.core.spi.OutboxEntry;

/**
 * Bad input through the Java API: blank, null, negative, malformed and inconsistent values in SKUs, addresses,
 * customers, lines and drafts. Each is refused with {@link InvalidInputException} naming the field (or, for a null
 * given to a builder, {@link NullPointerException} naming the attribute; for a required attribute never set,
 * {@link IllegalStateException} naming it), and the store is unchanged: same orders, same outbox, no event
 * delivered. JSON input: {@code org.oms4j.core.json.OmsJsonTest}.
 */
class BadInputTest {
  private static final CurrencyUnit USD = Monetary.getCurrency("USD");

  private final List<RecordedEvent> delivered = new ArrayList<>();
  private final OrderManagement oms = OrderManagement.builder().clock(Fixtures.clock())
      .idGenerator(IdGenerator.sequential()).listener(delivered::add).build();
  private Order existing;

  @BeforeEach
  void anOrderIsThere() {
    existing = oms.submit(Fixtures.draft("E-1"), ACTOR);
    delivered.clear();
  }

  /** A case: what to call to build (and submit) it, the exception expected and the field it must name. */
  record Case(String name, Supplier<Object> input, Class<? extends RuntimeException> type, String field) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case iie(String name, Supplier<Object> input, String field) {
    return new Case(name, input, InvalidInputException.class, field);
  }

  static Case npe(String name, Supplier<Object> input, String field) {
    return new Case(name, input, NullPointerException.class, field);
  }

  static Case missing(String name, Supplier<Object> input, String field) {
    return new Case(name, input, IllegalStateException.class, field);
  }

  static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), "USD");
  }

  /** Builders are strict (each attribute set once): these leave unset what the cases vary. */
  static Address.Builder address(String city, String country) {
    return Address.builder().addLine("1 Main St").city(city).postalCode("62701").country(country);
  }

  static Address.Builder address() {
    return address("Springfield", "US");
  }

  static LineDraft.Builder line(int quantity, Money price) {
    return LineDraft.builder().sku(Sku.of("A")).quantity(quantity).unitPrice(price);
  }

  static LineDraft.Builder line() {
    return line(2, usd("10.00"));
  }

  static OrderDraft.Builder draft(String externalId) {
    return OrderDraft.builder().channel(Fixtures.WEB).externalOrderId(externalId).customer(Fixtures.customer())
        .shipTo(Fixtures.address()).currency(USD);
  }

  static OrderDraft.Builder draft() {
    return draft("B-1");
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // SKU and other identifiers
        iie("null sku", () -> Sku.of(null), "sku"),
        iie("empty sku", () -> Sku.of(""), "sku"),
        iie("blank sku", () -> Sku.of("   "), "sku"),
        iie("sku with a space", () -> Sku.of("A 1"), "sku"),
        iie("sku with a control character", () -> Sku.of("A\u0001"), "sku"),
        iie("sku of 129 characters", () -> Sku.of("x".repeat(129)), "sku"),
        iie("blank channel", () -> SalesChannel.of(" "), "salesChannel"),
        iie("blank location", () -> LocationId.of(""), "locationId"),
        iie("blank line id", () -> LineId.of("\t"), "lineId"),
        iie("blank actor name", () -> Actor.user(" "), "actor.name"),
        // addresses
        iie("unknown country", () -> address("Springfield", "XX").build(), "address.country"),
        iie("lower-case country", () -> address("Springfield", "us").build(), "address.country"),
        iie("three-letter country", () -> address("Springfield", "USA").build(), "address.country"),
        iie("blank country", () -> address("Springfield", " ").build(), "address.country"),
        iie("blank city", () -> address("", "US").build(), "address.city"),
        iie("blank postal code", () -> Address.builder().addLine("1").city("X").postalCode(" ").country("US").build(),
            "address.postalCode"),
        iie("blank street line", () -> Address.builder().addLine(" ").city("X").postalCode("1").country("DE")
            .build(), "address.lines[0]"),
        iie("no street line", () -> Address.builder().city("X").postalCode("1").country("DE").build(),
            "address.lines"),
        iie("four street lines", () -> address().addLine("a").addLine("b").addLine("c").build(), "address.lines"),
        iie("blank region", () -> address().region(" ").build(), "address.region"),
        iie("city with surrounding space", () -> address(" Springfield", "US").build(), "address.city"),
        npe("null city", () -> Address.builder().city(null), "city"),
        missing("no city", () -> Address.builder().addLine("1 Main St").postalCode("1").country("US").build(), "city"),
        missing("no country", () -> Address.builder().addLine("1").city("X").postalCode("1").build(), "country"),
        // customers
        iie("blank customer id", () -> CustomerId.of(" "), "customerId"),
        iie("e-mail without @", () -> Customer.builder().id(CustomerId.of("C")).email("nobody").build(),
            "customer.email"),
        iie("e-mail ending in @", () -> Customer.builder().id(CustomerId.of("C")).email("a@").build(),
            "customer.email"),
        iie("blank customer tag", () -> Customer.builder().id(CustomerId.of("C")).addTag(" ").build(),
            "customer.tags"),
        npe("null customer id", () -> Customer.builder().id(null), "id"),
        missing("no customer id", () -> Customer.builder().build(), "id"),
        // lines
        iie("zero quantity", () -> line(0, usd("1")).build(), "quantity"),
        iie("negative quantity", () -> line(-3, usd("1")).build(), "quantity"),
        iie("negative price", () -> line(1, usd("-0.01")).build(), "unitPrice"),
        iie("negative discount", () -> line().discount(usd("-1")).build(), "discount"),
        iie("negative tax", () -> line().tax(usd("-1")).build(), "tax"),
        iie("discount above the line amount", () -> line().discount(usd("20.01")).build(), "discount"),
        iie("discount above the line amount once rounded", () -> LineDraft.builder().sku(Sku.of("A")).quantity(2)
            .unitPrice(Money.of(new BigDecimal("0.3"), "JPY")).discount(Money.of(new BigDecimal("0.6"), "JPY"))
            .build(), "discount"),
        iie("discount in another currency", () -> line().discount(Money.of(BigDecimal.ONE, "EUR")).build(),
            "discount"),
        iie("tax in another currency", () -> line().tax(Money.of(BigDecimal.ONE, "EUR")).build(), "tax"),
        npe("null sku in a line", () -> LineDraft.builder().sku(null), "sku"),
        npe("null price", () -> LineDraft.builder().unitPrice(null), "unitPrice"),
        missing("no price", () -> LineDraft.builder().sku(Sku.of("A")).quantity(1).build(), "unitPrice"),
        missing("no sku", () -> LineDraft.builder().quantity(1).unitPrice(usd("1")).build(), "sku"),
        missing("no quantity", () -> LineDraft.builder().sku(Sku.of("A")).unitPrice(usd("1")).build(), "quantity"),
        // drafts
        iie("no lines", () -> draft().build(), "lines"),
        iie("more than 1000 lines", () -> {
          OrderDraft.Builder b = draft();
          for (int i = 0; i <= OrderDraft.MAX_LINES; i++) {
            b.addLine(line().build());
          }
          return b.build();
        }, "lines"),
        iie("a line in another currency", () -> draft().addLine(line().build())
            .addLine(LineDraft.builder().sku(Sku.of("B")).quantity(1).unitPrice(Money.of(BigDecimal.TEN, "EUR"))
                .build()).build(), "lines[1].unitPrice"),
        iie("shipping in another currency", () -> draft().addLine(line().build())
            .shippingCharge(Money.of(BigDecimal.ONE, "EUR")).build(), "shippingCharge"),
        iie("negative shipping", () -> draft().addLine(line().build()).shippingCharge(usd("-4.99")).build(),
            "shippingCharge"),
        iie("negative shipping tax", () -> draft().addLine(line().build()).shippingTax(usd("-1")).build(),
            "shippingTax"),
        iie("blank external id", () -> draft("  ").addLine(line().build()).build(),
            "externalOrderId"),
        iie("empty external id", () -> draft("").addLine(line().build()).build(),
            "externalOrderId"),
        iie("external id with a space", () -> draft("A 1").addLine(line().build()).build(),
            "externalOrderId"),
        iie("currency without a minor unit", () -> OrderDraft.builder().channel(Fixtures.WEB)
            .externalOrderId("B-1").customer(Fixtures.customer()).shipTo(Fixtures.address())
            .currency(Monetary.getCurrency("XXX")).addLine(line(1, Money.of(BigDecimal.ONE, "XXX")).build())
            .build(), "currency"),
        iie("blank tag", () -> draft().addLine(line().build()).addTag(" ").build(), "tags"),
        npe("null currency", () -> OrderDraft.builder().currency(null), "currency"),
        npe("null channel", () -> OrderDraft.builder().channel(null), "channel"),
        missing("no currency", () -> OrderDraft.builder().channel(Fixtures.WEB).externalOrderId("B-1")
            .customer(Fixtures.customer()).shipTo(Fixtures.address()).addLine(line().build()).build(), "currency"),
        missing("no customer", () -> OrderDraft.builder().channel(Fixtures.WEB).externalOrderId("B-1")
            .shipTo(Fixtures.address()).currency(USD).addLine(line().build()).build(), "customer"),
        missing("no ship-to address", () -> OrderDraft.builder().channel(Fixtures.WEB).externalOrderId("B-1")
            .customer(Fixtures.customer()).currency(USD).addLine(line().build()).build(), "shipTo"),
        // events given to the facade
        iie("zero units allocated", () -> new OrderEvent.LineAllocated(LineId.of("L1"), LocationId.of("W"), 0),
            "quantity"),
        iie("no items in a shipment", () -> new OrderEvent.ShipmentReleased(
            org.oms4j.core.order.ShipmentId.of("S"), LocationId.of("W"), List.of()), "items"),
        iie("blank tracking number", () -> new OrderEvent.ShipmentShipped(org.oms4j.core.order.ShipmentId.of("S"),
            "ACME", "GROUND", " "), "trackingNumber")
    ).map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedNamingTheFieldAndTheStoreIsUnchanged(Case c) {
    long count = oms.store().count();
    List<OutboxEntry> outbox = oms.store().pendingEvents(100);
    Throwable thrown = catchThrowable(() -> {
      Object input = c.input().get();
      if (input instanceof OrderDraft) {
        oms.submit((OrderDraft) input, ACTOR);
      } else if (input instanceof OrderEvent) {
        oms.apply(existing.id(), (OrderEvent) input, ACTOR);
      }
    });
    assertThat(thrown).as(c.name()).isInstanceOf(c.type());
    if (thrown instanceof InvalidInputException) {
      assertThat(((InvalidInputException) thrown).field()).isEqualTo(c.field());
      assertThat(thrown.getMessage()).startsWith("invalid " + c.field() + " '");
    } else {
      assertThat(thrown.getMessage()).contains(c.field());
    }
    assertUnchanged(count, outbox);
  }

  /**
   * A null element added to a list or set attribute is refused, but Guava's collection builders, which the
   * generated builders use, throw a NullPointerException without a message: the attribute is not named.
   */
  @Test
  void nullElementsAreRefusedWithoutNamingTheAttribute() {
    assertThat(catchThrowable(() -> OrderDraft.builder().addLine(null))).isInstanceOf(NullPointerException.class)
        .hasMessage(null);
    assertThat(catchThrowable(() -> Address.builder().addLine(null))).isInstanceOf(NullPointerException.class);
    assertThat(catchThrowable(() -> Customer.builder().addTag(null))).isInstanceOf(NullPointerException.class);
  }

  /** Refusals by the aggregate: unknown line, wrong state; also leave the stored order as it was. */
  @Test
  void eventsTheOrderRefusesChangeNothing() {
    existing = oms.validate(existing.id(), ACTOR);
    delivered.clear();
    long count = oms.store().count();
    List<OutboxEntry> outbox = oms.store().pendingEvents(100);
    assertThat(catchThrowable(() -> oms.apply(existing.id(),
        new OrderEvent.LineAllocated(LineId.of("L9"), LocationId.of("W"), 1), ACTOR)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(catchThrowable(() -> oms.apply(existing.id(),
        new OrderEvent.LineAllocated(LineId.of("L1"), LocationId.of("W"), 3), ACTOR)))
        .isInstanceOf(IllegalTransitionException.class); // L1 has 2 units
    assertThat(catchThrowable(() -> oms.cancelLine(existing.id(), LineId.of("L1"), 3, ACTOR, "too many")))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(catchThrowable(() -> oms.validate(existing.id(), ACTOR)))
        .isInstanceOf(IllegalTransitionException.class); // already validated
    assertThat(catchThrowable(() -> oms.apply(existing.id(), 7, new OrderEvent.OrderCancelled(), ACTOR)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(catchThrowable(() -> oms.validate(org.oms4j.core.order.OrderId.of("O-404"), ACTOR)))
        .isInstanceOf(OrderNotFoundException.class);
    assertUnchanged(count, outbox);
    assertThat(oms.get(existing.id())).isEqualTo(existing);
  }

  @Test
  void nullArgumentsToTheFacadeAreRefusedNamingThem() {
    assertThat(catchThrowable(() -> oms.submit(null, ACTOR))).isInstanceOf(NullPointerException.class)
        .hasMessage("draft");
    assertThat(catchThrowable(() -> oms.submit(Fixtures.draft("N-1"), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("actor");
    assertThat(catchThrowable(() -> oms.apply(existing.id(), null, ACTOR)))
        .isInstanceOf(NullPointerException.class).hasMessage("event");
    assertThat(catchThrowable(() -> OrderManagement.builder().maxRetries(-1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxRetries").hasMessageContaining("-1");
    assertUnchanged(1, List.of());
  }

  private void assertUnchanged(long count, List<OutboxEntry> outbox) {
    assertThat(oms.store().count()).isEqualTo(count);
    assertThat(oms.store().pendingEvents(100)).isEqualTo(outbox);
    assertThat(oms.get(existing.id())).isEqualTo(existing);
    assertThat(delivered).isEmpty();
  }
}
