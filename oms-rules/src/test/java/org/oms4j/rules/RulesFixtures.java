package org.oms4j.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.CustomerTier;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.OrderDraft;

final class RulesFixtures {
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Actor ACTOR = Actor.system("rules-test");

  private RulesFixtures() {}

  static OrderManagement oms() {
    return OrderManagement.builder().clock(CLOCK).idGenerator(IdGenerator.sequential()).build();
  }

  static Address address(String line, String postalCode, String country) {
    return Address.builder().addLine(line).city("City").postalCode(postalCode).country(country).build();
  }

  static OrderDraft draft(String id) {
    return draft(id, address("1 Main St", "62701", "US"), ServiceLevel.STANDARD, PaymentStatus.AUTHORISED);
  }

  static OrderDraft draft(String id, Address shipTo, ServiceLevel level, PaymentStatus payment) {
    return OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId(id)
        .customer(Customer.builder().id(CustomerId.of("C-1")).build())
        .shipTo(shipTo).currency(Monetary.getCurrency("USD"))
        .addLine(LineDraft.builder().sku(Sku.of("A")).quantity(1).unitPrice(Money.of(20, "USD")).build())
        .serviceLevel(level).paymentStatus(payment).build();
  }

  static OrderDraft draft(String id, CustomerTier tier, ServiceLevel level, int price, LocalDate promised) {
    return OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId(id)
        .customer(Customer.builder().id(CustomerId.of("C-" + id)).tier(tier).build())
        .shipTo(address("1 Main St", "62701", "US")).currency(Monetary.getCurrency("USD"))
        .addLine(LineDraft.builder().sku(Sku.of("A")).quantity(1).unitPrice(Money.of(price, "USD")).build())
        .serviceLevel(level).promisedDelivery(promised).paymentStatus(PaymentStatus.AUTHORISED).build();
  }
}
