package org.oms4j.benchmarks.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.GeoPoint;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.LocationType;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderId;
import org.oms4j.rules.Geocoder;
import org.oms4j.rules.Sourcing;
import org.oms4j.rules.SourcingRule;

/**
 * The sourcing benchmarks' world: 50 locations (5 in Canada, 5 tagged {@code no-parcels}) at random places in the
 * US, {@code skus} SKUs each received at 8 random locations (1 to 20 units), 3-line orders (1 to 3 units a line) to
 * random US postal codes, and a chain of 4 rules: same country, exclude {@code no-parcels}, closest, most complete.
 *
 * @param sourcing the sourcing over that inventory
 * @param orders validated orders
 */
record SourcingWorkload(Sourcing sourcing, List<Order> orders) {
  static final int LOCATIONS = 50;

  /**
   * Builds the world.
   *
   * @param lineThirds whether line k of an order draws from the k-th third of the SKUs (so an order never repeats
   *     a SKU) rather than from all of them
   * @param optionsShown how many options each plan explains ({@link Sourcing.Builder#optionsShown}; 4 by default)
   */
  static SourcingWorkload create(int skus, int orderCount, boolean lineThirds, int optionsShown) {
    Random random = new Random(42);
    Inventory inventory = Inventory.builder().build();
    Actor actor = Actor.system("benchmark");
    Map<String, GeoPoint> prefixes = new HashMap<>();
    for (int l = 0; l < LOCATIONS; l++) {
      GeoPoint geo = new GeoPoint(26 + random.nextDouble() * 22, -122 + random.nextDouble() * 50);
      Location.Builder b = Location.builder().id(LocationId.of("L" + l)).name("L" + l).type(LocationType.WAREHOUSE)
          .shipFrom(Address.builder().addLine("1 Dock").city("X").postalCode("12345").country(l < 45 ? "US" : "CA")
              .build())
          .geo(geo);
      if (l % 10 == 9) {
        b.addTag("no-parcels");
      }
      inventory.putLocation(b.build());
    }
    for (int p = 100; p < 1000; p++) {
      prefixes.put("US:" + p, new GeoPoint(26 + random.nextDouble() * 22, -122 + random.nextDouble() * 50));
    }
    for (int s = 0; s < skus; s++) {
      for (int k = 0; k < 8; k++) {
        inventory.receive(Sku.of("SKU-" + s), LocationId.of("L" + random.nextInt(LOCATIONS)), 1 + random.nextInt(20),
            actor);
      }
    }
    Sourcing sourcing = Sourcing.builder(inventory).geocoder(Geocoder.byPostalPrefix(prefixes))
        .rule(SourcingRule.sameCountry()).rule(SourcingRule.tags(Set.of(), Set.of("no-parcels")))
        .rule(SourcingRule.closest()).rule(SourcingRule.mostComplete()).optionsShown(optionsShown).build();
    List<Order> orders = new ArrayList<>(orderCount);
    for (int i = 0; i < orderCount; i++) {
      OrderDraft.Builder d = OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId("O" + i)
          .customer(Customer.builder().id(CustomerId.of("C")).build())
          .shipTo(Address.builder().addLine("1 Main").city("Y").postalCode(String.valueOf(10000 + random.nextInt(89999)))
              .country("US").build())
          .currency(Monetary.getCurrency("USD")).paymentStatus(PaymentStatus.PAID);
      for (int line = 0; line < 3; line++) {
        d.addLine(LineDraft.builder().sku(Sku.of("SKU-" + (lineThirds ? line * skus / 3 + random.nextInt(skus / 3) : random.nextInt(skus))))
            .quantity(1 + random.nextInt(3)).unitPrice(Money.of(10, "USD")).build());
      }
      orders.add(Order.create(OrderId.of("O" + i), d.build(), actor, Instant.EPOCH)
        .apply(new OrderEvent.Validated(), actor, Instant.EPOCH, Optional.empty()));
    }
    return new SourcingWorkload(sourcing, List.copyOf(orders));
  }
}
