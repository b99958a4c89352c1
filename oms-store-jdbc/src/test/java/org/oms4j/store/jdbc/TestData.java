package org.oms4j.store.jdbc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.LocationType;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderId;

/** Shared test data. */
final class TestData {
  static final Actor ACTOR = Actor.user("tester");
  static final Instant T0 = Instant.parse("2026-01-05T10:00:00.123456789Z");
  static final SalesChannel WEB = SalesChannel.of("web");

  private TestData() {}

  static Clock clock() {
    return Clock.fixed(T0, ZoneOffset.UTC);
  }

  static Address address() {
    return Address.builder().addLine("1 Main St").city("Springfield").region("IL").postalCode("62701")
        .country("US").build();
  }

  static LineDraft line(String sku, int qty, String price) {
    return LineDraft.builder().sku(Sku.of(sku)).quantity(qty).unitPrice(Money.of(new BigDecimal(price), "USD"))
        .build();
  }

  /** A USD draft with two lines: 2 x A at 10.00 and 3 x B at 5.50, shipping 4.99. */
  static OrderDraft draft(String externalId) {
    return OrderDraft.builder().channel(WEB).externalOrderId(externalId)
        .customer(Customer.builder().id(CustomerId.of("C-1")).build()).shipTo(address())
        .currency(Monetary.getCurrency("USD")).addLine(line("A", 2, "10.00")).addLine(line("B", 3, "5.50"))
        .shippingCharge(Money.of(new BigDecimal("4.99"), "USD")).build();
  }

  /** A USD draft with one line. */
  static OrderDraft singleLine(String externalId, String sku, int quantity) {
    return OrderDraft.builder().channel(WEB).externalOrderId(externalId)
        .customer(Customer.builder().id(CustomerId.of("C-1")).build()).shipTo(address())
        .currency(Monetary.getCurrency("USD")).addLine(line(sku, quantity, "9.99")).build();
  }

  /** A new order (version 1) with this id and external id. */
  static Order order(String id, String externalId) {
    return Order.create(OrderId.of(id), draft(externalId), ACTOR, T0);
  }

  /** The order one event later. */
  static Order next(Order order, OrderEvent event) {
    return order.apply(event, ACTOR, T0.plusSeconds(order.version()), Optional.of("because"));
  }

  static Location warehouse(String id) {
    return Location.builder().id(LocationId.of(id)).name("Warehouse " + id).type(LocationType.WAREHOUSE)
        .shipFrom(address()).build();
  }
}
