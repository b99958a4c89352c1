package org.oms4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oms4j.rules.RulesFixtures.ACTOR;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.LocationType;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderId;

/** Daily order capacity (single orders and batches) and carrier cut-offs. */
class CapacityAndCutoffTest {
  static final LocationId EAST = LocationId.of("EAST");
  static final LocationId WEST = LocationId.of("WEST");
  static final Sku A = Sku.of("A");
  /** 18:00 in New York, 15:00 in Los Angeles. */
  static final Instant EVENING_EAST = Instant.parse("2026-03-02T23:00:00Z");

  final Inventory inventory = Inventory.builder().clock(RulesFixtures.CLOCK).build();

  CapacityAndCutoffTest() {
    inventory.putLocation(location(EAST, "America/New_York", 1));
    inventory.putLocation(location(WEST, "America/Los_Angeles", 100));
    inventory.receive(A, EAST, 10, ACTOR);
    inventory.receive(A, WEST, 10, ACTOR);
  }

  static Location location(LocationId id, String zone, int capacity) {
    return Location.builder().id(id).name(id.value()).type(LocationType.WAREHOUSE)
        .shipFrom(RulesFixtures.address("1 Dock", "62701", "US")).zone(ZoneId.of(zone)).dailyOrderCapacity(capacity)
        .putCarrierCutoff("ups", LocalTime.of(17, 0)).putCarrierCutoff("usps", LocalTime.of(16, 0)).build();
  }

  static Order order(String id, ServiceLevel level) {
    OrderDraft d = OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId(id)
        .customer(Customer.builder().id(CustomerId.of("C")).build())
        .shipTo(Address.builder().addLine("1 Main").city("Y").postalCode("10001").country("US").build())
        .currency(Monetary.getCurrency("USD")).paymentStatus(PaymentStatus.PAID).serviceLevel(level)
        .addLine(LineDraft.builder().sku(A).quantity(1).unitPrice(Money.of(10, "USD")).build()).build();
    return Order.create(OrderId.of(id), d, ACTOR, Instant.EPOCH)
        .apply(new OrderEvent.Validated(), ACTOR, Instant.EPOCH, Optional.empty());
  }

  /** EAST is preferred; each location's capacity is counted by an in-memory load on {@code clock}. */
  Sourcing sourcing(LocationLoad load) {
    return Sourcing.builder(inventory).capacity(load).rule(SourcingRule.rankedLocations(List.of(EAST, WEST)))
        .build();
  }

  @Test
  void aFullLocationIsSkippedUntilTheNextLocalDay() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T15:00:00Z"));
    LocationLoad load = LocationLoad.inMemory(clock);
    var oms = org.oms4j.core.OrderManagement.builder().clock(clock)
        .idGenerator(org.oms4j.core.IdGenerator.sequential()).inventory(inventory).build();
    Sourcing sourcing = sourcing(load);
    Order first = oms.validate(oms.submit(order("1", ServiceLevel.STANDARD).draft(), ACTOR).id(), ACTOR);
    first = sourcing.allocate(oms, first.id(), ACTOR);
    assertThat(first.lines().get(0).allocatedAt(EAST)).isEqualTo(1);
    assertThat(load.ordersToday(inventory.location(EAST).orElseThrow())).isEqualTo(1);

    Order second = oms.validate(oms.submit(order("2", ServiceLevel.STANDARD).draft(), ACTOR).id(), ACTOR);
    SourcingPlan plan = sourcing.plan(second);
    assertThat(plan.allocations()).extracting(SourcingPlan.Allocation::locationId).containsExactly(WEST);
    assertThat(plan.candidates()).anySatisfy(n -> {
      assertThat(n.locationId()).isEqualTo(EAST);
      assertThat(n.excludedBy()).contains("capacity");
      assertThat(n.reason()).contains("daily capacity of 1");
    });
    clock.now = Instant.parse("2026-03-03T05:30:00Z"); // 00:30 in New York: a new day there
    assertThat(sourcing.plan(second).allocations()).extracting(SourcingPlan.Allocation::locationId)
        .containsExactly(EAST);
  }

  @Test
  void aBatchGivesAFullLocationNoMoreOrdersThanItsCapacity() {
    Sourcing sourcing = sourcing(LocationLoad.inMemory(RulesFixtures.CLOCK));
    BatchPlan batch = sourcing.planBatch(List.of(order("1", ServiceLevel.STANDARD), order("2",
        ServiceLevel.STANDARD), order("3", ServiceLevel.STANDARD)));
    assertThat(batch.plans()).filteredOn(p -> p.allocations().stream().anyMatch(a -> a.locationId().equals(EAST)))
        .hasSize(1);
    assertThat(batch.plans()).allSatisfy(p -> assertThat(p.backorders()).isEmpty());
  }

  @Test
  void pastTheCutoffALocationRanksLastAndUrgentOrdersAvoidIt() {
    Clock evening = Clock.fixed(EVENING_EAST, ZoneOffset.UTC);
    Sourcing sourcing = Sourcing.builder(inventory)
        .rule(SourcingRule.beforeCutoff(evening, Set.of(ServiceLevel.NEXT_DAY)))
        .rule(SourcingRule.rankedLocations(List.of(EAST, WEST))).build();
    SourcingPlan standard = sourcing.plan(order("1", ServiceLevel.STANDARD));
    assertThat(standard.allocations()).extracting(SourcingPlan.Allocation::locationId).containsExactly(WEST);
    assertThat(standard.candidates()).anySatisfy(n -> {
      assertThat(n.locationId()).isEqualTo(EAST);
      assertThat(n.rank()).contains(1);
    });
    SourcingPlan urgent = sourcing.plan(order("2", ServiceLevel.NEXT_DAY));
    assertThat(urgent.candidates()).anySatisfy(n -> {
      assertThat(n.locationId()).isEqualTo(EAST);
      assertThat(n.excludedBy()).contains("carrier-cutoff");
      assertThat(n.reason()).contains("17:00", "America/New_York");
    });
    // in the morning both can still ship: the ranking decides
    Clock morning = Clock.fixed(EVENING_EAST.minus(Duration.ofHours(10)), ZoneOffset.UTC);
    Sourcing early = Sourcing.builder(inventory).rule(SourcingRule.beforeCutoff(morning, Set.of(ServiceLevel.NEXT_DAY)))
        .rule(SourcingRule.rankedLocations(List.of(EAST, WEST))).build();
    assertThat(early.plan(order("3", ServiceLevel.NEXT_DAY)).allocations())
        .extracting(SourcingPlan.Allocation::locationId).containsExactly(EAST);
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      MutableClock outer = this;
      return new Clock() {
        @Override
        public ZoneId getZone() {
          return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
          return outer.withZone(z);
        }

        @Override
        public Instant instant() {
          return outer.now;
        }
      };
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
