package org.oms4j.examples.quickstart;

import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.oms4j.core.OrderManagement;
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

/** The embedding example quoted in the README: submit an order and walk it to a released shipment. */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the example and returns the order it made. */
  public static Order run() {
    // --8<-- [start:quickstart]
    OrderManagement oms = OrderManagement.builder()            // in-memory store, UTC clock
        .listener(e -> System.out.println("event: " + e.event().type() + " -> " + e.toStatus()))
        .build();
    Actor shop = Actor.integration("shopify");
    Order order = oms.submit(OrderDraft.builder()
        .channel(SalesChannel.of("shopify-us")).externalOrderId("1001")
        .customer(Customer.builder().id(CustomerId.of("C-42")).build())
        .shipTo(Address.builder().addLine("1 Main St").city("Springfield").postalCode("62701").country("US").build())
        .currency(Monetary.getCurrency("USD"))
        .addLine(LineDraft.builder().sku(Sku.of("MUG-01")).quantity(2).unitPrice(Money.of(12.50, "USD")).build())
        .shippingCharge(Money.of(4.99, "USD"))
        .build(), shop);                                       // idempotent on (channel, external id)
    LocationId warehouse = LocationId.of("WH-1");
    oms.validate(order.id(), shop);
    oms.apply(order.id(), new OrderEvent.LineAllocated(LineId.of("L1"), warehouse, 2), shop, "stock at WH-1");
    order = oms.releaseShipment(order.id(), warehouse, List.of(LineQuantity.of(LineId.of("L1"), 2)), shop);
    System.out.println(order.id() + " is " + order.status() + ", total " + order.total());
    // --8<-- [end:quickstart]
    return order;
  }

  /** Entry point. */
  public static void main(String[] args) {
    run();
  }
}
