package org.oms4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.rules.RulesFixtures.ACTOR;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OrderManagement;
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
import org.oms4j.core.order.OrderStatus;

class SourcingTest {
  static final LocationId NJ = LocationId.of("NJ");
  static final LocationId CA = LocationId.of("CA");
  static final LocationId NYC = LocationId.of("NYC");
  static final LocationId DE = LocationId.of("DE");
  static final Sku A = Sku.of("A");
  static final Sku B = Sku.of("B");
  static final Geocoder GEO = Geocoder.byPostalPrefix(Map.of("US:100", new GeoPoint(40.75, -73.99),
      "US:900", new GeoPoint(34.05, -118.24)));

  final Inventory inventory = Inventory.builder().clock(RulesFixtures.CLOCK).build();
  final OrderManagement oms = OrderManagement.builder().clock(RulesFixtures.CLOCK)
      .idGenerator(IdGenerator.sequential()).inventory(inventory).build();

  SourcingTest() {
    location(NJ, "US", 40.52, -74.41, Set.of());
    location(CA, "US", 34.06, -117.65, Set.of());
    location(NYC, "US", 40.75, -73.99, Set.of("store"));
    location(DE, "DE", 52.52, 13.40, Set.of());
  }

  void location(LocationId id, String country, double lat, double lon, Set<String> tags) {
    Location.Builder b = Location.builder().id(id).name(id.value()).type(LocationType.WAREHOUSE)
        .shipFrom(Address.builder().addLine("1 Dock").city("X").postalCode(country.equals("US") ? "12345" : "10115")
            .country(country).build())
        .geo(new GeoPoint(lat, lon));
    tags.forEach(b::addTag);
    inventory.putLocation(b.build());
  }

  Order order(String id, String zip, int a, int b) {
    OrderDraft.Builder d = OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId(id)
        .customer(Customer.builder().id(CustomerId.of("C")).build())
        .shipTo(Address.builder().addLine("1 Main").city("Y").postalCode(zip).country("US").build())
        .currency(Monetary.getCurrency("USD")).paymentStatus(PaymentStatus.PAID);
    if (a > 0) {
      d.addLine(LineDraft.builder().sku(A).quantity(a).unitPrice(Money.of(10, "USD")).build());
    }
    if (b > 0) {
      d.addLine(LineDraft.builder().sku(B).quantity(b).unitPrice(Money.of(10, "USD")).build());
    }
    Order o = oms.submit(d.build(), ACTOR);
    return oms.validate(o.id(), ACTOR);
  }

  Sourcing.Builder sourcing() {
    return Sourcing.builder(inventory).geocoder(GEO);
  }

  @Test
  void oneLocationThatHasEverythingBeatsASplit() {
    inventory.receive(A, NJ, 5, ACTOR);
    inventory.receive(B, NYC, 5, ACTOR);
    inventory.receive(A, CA, 5, ACTOR);
    inventory.receive(B, CA, 5, ACTOR);
    Order o = order("1", "10001", 2, 2); // New York: NJ and NYC are close, CA has both
    // 20.00 a shipment: one parcel from California (about 3,900 km) beats two from nearby
    SourcingPlan plan = sourcing().rule(SourcingRule.closest()).costModel(CostModel.distance(2000, 0.05, 1000,
        100_000)).build().plan(o);
    assertThat(plan.shipments()).isEqualTo(1);
    assertThat(plan.allocations()).extracting(SourcingPlan.Allocation::locationId).containsOnly(CA);
    // with cheap shipments and costly distance, two nearby parcels win
    SourcingPlan split = sourcing().rule(SourcingRule.closest()).costModel(CostModel.distance(100, 1, 1000, 100_000))
        .build().plan(o);
    assertThat(split.allocations()).extracting(SourcingPlan.Allocation::locationId).containsExactlyInAnyOrder(NJ, NYC);
    assertThat(split.options()).hasSizeGreaterThan(1);
  }

  @Test
  void theChainBreaksTiesAndExplainsEveryCandidate() {
    for (LocationId l : List.of(NJ, CA, NYC, DE)) {
      inventory.receive(A, l, 5, ACTOR);
    }
    Order o = order("2", "10001", 1, 0);
    Sourcing s = sourcing().costModel(CostModel.distance(500, 0, 0, 100_000)) // every location costs the same
        .rule(SourcingRule.sameCountry()).rule(SourcingRule.tags(Set.of(), Set.of("store")))
        .rule(SourcingRule.rankedLocations(List.of(CA, NJ))).build();
    SourcingPlan plan = s.plan(o);
    assertThat(plan.allocations()).containsExactly(new SourcingPlan.Allocation(o.lines().get(0).id(), CA, 1));
    Map<LocationId, SourcingPlan.CandidateNote> notes = new java.util.HashMap<>();
    plan.candidates().forEach(n -> notes.put(n.locationId(), n));
    assertThat(notes.get(DE).excludedBy()).contains("same-country");
    assertThat(notes.get(NYC).excludedBy()).contains("location-tags");
    assertThat(notes.get(CA).rank()).contains(0);
    assertThat(notes.get(NJ).rank()).contains(1);
    assertThat(org.oms4j.core.json.OmsJson.newObjectMapper().valueToTree(plan).toString()).contains("same-country");
  }

  @Test
  void theTagRuleNamesTheSameTagOnEveryRun() {
    Location both = Location.builder().id(LocationId.of("T")).name("T").type(LocationType.STORE)
        .shipFrom(Address.builder().addLine("1 Dock").city("X").postalCode("12345").country("US").build())
        .addTag("store").addTag("fragile-only").addTag("cold").build();
    Order o = order("10", "10001", 1, 0);
    // a set's iteration order changes from JVM to JVM: the rule reports the first excluded tag in sorted order
    for (int run = 0; run < 20; run++) {
      List<String> excluded = new java.util.ArrayList<>(List.of("store", "zz-unused", "fragile-only", "cold"));
      java.util.Collections.shuffle(excluded, new java.util.Random(run));
      SourcingRule rule = SourcingRule.tags(Set.of(), new java.util.LinkedHashSet<>(excluded));
      assertThat(rule.excludes(o, new Candidate(both, Optional.empty(), 1))).contains("tagged cold");
    }
    assertThat(SourcingRule.tags(Set.of("hazmat-ok", "dock"), Set.of()).excludes(o,
        new Candidate(both, Optional.empty(), 1))).contains("lacks a required tag of [dock, hazmat-ok]");
    assertThat(SourcingRule.tags(Set.of("cold"), Set.of("zz")).excludes(o, new Candidate(both, Optional.empty(), 1)))
        .isEmpty();
  }

  @Test
  void aCandidateMadeByAHostKeepsItsDistanceAndRanksByIt() {
    Location nj = inventory.location(NJ).orElseThrow();
    Order o = order("11", "10001", 1, 0);
    Candidate near = new Candidate(nj, Optional.of(12.5), 1);
    Candidate far = new Candidate(nj, Optional.of(4_000.0), 1);
    Candidate unknown = new Candidate(nj, Optional.empty(), 1);
    assertThat(near.distanceKm()).contains(12.5);
    assertThat(unknown.distanceKm()).isEmpty();
    SourcingRule closest = SourcingRule.closest();
    assertThat(closest.rank(o, near)).isLessThan(closest.rank(o, far)).isLessThan(closest.rank(o, unknown));
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new Candidate(nj, Optional.of(bad), 1)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("distanceKm");
    }
  }

  @Test
  void hostRulesThatOnlyExcludeOrOnlyRankAreHeard() {
    for (LocationId l : List.of(NJ, CA, NYC)) {
      inventory.receive(A, l, 5, ACTOR);
    }
    Order o = order("9", "10001", 1, 0);
    SourcingRule noNewJersey = new SourcingRule() { // keeps the default rank
      @Override
      public String name() {
        return "no-new-jersey";
      }

      @Override
      public Optional<String> excludes(Order order, Candidate candidate) {
        return candidate.location().id().equals(NJ) ? Optional.of("closed for stock-taking") : Optional.empty();
      }
    };
    SourcingRule westFirst = new SourcingRule() { // keeps the default excludes
      @Override
      public String name() {
        return "west-first";
      }

      @Override
      public double rank(Order order, Candidate candidate) {
        return candidate.location().geo().orElseThrow().longitude();
      }
    };
    SourcingRule silent = () -> "says-nothing"; // neither: keeps every candidate, ranks all alike
    SourcingPlan plan = sourcing().costModel(CostModel.distance(500, 0, 0, 100_000)).rule(silent)
        .rule(noNewJersey).rule(westFirst).build().plan(o);
    Map<LocationId, SourcingPlan.CandidateNote> notes = new java.util.HashMap<>();
    plan.candidates().forEach(n -> notes.put(n.locationId(), n));
    assertThat(notes.get(NJ).excludedBy()).contains("no-new-jersey");
    assertThat(notes.get(NJ).reason()).isEqualTo("closed for stock-taking");
    assertThat(notes.get(CA).rank()).contains(0); // furthest west, though New York City is closer
    assertThat(notes.get(NYC).rank()).contains(1);
    assertThat(plan.allocations()).extracting(SourcingPlan.Allocation::locationId).containsExactly(CA);
  }

  @Test
  void costModelsTheSearchCannotTrustAndNamelessRulesAreRefused() {
    inventory.receive(A, NJ, 5, ACTOR);
    inventory.receive(A, CA, 5, ACTOR);
    Order o = order("10", "10001", 3, 0);
    CostModel freeFromThreeUnits = new CostModel() { // falls as units rise: the search's bounds would be wrong
      @Override
      public javax.money.MonetaryAmount shipmentCost(Order order, Location from, int units,
          Optional<Double> distanceKm) {
        return Money.of(units >= 3 ? 0 : 9, "USD");
      }

      @Override
      public javax.money.MonetaryAmount unallocatedPenalty(Order order) {
        return Money.of(100, "USD");
      }
    };
    assertThatThrownBy(() -> sourcing().costModel(freeFromThreeUnits).build().plan(o))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("costModel")
        .hasMessageContaining("must not fall as units rise");
    CostModel rewardsBackorders = new CostModel() {
      @Override
      public javax.money.MonetaryAmount shipmentCost(Order order, Location from, int units,
          Optional<Double> distanceKm) {
        return Money.of(5, "USD");
      }

      @Override
      public javax.money.MonetaryAmount unallocatedPenalty(Order order) {
        return Money.of(-1, "USD");
      }
    };
    assertThatThrownBy(() -> sourcing().costModel(rewardsBackorders).build().plan(o))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("costModel")
        .hasMessageContaining("must not be negative");
    SourcingRule nameless = () -> " ";
    assertThatThrownBy(() -> sourcing().rule(nameless)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("rule.name");
  }

  @Test
  void aSourcingNoLongerUsedIsNotKeptAliveByTheThreadsThatPlannedWithIt() throws InterruptedException {
    inventory.receive(A, NJ, 5, ACTOR);
    Order o = order("11", "10001", 1, 0);
    java.lang.ref.WeakReference<Sourcing> used = planOnceAndForget(o);
    for (int i = 0; i < 20 && used.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(used.get()).as("collected; this thread's planning space must not pin it").isNull();
  }

  private java.lang.ref.WeakReference<Sourcing> planOnceAndForget(Order o) {
    Sourcing s = sourcing().rule(SourcingRule.closest()).build();
    assertThat(s.plan(o).allocations()).isNotEmpty();
    return new java.lang.ref.WeakReference<>(s);
  }

  @Test
  void shipAvailableBackordersTheRestAndShipCompleteWaits() {
    inventory.receive(A, NJ, 1, ACTOR);
    Order o = order("3", "10001", 3, 0);
    SourcingPlan available = sourcing().policy(OrderPolicy.shipAvailable(2)).build().plan(o);
    assertThat(available.allocations()).extracting(SourcingPlan.Allocation::quantity).containsExactly(1);
    assertThat(available.backorders()).extracting(SourcingPlan.Backorder::quantity).containsExactly(2);
    SourcingPlan complete = sourcing().policy(OrderPolicy.shipComplete(2)).build().plan(o);
    assertThat(complete.allocations()).isEmpty();
    assertThat(complete.backorders()).extracting(SourcingPlan.Backorder::quantity).containsExactly(3);
  }

  @Test
  void theSplitCapAndSafetyStockAreRespected() {
    inventory.receive(A, NJ, 1, ACTOR);
    inventory.receive(A, CA, 1, ACTOR);
    inventory.receive(A, NYC, 3, ACTOR);
    inventory.setSafetyStock(A, NYC, 2); // only 1 promisable there
    Order o = order("4", "10001", 3, 0);
    SourcingPlan two = sourcing().policy(OrderPolicy.shipAvailable(2)).build().plan(o);
    assertThat(two.shipments()).isEqualTo(2);
    assertThat(two.backorders()).extracting(SourcingPlan.Backorder::quantity).containsExactly(1);
    SourcingPlan three = sourcing().policy(OrderPolicy.shipAvailable(3)).build().plan(o);
    assertThat(three.shipments()).isEqualTo(3);
    assertThat(three.backorders()).isEmpty();
  }

  @Test
  void allocatingAppliesThePlanAndReservesStock() {
    inventory.receive(A, NJ, 2, ACTOR);
    Order o = order("5", "10001", 3, 0);
    o = sourcing().build().allocate(oms, o.id(), ACTOR);
    assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_ALLOCATED);
    assertThat(o.quantities(o.lines().get(0).id()).backordered()).isEqualTo(1);
    assertThat(inventory.stock(A, NJ).reserved()).isEqualTo(2);
  }

  @Test
  void reroutingMovesAnUnreleasedAllocationAwayFromAnOfflineLocationInOneChange() {
    inventory.receive(A, NJ, 2, ACTOR);
    inventory.receive(B, NJ, 1, ACTOR);
    inventory.receive(A, CA, 1, ACTOR);
    inventory.receive(B, CA, 5, ACTOR);
    Sourcing s = sourcing().rule(SourcingRule.closest()).policy(OrderPolicy.shipAvailable(2)).build();
    Order o = order("6", "10001", 2, 1);
    o = s.allocate(oms, o.id(), ACTOR);
    assertThat(o.lines()).allSatisfy(l -> assertThat(l.allocatedAt(NJ)).isPositive());
    long version = o.version();
    // NJ goes offline: A can only come from CA (1 unit), B from CA; the other unit of A waits
    inventory.putLocation(inventory.location(NJ).orElseThrow().withActive(false));
    o = s.rerouteFromInactive(oms, o.id(), ACTOR);
    assertThat(o.version()).isGreaterThan(version);
    assertThat(o.lines()).allSatisfy(l -> assertThat(l.allocatedAt(NJ)).isZero());
    assertThat(o.lines().get(0).allocatedAt(CA)).isEqualTo(1);
    assertThat(o.quantities(o.lines().get(0).id()).backordered()).isEqualTo(1);
    assertThat(o.lines().get(1).allocatedAt(CA)).isEqualTo(1);
    assertThat(inventory.stock(A, NJ).reserved()).isZero();
    assertThat(inventory.stock(B, NJ).reserved()).isZero();
    assertThat(inventory.stock(A, CA).reserved()).isEqualTo(1);
    assertThat(inventory.stock(B, CA).reserved()).isEqualTo(1);
    assertThat(o.auditTrail().get(o.auditTrail().size() - 1).reason().orElseThrow()).contains("re-routed", "NJ");
    assertThat(inventory.reconcile(false).consistent()).isTrue();
    // nothing left at an inactive location: a second re-route changes nothing
    assertThat(s.rerouteFromInactive(oms, o.id(), ACTOR)).isEqualTo(o);
  }

  @Test
  void reroutingLeavesReleasedUnitsAndAPlanThatCannotBeReservedChangesNothing() {
    inventory.receive(A, NJ, 3, ACTOR);
    inventory.receive(A, CA, 3, ACTOR);
    Sourcing s = sourcing().rule(SourcingRule.rankedLocations(List.of(NJ, CA))).build();
    Order o = s.allocate(oms, order("7", "10001", 3, 0).id(), ACTOR);
    o = oms.releaseShipment(o.id(), NJ, List.of(org.oms4j.core.order.LineQuantity.of(o.lines().get(0).id(), 1)),
        ACTOR);
    o = s.reroute(oms, o.id(), Set.of(NJ), ACTOR);
    assertThat(o.lines().get(0).allocatedAt(CA)).isEqualTo(2);
    assertThat(o.shipments()).hasSize(1); // the released unit stays in its shipment at NJ
    assertThat(inventory.stock(A, NJ).reserved()).isEqualTo(1);
    assertThat(inventory.reconcile(false).consistent()).isTrue();
  }

  @Test
  void aPlanAppliesOnlyToTheVersionItWasMadeForAndABatchReplansWhatChanged() {
    inventory.receive(A, NJ, 5, ACTOR);
    Sourcing s = sourcing().build();
    Order o = order("8", "10001", 2, 0);
    SourcingPlan plan = s.plan(o);
    assertThat(plan.orderVersion()).isEqualTo(o.version());
    oms.placeHold(o.id(), org.oms4j.core.order.HoldType.MANUAL, ACTOR, "look first");
    assertThatThrownBy(() -> s.apply(oms, plan, ACTOR)).isInstanceOf(org.oms4j.core.ConcurrentUpdateException.class);
    assertThat(inventory.stock(A, NJ).reserved()).isZero();

    Order other = order("9", "10001", 1, 0);
    BatchPlan batch = s.planBatch(List.of(oms.get(o.id()), other));
    oms.apply(other.id(), new org.oms4j.core.order.OrderEvent.PaymentStatusChanged(PaymentStatus.AUTHORISED), ACTOR);
    List<Order> after = s.applyBatch(oms, batch, ACTOR);
    assertThat(after.get(1).status()).isEqualTo(OrderStatus.ALLOCATED); // re-planned at its new version
    assertThat(inventory.stock(A, NJ).reserved()).isEqualTo(1);
  }

  @Test
  void aLatenessPenaltyMovesAnOrderWithAPromisedDateToALocationThatArrivesInTime() {
    inventory.receive(A, NJ, 5, ACTOR);
    inventory.receive(A, CA, 5, ACTOR);
    OrderDraft.Builder d = OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId("late")
        .customer(Customer.builder().id(CustomerId.of("C")).build())
        .shipTo(Address.builder().addLine("1 Main").city("Y").postalCode("10001").country("US").build())
        .currency(Monetary.getCurrency("USD")).paymentStatus(PaymentStatus.PAID)
        .promisedDelivery(java.time.LocalDate.of(2026, 3, 4)) // two days after the test clock's date
        .addLine(LineDraft.builder().sku(A).quantity(2).unitPrice(Money.of(10, "USD")).build());
    Order o = oms.validate(oms.submit(d.build(), ACTOR).id(), ACTOR);
    CostModel flat = CostModel.distance(500, 0, 0, 100_000);
    Sourcing.Builder preferCa = sourcing().rule(SourcingRule.rankedLocations(List.of(CA, NJ)));
    assertThat(preferCa.costModel(flat).build().plan(o).allocations())
        .extracting(SourcingPlan.Allocation::locationId).containsExactly(CA);
    // about 3,900 km from California: 1 + 5 days at 800 km a day, four days late; New Jersey arrives in 2
    CostModel.TransitTime transit = CostModel.TransitTime.byDistance(1, 800, 5);
    SourcingPlan onTime = sourcing().rule(SourcingRule.rankedLocations(List.of(CA, NJ)))
        .costModel(flat.withLateness(transit, RulesFixtures.CLOCK, 300)).build().plan(o);
    assertThat(onTime.allocations()).extracting(SourcingPlan.Allocation::locationId).containsExactly(NJ);
    assertThat(onTime.options()).anySatisfy(opt -> {
      assertThat(opt.locations()).containsExactly(CA);
      assertThat(opt.shipping()).isEqualTo(Money.of(5 + 4 * 2 * 3, "USD")); // 5.00 + 4 days x 2 units x 3.00
    });
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> flat.withLateness(transit, RulesFixtures.CLOCK, -1))
        .isInstanceOf(org.oms4j.core.InvalidInputException.class).hasMessageContaining("perUnitPerDayMinor");

    // lateness counts from today, so its costs are not repeatable: a plan prices its options with its choice, and
    // reading them days later shows what was weighed then
    java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
        new java.util.concurrent.atomic.AtomicReference<>(RulesFixtures.CLOCK.instant());
    java.time.Clock moving = new java.time.Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return java.time.ZoneOffset.UTC;
      }

      @Override
      public java.time.Clock withZone(java.time.ZoneId zone) {
        return java.time.Clock.fixed(now.get(), zone);
      }

      @Override
      public java.time.Instant instant() {
        return now.get();
      }
    };
    CostModel late = flat.withLateness(transit, moving, 300);
    assertThat(flat.repeatable()).isTrue();
    assertThat(late.repeatable()).isFalse();
    SourcingPlan planned = sourcing().rule(SourcingRule.rankedLocations(List.of(CA, NJ))).costModel(late).build()
        .plan(o);
    now.set(now.get().plus(java.time.Duration.ofDays(3)));
    assertThat(planned.options().get(0).total()).isEqualTo(planned.cost());
    assertThat(planned.options()).anySatisfy(opt -> { // 4 days late when planned (7 if priced three days on)
      assertThat(opt.locations()).containsExactly(CA);
      assertThat(opt.shipping()).isEqualTo(Money.of(5 + 4 * 2 * 3, "USD"));
    });
  }

  @Test
  void anOrderTakesNoMoreThanItsChannelMaySell() {
    inventory.receive(A, NJ, 2, ACTOR);
    inventory.receive(A, CA, 2, ACTOR);
    // the marketplace is shown half of the network's stock: 2 of 4
    inventory.setChannelBuffer(new org.oms4j.core.inventory.ChannelBuffer(SalesChannel.of("marketplace"), 50, 0));
    OrderDraft.Builder d = OrderDraft.builder().channel(SalesChannel.of("marketplace")).externalOrderId("M-1")
        .customer(Customer.builder().id(CustomerId.of("C")).build())
        .shipTo(Address.builder().addLine("1 Main").city("Y").postalCode("10001").country("US").build())
        .currency(Monetary.getCurrency("USD")).paymentStatus(PaymentStatus.PAID)
        .addLine(LineDraft.builder().sku(A).quantity(3).unitPrice(Money.of(10, "USD")).build());
    Order marketplace = oms.validate(oms.submit(d.build(), ACTOR).id(), ACTOR);
    SourcingPlan plan = sourcing().build().plan(marketplace);
    assertThat(plan.allocations()).extracting(SourcingPlan.Allocation::quantity).containsExactly(2);
    assertThat(plan.backorders()).extracting(SourcingPlan.Backorder::quantity).containsExactly(1);
    SourcingPlan web = sourcing().build().plan(order("web-1", "10001", 3, 0)); // no buffer for the web shop
    assertThat(web.unallocatedUnits()).isZero();
  }
}
