package org.oms4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.oms4j.core.inventory.ChannelBuffer;
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
          Order order = validatedOrder(quantities);
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

  /**
   * The bounded search chooses, and shows, exactly what an exhaustive search over the same subsets would: every
   * subset of the searched candidates up to the shipment cap, filled line by line in preference order, priced with
   * the same cost model, ordered by total, then size, then preference, with larger sizes skipped once they cannot
   * beat the choice; it shows the choice and the 1 to 5 cheapest options asked for. Orders sometimes repeat a SKU
   * on two lines (so lines share a location's stock), and sometimes their channel has a buffer (so a cap on each SKU
   * is shared by all lines and locations, and the search without caps does not run); costs are steep enough per
   * unit and km that splitting, partial and empty options all win at times.
   */
  @Test
  void theBoundedSearchChoosesAndShowsWhatAnExhaustiveSearchWould() {
    qt().withExamples(400).forAll(
        lists().of(integers().between(0, 5)).ofSize(18), // stock of 3 SKUs at 6 locations
        lists().of(integers().between(0, 4)).ofSize(4), // quantities: A, B, C, and a second line of A
        integers().between(1, 4), // max shipments
        integers().between(0, 3)) // mode (ship complete when 3), penalty and search width from the rest
        .checkAssert((stock, quantities, maxShipments, mode) -> {
          Inventory inventory = Inventory.builder().clock(RulesFixtures.CLOCK).build();
          int buffered = (stock.get(1) + quantities.get(1)) % 3; // none, half the network's stock, or 3 units
          Optional<ChannelBuffer> buffer = buffered == 0 ? Optional.empty()
              : Optional.of(new ChannelBuffer(SalesChannel.of("web"), buffered == 1 ? 50 : 0, buffered == 1 ? 0 : 3));
          buffer.ifPresent(inventory::setChannelBuffer);
          for (int l = 0; l < 6; l++) {
            inventory.putLocation(Location.builder().id(LocationId.of("L" + l)).name("L" + l)
                .type(LocationType.WAREHOUSE).shipFrom(RulesFixtures.address("1 Dock", "62701", "US"))
                .geo(new GeoPoint(31 + 2 * l, -80 - 4 * l)).build());
            for (int s = 0; s < 3; s++) {
              if (stock.get(l * 3 + s) > 0) {
                inventory.receive(SKUS.get(s), LocationId.of("L" + l), stock.get(l * 3 + s), ACTOR);
              }
            }
          }
          if (quantities.stream().allMatch(q -> q == 0)) {
            return;
          }
          Order order = validatedOrder(quantities);
          boolean complete = mode == 3;
          long penalty = mode == 0 ? 400 : 5_000;
          int limit = 3 + mode; // candidates searched
          int shownOptions = 1 + (stock.get(0) + quantities.get(0)) % 5;
          CostModel cost = CostModel.distance(300, 0.4, 1_000, penalty);
          // the same costs from a model that does not say they are repeatable: the options are priced while planning
          CostModel used = stock.get(2) % 2 == 0 ? cost : new CostModel() {
            @Override
            public javax.money.MonetaryAmount shipmentCost(Order o, Location from, int units, Optional<Double> km) {
              return cost.shipmentCost(o, from, units, km);
            }

            @Override
            public javax.money.MonetaryAmount unallocatedPenalty(Order o) {
              return cost.unallocatedPenalty(o);
            }
          };
          SourcingPlan plan = Sourcing.builder(inventory).costModel(used).candidateLimit(limit)
              .optionsShown(shownOptions)
              .policy(complete ? OrderPolicy.shipComplete(maxShipments) : OrderPolicy.shipAvailable(maxShipments))
              .geocoder(Geocoder.byPostalPrefix(Map.of("US:100", new GeoPoint(40.7, -74.0))))
              .rule(SourcingRule.closest()).rule(SourcingRule.mostComplete()).build().plan(order);

          // the exhaustive search, from the plan's own candidate list (kept ones, in preference order)
          List<SourcingPlan.CandidateNote> searched = plan.candidates().stream()
              .filter(n -> n.rank().isPresent() && n.rank().get() < limit).toList();
          List<OrderLine> lines = order.lines();
          List<long[]> options = new ArrayList<>(); // {total, size, subset bits..., shipping, unallocated}
          long[] choice = null;
          long cheapest = Long.MAX_VALUE;
          for (SourcingPlan.CandidateNote c : searched) {
            cheapest = Math.min(cheapest, cost.shipmentCostMinor(order, inventory.location(c.locationId())
                .orElseThrow(), 1, c.distanceKm()));
          }
          Map<Sku, Integer> visible = new HashMap<>(); // what the channel may take of each SKU across the network
          for (int s = 0; s < 3; s++) {
            int network = 0;
            for (int l = 0; l < 6; l++) {
              network += stock.get(l * 3 + s);
            }
            visible.put(SKUS.get(s), buffer.isPresent() ? buffer.get().visible(network) : Integer.MAX_VALUE);
          }
          for (int size = 0; size <= Math.min(maxShipments, searched.size()); size++) {
            if (choice != null && size * cheapest >= choice[0]) {
              break;
            }
            for (int mask = 0; mask < 1 << searched.size(); mask++) {
              if (Integer.bitCount(mask) != size) {
                continue;
              }
              Map<String, Integer> left = new HashMap<>();
              Map<Sku, Integer> capLeft = new HashMap<>(visible);
              int[] sent = new int[searched.size()];
              int unallocated = 0;
              for (OrderLine line : lines) {
                int need = line.quantity();
                for (int j = 0; j < searched.size(); j++) {
                  if ((mask & 1 << j) == 0 || need == 0) {
                    continue;
                  }
                  LocationId at = searched.get(j).locationId();
                  int have = left.computeIfAbsent(line.sku() + "@" + at,
                      k -> inventory.availableToPromise(line.sku(), at));
                  int take = Math.min(Math.min(need, have), capLeft.get(line.sku()));
                  capLeft.merge(line.sku(), -take, Integer::sum);
                  left.put(line.sku() + "@" + at, have - take);
                  sent[j] += take;
                  need -= take;
                }
                unallocated += need;
              }
              long total = unallocated * penalty;
              boolean empty = false;
              for (int j = 0; j < searched.size(); j++) {
                if ((mask & 1 << j) != 0) {
                  empty |= sent[j] == 0;
                  total += cost.shipmentCostMinor(order, inventory.location(searched.get(j).locationId())
                      .orElseThrow(), Math.max(1, sent[j]), searched.get(j).distanceKm()) + j; // rank penalty 1
                }
              }
              if (empty) {
                continue; // the same as the subset without that location
              }
              long[] option = {total, size, Integer.reverse(mask) >>> 1};
              options.add(option);
              if ((!complete || unallocated == 0 || size == 0)
                  && (choice == null || compare(option, choice) < 0)) {
                choice = option;
              }
            }
          }
          options.sort(SourcingProperties::compare);
          assertThat(plan.costMinor()).isEqualTo(choice[0]);
          List<Long> shown = new ArrayList<>();
          shown.add(choice[0]);
          for (long[] o : options.subList(0, Math.min(shownOptions, options.size()))) {
            if (o != choice) {
              shown.add(o[0]);
            }
          }
          assertThat(plan.options()).extracting(o -> org.oms4j.core.internal.Amounts.toMinor(o.total()))
              .containsExactlyElementsOf(shown);
        });
  }

  /** A validated order to New York with a line of {@code quantities[i]} units of SKU i mod 3 where above zero. */
  private static Order validatedOrder(List<Integer> quantities) {
    OrderManagement oms = OrderManagement.builder().clock(RulesFixtures.CLOCK)
        .idGenerator(IdGenerator.sequential()).build();
    OrderDraft.Builder d = OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId("1")
        .customer(Customer.builder().id(CustomerId.of("C")).build())
        .shipTo(RulesFixtures.address("1 Main", "10001", "US")).currency(Monetary.getCurrency("USD"))
        .paymentStatus(PaymentStatus.PAID);
    for (int i = 0; i < quantities.size(); i++) {
      if (quantities.get(i) > 0) {
        d.addLine(LineDraft.builder().sku(SKUS.get(i % 3)).quantity(quantities.get(i))
            .unitPrice(Money.of(5, "USD")).build());
      }
    }
    return oms.validate(oms.submit(d.build(), ACTOR).id(), ACTOR);
  }

  /** Total, then size, then preference (lower indexes first: the bit-reversed mask compares like the subset). */
  private static int compare(long[] a, long[] b) {
    int cmp = Long.compare(a[0], b[0]);
    if (cmp == 0) {
      cmp = Long.compare(a[1], b[1]);
    }
    return cmp != 0 ? cmp : -Long.compare(a[2], b[2]);
  }
}
