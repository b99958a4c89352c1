package org.oms4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.rules.RulesFixtures.ACTOR;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.CustomerTier;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.LocationType;
import org.oms4j.core.order.Order;

class RuleSetTest {
  final Inventory inventory = Inventory.builder().clock(RulesFixtures.CLOCK).build();
  final RuleSet.Bindings bindings = new RuleSet.Bindings(inventory, AddressValidator.offline(), order -> 50,
      Geocoder.none(), RulesFixtures.CLOCK);

  RuleSetTest() {
    for (String id : new String[] {"WH-EAST", "WH-WEST"}) {
      inventory.putLocation(Location.builder().id(LocationId.of(id)).name(id).type(LocationType.WAREHOUSE)
          .shipFrom(Address.builder().addLine("1 Dock").city("X").postalCode("12345").country("US").build()).build());
    }
  }

  static final String GOOD = """
      {
        "validation": [ {"type": "address"}, {"type": "payment"},
                        {"type": "po-box", "serviceLevels": ["NEXT_DAY", "SAME_DAY"]},
                        {"type": "fraud", "threshold": 40},
                        {"type": "high-value", "thresholds": [{"amount": "5000.00", "currency": "USD"}]} ],
        "priority": { "tierPoints": {"VIP": 2000}, "servicePoints": {"NEXT_DAY": 500},
                      "valuePerPoint": [{"amount": "10", "currency": "USD"}], "maxValuePoints": 100,
                      "urgency": {"points": 100, "horizonDays": 5}, "pointsPerHourOfAge": 0 },
        "sourcing": { "rules": [ {"type": "same-country"},
                                 {"type": "location-tags", "include": [], "exclude": ["no-parcels"]},
                                 {"type": "ranked-locations", "locations": ["WH-WEST", "WH-EAST"]},
                                 {"type": "closest"}, {"type": "most-complete"} ],
                      "policy": {"mode": "SHIP_AVAILABLE", "maxShipments": 2},
                      "cost": {"baseMinor": 500, "perKmPerUnitMinor": 0.05, "unknownDistanceKm": 1000,
                               "penaltyMinor": 100000},
                      "candidateLimit": 8, "rankPenaltyMinor": 1 }
      }
      """;

  @Test
  void aGoodRuleFileLoadsAndDecides() {
    RuleSet rules = RuleSet.fromJson(GOOD, bindings);
    Order vip = RulesFixtures.oms().submit(RulesFixtures.draft("1", CustomerTier.VIP, ServiceLevel.NEXT_DAY, 250,
        LocalDate.of(2026, 3, 20)), ACTOR);
    assertThat(rules.prioritiser().score(vip).points()).isEqualTo(2000 + 500 + 25);
    assertThat(rules.validation().check(vip)).extracting(Finding::rule).containsExactly("fraud-score");
    RuleEngine engine = new RuleEngine(rules);
    RuleSet defaults = RuleSet.fromJson("{}", bindings);
    assertThat(engine.swap(defaults)).isSameAs(rules);
    assertThat(engine.current()).isSameAs(defaults);
    assertThat(defaults.validation().check(vip)).isEmpty();
  }

  @Test
  void aBadRuleFileIsRefusedWholeWithEveryProblemAndItsPath() {
    String bad = """
        {
          "validation": [ {"type": "fraud", "threshold": 140}, {"type": "telepathy"},
                          {"type": "po-box", "serviceLevels": ["WARP_SPEED"]} ],
          "priority": { "tierPoints": {"VIP": "lots"}, "urgency": {"points": 10} },
          "sourcing": { "rules": [ {"type": "location-tags", "include": ["cold"], "exclude": ["cold"]},
                                   {"type": "ranked-locations", "locations": ["WH-NOWHERE", "WH-EAST", "WH-EAST"]},
                                   {"kind": "closest"} ],
                        "policy": {"mode": "SOMETIMES", "maxShipments": 0},
                        "cost": {"baseMinor": -1, "perKmPerUnitMinor": "cheap"},
                        "optionsShown": 0, "colour": "blue" }
        }
        """;
    assertThatThrownBy(() -> RuleSet.fromJson(bad, bindings)).isInstanceOfSatisfying(RuleSetException.class,
        e -> assertThat(e.problems()).extracting(RuleSetException.Problem::path).containsExactly(
            "$.validation[0].threshold",
            "$.validation[1].type",
            "$.validation[2].serviceLevels",
            "$.priority.tierPoints.VIP",
            "$.priority.urgency.horizonDays",
            "$.sourcing.colour",
            "$.sourcing.rules[0]",
            "$.sourcing.rules[1].locations[0]",
            "$.sourcing.rules[1].locations[2]",
            "$.sourcing.rules[2].type",
            "$.sourcing.policy.mode",
            "$.sourcing.policy.maxShipments",
            "$.sourcing.cost.baseMinor",
            "$.sourcing.cost.perKmPerUnitMinor",
            "$.sourcing.cost.unknownDistanceKm",
            "$.sourcing.cost.penaltyMinor",
            "$.sourcing.optionsShown"));
  }

  @Test
  void optionsShownSetsHowManyOptionsAPlanExplains() {
    org.oms4j.core.common.Sku a = org.oms4j.core.common.Sku.of("A");
    inventory.receive(a, LocationId.of("WH-EAST"), 5, ACTOR);
    inventory.receive(a, LocationId.of("WH-WEST"), 5, ACTOR);
    Order order = RulesFixtures.oms().submit(RulesFixtures.draft("8"), ACTOR);
    SourcingPlan full = RuleSet.fromJson("{}", bindings).sourcing().plan(order);
    SourcingPlan brief = RuleSet.fromJson("""
        {"sourcing": {"optionsShown": 1}}""", bindings).sourcing().plan(order);
    assertThat(full.options()).hasSizeGreaterThan(1);
    assertThat(brief.options()).hasSize(1);
    assertThat(brief.allocations()).isEqualTo(full.allocations());
    assertThat(brief.options().get(0)).isEqualTo(full.options().get(0));
  }

  @Test
  void whatIfReportsChangedDecisionsWithoutTouchingStock() {
    org.oms4j.core.common.Sku a = org.oms4j.core.common.Sku.of("A");
    inventory.receive(a, LocationId.of("WH-EAST"), 5, ACTOR);
    inventory.receive(a, LocationId.of("WH-WEST"), 5, ACTOR);
    Order order = RulesFixtures.oms().submit(RulesFixtures.draft("9"), ACTOR); // 1 x A, USD 20
    RuleSet east = RuleSet.fromJson("""
        {"sourcing": {"rules": [{"type": "ranked-locations", "locations": ["WH-EAST"]}]}}""", bindings);
    RuleSet west = RuleSet.fromJson("""
        {"validation": [{"type": "fraud", "threshold": 10}],
         "sourcing": {"rules": [{"type": "ranked-locations", "locations": ["WH-WEST"]}]}}""", bindings);
    WhatIf report = WhatIf.compare(east, west, java.util.List.of(order));
    assertThat(report.changes()).hasSize(1);
    WhatIf.Change change = report.changes().get(0);
    assertThat(change.holdsBefore()).isEmpty();
    assertThat(change.holdsAfter()).containsExactly("fraud-score");
    assertThat(change.planBefore().allocations()).extracting(SourcingPlan.Allocation::locationId)
        .containsExactly(LocationId.of("WH-EAST"));
    assertThat(change.planAfter().allocations()).extracting(SourcingPlan.Allocation::locationId)
        .containsExactly(LocationId.of("WH-WEST"));
    assertThat(change.costDifference().isZero()).isTrue(); // same cost model, rank 0 both times
    assertThat(WhatIf.compare(east, east, java.util.List.of(order)).changes()).isEmpty();
    assertThat(inventory.stock(a, LocationId.of("WH-EAST")).reserved()).isZero();
    // against a snapshot where only the west has stock, both sets source alike; only the holds differ
    StockSnapshot westOnly = StockSnapshot.builder().put(a, LocationId.of("WH-WEST"), 3).build();
    WhatIf onSnapshot = WhatIf.compare(east, west, java.util.List.of(order), westOnly);
    assertThat(onSnapshot.changes()).singleElement().satisfies(c -> {
      assertThat(c.planBefore().allocations()).extracting(SourcingPlan.Allocation::locationId)
          .containsExactly(LocationId.of("WH-WEST"));
      assertThat(c.holdsAfter()).containsExactly("fraud-score"); // the holds still differ
    });
  }

  @Test
  void malformedJsonIsRefused() {
    assertThatThrownBy(() -> RuleSet.fromJson("{\"validation\": [", bindings))
        .isInstanceOfSatisfying(RuleSetException.class,
            e -> assertThat(e.problems().get(0).reason()).startsWith("malformed JSON"));
    assertThatThrownBy(() -> RuleSet.fromJson("[]", bindings)).isInstanceOf(RuleSetException.class);
  }
}
