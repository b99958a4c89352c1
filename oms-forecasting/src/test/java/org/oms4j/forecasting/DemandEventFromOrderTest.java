package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.LineQuantity;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.order.ShipmentEventType;
import org.oms4j.core.order.ShipmentId;

class DemandEventFromOrderTest {
  private static final Actor ACTOR = Actor.user("tester");
  private static final LocationId WH1 = LocationId.of("WH1");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static Order apply(Order order, Instant at, OrderEvent... events) {
    for (OrderEvent e : events) {
      order = order.apply(e, ACTOR, at, Optional.empty());
    }
    return order;
  }

  @Test
  void shippedLinesBecomeDemandOnTheirLocalShipDate() {
    OrderDraft.Builder b = OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId("X-1")
        .customer(Customer.builder().id(CustomerId.of("C-1")).build())
        .shipTo(Address.builder().addLine("1 Main St").city("Springfield").region("IL").postalCode("62701")
            .country("US").build())
        .currency(org.javamoney.moneta.Money.of(BigDecimal.ONE, "USD").getCurrency())
        .shippingCharge(Money.of(new BigDecimal("4.99"), "USD"));
    b.addLine(LineDraft.builder().sku(Sku.of("A")).quantity(3).unitPrice(Money.of(new BigDecimal("10.00"), "USD"))
        .build());
    b.addLine(LineDraft.builder().sku(Sku.of("B")).quantity(2).unitPrice(Money.of(new BigDecimal("5.00"), "USD"))
        .build());
    Instant t0 = Instant.parse("2026-01-05T10:00:00Z");
    Order order = Order.create(OrderId.of("O-1"), b.build(), ACTOR, t0);
    LineId l1 = order.lines().get(0).id();
    LineId l2 = order.lines().get(1).id();
    order = apply(order, t0,
        new OrderEvent.Validated(),
        new OrderEvent.LineAllocated(l1, WH1, 3),
        new OrderEvent.LineAllocated(l2, WH1, 2),
        new OrderEvent.ShipmentReleased(ShipmentId.of("S1"), WH1, List.of(LineQuantity.of(l1, 2))),
        new OrderEvent.ShipmentReleased(ShipmentId.of("S2"), WH1,
            List.of(LineQuantity.of(l1, 1), LineQuantity.of(l2, 2))));
    // S1 ships at 23:30 UTC on Jan 5, which is Jan 6 in Berlin; S2 is only picked
    Instant late = Instant.parse("2026-01-05T23:30:00Z");
    order = apply(order, late,
        new OrderEvent.ShipmentProgressed(ShipmentId.of("S1"), ShipmentEventType.PICK),
        new OrderEvent.ShipmentProgressed(ShipmentId.of("S1"), ShipmentEventType.PACK),
        new OrderEvent.ShipmentShipped(ShipmentId.of("S1"), "ACME", "GROUND", "TRK-1"),
        new OrderEvent.ShipmentProgressed(ShipmentId.of("S2"), ShipmentEventType.PICK));

    List<DemandEvent> events = DemandEvent.fromShipments(order, BERLIN);
    assertThat(events).containsExactly(DemandEvent.of(Sku.of("A"), WH1, LocalDate.of(2026, 1, 6), 2));

    Map<Sku, DemandHistory> h =
        DemandHistory.bySku(events, Granularity.DAY, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7));
    assertThat(h.get(Sku.of("A")).values()).containsExactly(0, 2, 0);
  }
}
