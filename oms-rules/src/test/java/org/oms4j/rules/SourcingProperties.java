package org.oms4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.OrderManagement;
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
import org.oms4j.core.order.OrderLine;

/** Sourcing never promises stock that is not there, never uses an excluded location, respects the policy. */
class SourcingProperties {
  static final Actor ACTOR = Actor.system("test");
  static final List<Sku> SKUS = List.of(Sku.of("A"), Sku.of("B"), Sku.of("C"));

  @Test
  void plansAreFeasibleAndDeterministic() {
    qt().withExamples(300).forAll(
        lists().of(integers().between(0, 6)).ofSize(15), // stock of 3 SKUs at 5 locations
        lists().of(integers().between(0, 4)).ofSize(3), // order quantities of the 3 SKUs
        integers().between(1, 3), // max shipments
        integers().between(0, 1)) // mode
        .checkAssert((stock, quantities, maxShipments, mode) -> {
          Inventory inventory = Inventory.builder().clock(RulesFixtures.CLOCK).build();
          for (int l = 0; l < 5; l++) {
            Location.Builder b = Location.builder().id(LocationId.of("L" + l)).name("L" + l)
                .type(LocationType.WAREHOUSE).shipFrom(RulesFixtures.address("1 Dock", "62701", "US"))
                .geo(new GeoPoint(30 + l, -90 - 3 * l)).active(l != 4);
            if (l == 3) {
              b.addTag("blocked");
            }
            inventory.putLocation(b.build());
            for (int s = 0; s < 3; s++) {
              int units = stock.get(l * 3 + s);
              if (units > 0) {
                inventory.receive(SKUS.get(s), LocationId.of("L" + l), units, ACTOR);
              }
            }
          }
          if (quantities.stream().allMatch(q -> q == 0)) {
            return;
          }
          OrderManagement oms = OrderManagement.builder().clock(RulesFixtures.CLOCK)
              .idGenerator(IdGenerator.sequential()).build();
          OrderDraft.Builder d = OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId("1")
              .customer(Customer.builder().id(CustomerId.of("C")).build())
              .shipTo(RulesFixtures.address("1 Main", "10001", "US")).currency(Monetary.getCurrency("USD"))
              .paymentStatus(PaymentStatus.PAID);
          for (int s = 0; s < 3; s++) {
            if (quantities.get(s) > 0) {
              d.addLine(LineDraft.builder().sku(SKUS.get(s)).quantity(quantities.get(s))
                  .unitPrice(Money.of(5, "USD")).build());
            }
          }
          Order order = oms.validate(oms.submit(d.build(), ACTOR).id(), ACTOR);
          OrderPolicy policy = mode == 0 ? OrderPolicy.shipAvailable(maxShipments)
              : OrderPolicy.shipComplete(maxShipments);
          Sourcing sourcing = Sourcing.builder(inventory).policy(policy)
              .geocoder(Geocoder.byPostalPrefix(Map.of("US:100", new GeoPoint(40.7, -74.0))))
              .rule(SourcingRule.tags(Set.of(), Set.of("blocked"))).rule(SourcingRule.closest()).build();
          SourcingPlan plan = sourcing.plan(order);

          assertThat(sourcing.plan(order)).isEqualTo(plan);
          assertThat(plan.shipments()).isLessThanOrEqualTo(maxShipments);
          Map<String, Integer> used = new HashMap<>();
          Map<Object, Integer> perLine = new HashMap<>();
          for (SourcingPlan.Allocation a : plan.allocations()) {
            assertThat(a.locationId().value()).isNotIn("L3", "L4");
            Sku sku = order.line(a.lineId()).orElseThrow().sku();
            used.merge(sku + "@" + a.locationId(), a.quantity(), Integer::sum);
            perLine.merge(a.lineId(), a.quantity(), Integer::sum);
          }
          used.forEach((key, units) -> {
            String[] parts = key.split("@");
            assertThat(units).as(key)
                .isLessThanOrEqualTo(inventory.availableToPromise(Sku.of(parts[0]), LocationId.of(parts[1])));
          });
          for (SourcingPlan.Backorder b : plan.backorders()) {
            perLine.merge(b.lineId(), b.quantity(), Integer::sum);
          }
          for (OrderLine line : order.lines()) {
            assertThat(perLine.get(line.id())).isEqualTo(line.quantity());
          }
          if (policy.mode() == OrderPolicy.Mode.SHIP_COMPLETE) {
            assertThat(plan.allocations().isEmpty() || plan.backorders().isEmpty()).isTrue();
          }
        });
  }
}
