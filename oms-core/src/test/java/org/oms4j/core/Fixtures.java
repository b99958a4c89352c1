package org.oms4j.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.OrderDraft;

/** Shared test data. */
public final class Fixtures {
  public static final Actor ACTOR = Actor.user("tester");
  public static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
  public static final SalesChannel WEB = SalesChannel.of("web");

  private Fixtures() {}

  public static Clock clock() {
    return Clock.fixed(T0, ZoneOffset.UTC);
  }

  public static Address address() {
    return Address.builder().addLine("1 Main St").city("Springfield").region("IL").postalCode("62701")
        .country("US").build();
  }

  public static Customer customer() {
    return Customer.builder().id(CustomerId.of("C-1")).build();
  }

  public static LineDraft line(String sku, int qty, String price) {
    return LineDraft.builder().sku(Sku.of(sku)).quantity(qty).unitPrice(Money.of(new java.math.BigDecimal(price), "USD"))
        .build();
  }

  /** A USD draft with two lines: 2 x A at 10.00 and 3 x B at 5.50, shipping 4.99. */
  public static OrderDraft draft(String externalId) {
    return OrderDraft.builder().channel(WEB).externalOrderId(externalId).customer(customer()).shipTo(address())
        .currency(Monetary.getCurrency("USD")).addLine(line("A", 2, "10.00")).addLine(line("B", 3, "5.50"))
        .shippingCharge(Money.of(4.99, "USD")).build();
  }
}
