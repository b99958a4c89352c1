package org.oms4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.rules.RulesFixtures.ACTOR;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.catalog.SkuCatalog;
import org.oms4j.core.catalog.SkuInfo;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.CustomerTier;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.LocationType;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderId;

/** Conditions one by one, combined, in rules, and loaded from JSON with their errors. */
class ConditionTest {
  static final Sku PAINT = Sku.of("PAINT");
  static final Sku SHIRT = Sku.of("SHIRT");
  static final SkuCatalog CATALOG = SkuCatalog.of(List.of(SkuInfo.of(PAINT, 4_000, "hazmat"),
      SkuInfo.of(SHIRT, 200)));
  static final Location HAZMAT_OK = location("HZ", "hazmat-ok");
  static final Location PLAIN = location("PL");

  static Location location(String id, String... tags) {
    Location.Builder b = Location.builder().id(LocationId.of(id)).name(id).type(LocationType.WAREHOUSE)
        .shipFrom(RulesFixtures.address("1 Dock", "62701", "US"));
    for (String t : tags) {
      b.addTag(t);
    }
    return b.build();
  }

  /** A B2B order from the "wholesale" channel to Ontario: 3 paint tins and 2 shirts, 170.00 CAD. */
  static Order order(ServiceLevel level, LocalDate promised) {
    OrderDraft d = OrderDraft.builder().channel(SalesChannel.of("wholesale")).externalOrderId("W-1")
        .customer(Customer.builder().id(CustomerId.of("C-9")).tier(CustomerTier.PREFERRED).addTag("b2b").build())
        .shipTo(Address.builder().addLine("1 Bay St").city("Toronto").region("ON").postalCode("M5J 2N8")
            .country("CA").build())
        .currency(Monetary.getCurrency("CAD")).serviceLevel(level).promisedDelivery(promised).addTag("net-30")
        .paymentStatus(PaymentStatus.AUTHORISED)
        .addLine(LineDraft.builder().sku(PAINT).quantity(3).unitPrice(Money.of(50, "CAD")).build())
        .addLine(LineDraft.builder().sku(SHIRT).quantity(2).unitPrice(Money.of(10, "CAD")).build()).build();
    return Order.create(OrderId.of("O-1"), d, ACTOR, Instant.EPOCH);
  }

  final Order order = order(ServiceLevel.NEXT_DAY, LocalDate.of(2026, 3, 4));
  final Condition.Facts facts = Condition.Facts.of(order);

  @Test
  void eachConditionTestsWhatItSays() {
    assertThat(Condition.channel(Set.of(SalesChannel.of("wholesale"))).test(facts)).isTrue();
    assertThat(Condition.channel(Set.of(SalesChannel.of("web"))).test(facts)).isFalse();
    assertThat(Condition.country(Set.of("CA", "US")).test(facts)).isTrue();
    assertThat(Condition.region(Set.of("ON")).test(facts)).isTrue();
    assertThat(Condition.region(Set.of("QC")).test(facts)).isFalse();
    assertThat(Condition.postalPrefix(Set.of("M5J2")).test(facts)).isTrue();
    assertThat(Condition.postalPrefix(Set.of("H2")).test(facts)).isFalse();
    assertThat(Condition.serviceLevel(Set.of(ServiceLevel.NEXT_DAY)).test(facts)).isTrue();
    assertThat(Condition.customerTier(Set.of(CustomerTier.VIP)).test(facts)).isFalse();
    assertThat(Condition.customerTag(Set.of("b2b")).test(facts)).isTrue();
    assertThat(Condition.orderTag(Set.of("net-30")).test(facts)).isTrue();
    assertThat(Condition.skuTag(Set.of("hazmat"), CATALOG).test(facts)).isTrue();
    assertThat(Condition.skuTag(Set.of("oversize"), CATALOG).test(facts)).isFalse();
    assertThat(Condition.skuTag(Set.of("hazmat"), SkuCatalog.none()).test(facts)).isFalse();
    assertThat(Condition.sku(Set.of(SHIRT)).test(facts)).isTrue();
    assertThat(Condition.orderValueAtLeast(Money.of(170, "CAD")).test(facts)).isTrue();
    assertThat(Condition.orderValueAtLeast(Money.of(170.01, "CAD")).test(facts)).isFalse();
    assertThat(Condition.orderValueBelow(Money.of(170.01, "CAD")).test(facts)).isTrue();
    assertThat(Condition.orderValueAtLeast(Money.of(1, "USD")).test(facts)).as("another currency").isFalse();
    assertThat(Condition.weightAtLeastGrams(12_400, CATALOG).test(facts)).isTrue(); // 3 x 4,000 + 2 x 200
    assertThat(Condition.weightAtLeastGrams(12_401, CATALOG).test(facts)).isFalse();
    // today is 2026-03-02: promised on the 4th is within 2 days, not within 1
    assertThat(Condition.promisedWithinDays(2, RulesFixtures.CLOCK).test(facts)).isTrue();
    assertThat(Condition.promisedWithinDays(1, RulesFixtures.CLOCK).test(facts)).isFalse();
    assertThat(Condition.locationTag(Set.of("hazmat-ok")).test(facts)).as("no location weighed").isFalse();
    assertThat(Condition.locationTag(Set.of("hazmat-ok")).test(Condition.Facts.of(order, HAZMAT_OK))).isTrue();
    assertThat(Condition.location(Set.of(LocationId.of("PL"))).test(Condition.Facts.of(order, PLAIN))).isTrue();
  }

  @Test
  void conditionsCombineAndDescribeThemselves() {
    Condition b2bHazmat = Condition.all(List.of(Condition.customerTag(Set.of("b2b")),
        Condition.skuTag(Set.of("hazmat"), CATALOG)));
    Condition neither = Condition.not(Condition.any(List.of(Condition.country(Set.of("US")),
        Condition.customerTier(Set.of(CustomerTier.VIP)))));
    assertThat(b2bHazmat.test(facts)).isTrue();
    assertThat(neither.test(facts)).isTrue();
    assertThat(Condition.all(List.of(b2bHazmat, Condition.not(neither))).test(facts)).isFalse();
    assertThat(Condition.all(List.of()).test(facts)).isTrue();
    assertThat(Condition.any(List.of()).test(facts)).isFalse();
    assertThat(neither.describe()).isEqualTo("not (any of [country in [US]; customer tier in [VIP]])");
  }

  @Test
  void badConditionArgumentsAreRefusedWithTheFieldNamed() {
    assertThatThrownBy(() -> Condition.country(Set.of())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("country");
    assertThatThrownBy(() -> Condition.weightAtLeastGrams(-1, CATALOG)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("weightAtLeastGrams");
    assertThatThrownBy(() -> Condition.promisedWithinDays(-1, RulesFixtures.CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("promisedWithinDays");
    assertThatThrownBy(() -> SkuCatalog.of(List.of(SkuInfo.of(PAINT), SkuInfo.of(PAINT))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("PAINT");
  }

  @Test
  void conditionalRulesHoldExcludeAndPickPolicies() {
    OrderValidator credit = OrderValidator.hold("b2b-credit", Condition.all(List.of(
        Condition.customerTag(Set.of("b2b")), Condition.orderValueAtLeast(Money.of(100, "CAD")))),
        HoldType.CREDIT, "B2B order of 100.00 CAD or more: check the credit limit");
    assertThat(credit.check(order)).extracting(Finding::holdType).containsExactly(HoldType.CREDIT);
    SourcingRule hazmat = SourcingRule.exclude("hazmat", Condition.all(List.of(
        Condition.skuTag(Set.of("hazmat"), CATALOG), Condition.not(Condition.locationTag(Set.of("hazmat-ok"))))),
        "cannot ship hazmat");
    assertThat(hazmat.excludes(order, new Candidate(PLAIN, java.util.Optional.empty(), 1))).contains(
        "cannot ship hazmat");
    assertThat(hazmat.excludes(order, new Candidate(HAZMAT_OK, java.util.Optional.empty(), 1))).isEmpty();
    SourcingRule onlyForVip = SourcingRule.when(Condition.customerTier(Set.of(CustomerTier.VIP)), hazmat);
    assertThat(onlyForVip.excludes(order, new Candidate(PLAIN, java.util.Optional.empty(), 1))).isEmpty();
    assertThat(onlyForVip.name()).isEqualTo("hazmat when customer tier in [VIP]");

    Inventory inventory = Inventory.builder().clock(RulesFixtures.CLOCK).build();
    Sourcing sourcing = Sourcing.builder(inventory).policy(OrderPolicy.shipAvailable(3))
        .policy(Condition.customerTag(Set.of("b2b")), OrderPolicy.shipComplete(1)).build();
    assertThat(sourcing.policyFor(order)).isEqualTo(OrderPolicy.shipComplete(1));
    assertThat(sourcing.policyFor(order(ServiceLevel.STANDARD, LocalDate.of(2026, 3, 9)))).isEqualTo(
        OrderPolicy.shipComplete(1));
  }

  @Test
  void jsonConditionsLoadAndDecide() {
    Inventory inventory = Inventory.builder().clock(RulesFixtures.CLOCK).build();
    inventory.putLocation(HAZMAT_OK);
    inventory.putLocation(PLAIN);
    RuleSet.Bindings bindings = new RuleSet.Bindings(inventory, AddressValidator.offline(), o -> 0,
        Geocoder.none(), RulesFixtures.CLOCK, CATALOG);
    RuleSet rules = RuleSet.fromJson("""
        {"priority": {"points": [{"rule": "b2b", "when": {"customerTag": ["b2b"]}, "points": 300}],
                      "carrierCutoffs": [{"time": "17:00", "zone": "America/Toronto", "serviceLevels": ["NEXT_DAY"],
                                          "pointsPerHour": 10, "horizonHours": 24}]},
         "validation": [{"type": "hold", "name": "b2b-credit", "hold": "CREDIT", "reason": "check credit",
                         "when": {"all": [{"customerTag": ["b2b"]},
                                          {"orderValueAtLeast": {"amount": "100", "currency": "CAD"}}]}}],
         "sourcing": {"rules": [{"type": "exclude", "name": "hazmat", "reason": "not hazmat-certified",
                                 "where": {"all": [{"skuTag": ["hazmat"]}, {"not": {"locationTag": ["hazmat-ok"]}}]}},
                                {"type": "carrier-cutoff", "mustShipToday": ["SAME_DAY"]},
                                {"type": "ranked-locations", "locations": ["PL", "HZ"],
                                 "when": {"promisedWithinDays": 3}}],
                      "dailyCapacity": true,
                      "cost": {"baseMinor": 500, "perKmPerUnitMinor": 0.05, "unknownDistanceKm": 1000,
                               "penaltyMinor": 100000, "lateness": {"perUnitPerDayMinor": 300, "baseDays": 1,
                               "kmPerDay": 800, "unknownDays": 5}},
                      "policies": [{"when": {"any": [{"customerTag": ["b2b"]}, {"sku": ["SHIRT"]}]},
                                    "mode": "SHIP_COMPLETE", "maxShipments": 1}]}}
        """, bindings);
    assertThat(rules.validation().check(order)).extracting(Finding::rule).containsExactly("b2b-credit");
    assertThat(rules.prioritiser().score(order).components()).extracting(PriorityScore.Component::rule)
        .contains("b2b", "carrier-cutoff");
    inventory.receive(PAINT, LocationId.of("PL"), 5, ACTOR);
    inventory.receive(PAINT, LocationId.of("HZ"), 5, ACTOR);
    inventory.receive(SHIRT, LocationId.of("PL"), 5, ACTOR);
    inventory.receive(SHIRT, LocationId.of("HZ"), 5, ACTOR);
    SourcingPlan plan = rules.sourcing().plan(order);
    assertThat(plan.allocations()).extracting(SourcingPlan.Allocation::locationId).containsOnly(LocationId.of("HZ"));
    assertThat(plan.candidates()).anySatisfy(n -> {
      assertThat(n.locationId()).isEqualTo(LocationId.of("PL"));
      assertThat(n.excludedBy()).contains("hazmat");
    });
    assertThat(rules.sourcing().policyFor(order)).isEqualTo(OrderPolicy.shipComplete(1));
  }

  @Test
  void badJsonConditionsAreAllReportedWithTheirPaths() {
    Inventory inventory = Inventory.builder().clock(RulesFixtures.CLOCK).build();
    RuleSet.Bindings bindings = new RuleSet.Bindings(inventory, AddressValidator.offline(), o -> 0,
        Geocoder.none(), RulesFixtures.CLOCK, CATALOG);
    assertThatThrownBy(() -> RuleSet.fromJson("""
        {"priority": {"carrierCutoffs": [{"time": "25:00", "zone": "Mars/Olympus", "serviceLevels": [],
                                          "pointsPerHour": 10, "horizonHours": 4}],
                      "points": [{"rule": "x", "when": {"customerTag": ["b2b"]}, "points": "many"}]},
         "validation": [{"type": "hold", "name": "x", "hold": "NOPE", "reason": "r",
                         "when": {"all": [{"country": "US"}, {"colour": ["red"]}]}}],
         "sourcing": {"rules": [{"type": "exclude", "name": "x", "reason": "r",
                                 "where": {"sku": ["PAINT", "GHOST"]}},
                                {"type": "closest", "when": {"location": ["NOWHERE"]}},
                                {"type": "closest", "when": {"serviceLevel": ["WARP"], "country": ["US"]}},
                                {"type": "carrier-cutoff", "mustShipToday": ["SOON"]}],
                      "dailyCapacity": "yes",
                      "cost": {"baseMinor": 500, "perKmPerUnitMinor": 0.05, "unknownDistanceKm": 1000,
                               "penaltyMinor": 100000, "lateness": {"perUnitPerDayMinor": 300, "baseDays": 1,
                               "kmPerDay": 0, "unknownDays": 5}},
                      "policies": [{"when": {"promisedWithinDays": -2}, "mode": "SHIP_COMPLETE",
                                    "maxShipments": 1}]}}
        """, bindings))
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
            .extracting(RuleSetException.Problem::path).containsExactlyInAnyOrder(
                "$.priority.carrierCutoffs[0].time",
                "$.priority.carrierCutoffs[0].zone",
                "$.priority.carrierCutoffs[0].serviceLevels",
                "$.priority.points[0].points",
                "$.validation[0].hold",
                "$.validation[0].when.all[0].country",
                "$.validation[0].when.all[1].colour",
                "$.sourcing.rules[0].where.sku[1]",
                "$.sourcing.rules[1].when.location[0]",
                "$.sourcing.rules[2].when",
                "$.sourcing.rules[3].mustShipToday",
                "$.sourcing.dailyCapacity",
                "$.sourcing.cost.lateness.kmPerDay",
                "$.sourcing.policies[0].when.promisedWithinDays"));
  }
}
