package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;
import org.oms4j.core.catalog.SkuCatalog;
import org.oms4j.core.common.CustomerTier;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.inventory.Inventory;

/**
 * A complete, immutable set of rules: validation, prioritisation and sourcing, built in Java or loaded from JSON
 * with {@link #fromJson}. A loaded rule set is checked as a whole: every problem is reported with its JSON path, and
 * nothing is built if there is one. Swap rule sets while orders flow with {@link RuleEngine}.
 *
 * <p>The JSON form:
 * <pre>{@code
 * {
 *   "validation": [ {"type": "address"}, {"type": "payment"},
 *                   {"type": "po-box", "serviceLevels": ["NEXT_DAY", "SAME_DAY"]},
 *                   {"type": "fraud", "threshold": 80},
 *                   {"type": "high-value", "thresholds": [{"amount": "5000.00", "currency": "USD"}]},
 *                   {"type": "hold", "name": "b2b-credit", "hold": "CREDIT", "reason": "check the credit limit",
 *                    "when": {"all": [{"customerTag": ["b2b"]},
 *                                     {"orderValueAtLeast": {"amount": "10000", "currency": "EUR"}}]}} ],
 *   "priority": { "tierPoints": {"VIP": 1000}, "servicePoints": {"NEXT_DAY": 500},
 *                 "valuePerPoint": [{"amount": "10", "currency": "USD"}], "maxValuePoints": 1000,
 *                 "urgency": {"points": 100, "horizonDays": 5}, "pointsPerHourOfAge": 1,
 *                 "carrierCutoffs": [{"time": "17:00", "zone": "America/New_York", "serviceLevels": ["NEXT_DAY"],
 *                                     "pointsPerHour": 100, "horizonHours": 4}],
 *                 "points": [{"rule": "b2b", "when": {"customerTag": ["b2b"]}, "points": 300}] },
 *   "sourcing": { "rules": [ {"type": "same-country"}, {"type": "location-tags", "include": [], "exclude": ["no-parcels"]},
 *                            {"type": "ranked-locations", "locations": ["WH-EAST", "WH-WEST"]},
 *                            {"type": "exclude", "name": "hazmat", "reason": "not certified for hazmat",
 *                             "where": {"all": [{"skuTag": ["hazmat"]}, {"not": {"locationTag": ["hazmat-ok"]}}]}},
 *                            {"type": "carrier-cutoff", "mustShipToday": ["NEXT_DAY"]},
 *                            {"type": "closest", "when": {"serviceLevel": ["NEXT_DAY"]}}, {"type": "most-complete"} ],
 *                 "policy": {"mode": "SHIP_AVAILABLE", "maxShipments": 2},
 *                 "policies": [ {"when": {"customerTag": ["b2b"]}, "mode": "SHIP_COMPLETE", "maxShipments": 1} ],
 *                 "cost": {"baseMinor": 500, "perKmPerUnitMinor": 0.05, "unknownDistanceKm": 1000, "penaltyMinor": 100000,
 *                          "lateness": {"perUnitPerDayMinor": 300, "baseDays": 1, "kmPerDay": 800, "unknownDays": 5}},
 *                 "candidateLimit": 8, "rankPenaltyMinor": 1, "optionsShown": 4, "batchEffort": 12,
 *                 "dailyCapacity": true }
 * }
 * }</pre>
 * Every section and field is optional; omitted ones take the builders' defaults. Any sourcing rule may carry a
 * {@code "when"} condition. A condition is an object with one key: {@code all}, {@code any} (arrays of conditions),
 * {@code not} (a condition), {@code channel}, {@code country}, {@code region}, {@code postalPrefix}, {@code
 * serviceLevel}, {@code customerTier}, {@code customerTag}, {@code orderTag}, {@code skuTag}, {@code sku}, {@code
 * location}, {@code locationTag} (arrays of strings), {@code orderValueAtLeast}, {@code orderValueBelow} (amounts),
 * {@code weightAtLeastGrams}, {@code promisedWithinDays} (whole numbers); see {@link Condition}. SKUs and locations
 * named must exist in the bound catalog and inventory. {@code "dailyCapacity": true} respects locations' daily order
 * capacities, counting this process's assignments in memory ({@link LocationLoad#inMemory}); a host with its own
 * counts builds the sourcing in Java with {@link Sourcing.Builder#capacity}.
 *
 * @param validation the validation step
 * @param prioritiser the prioritiser
 * @param sourcing the sourcing
 */
public record RuleSet(OrderValidation validation, Prioritiser prioritiser, Sourcing sourcing) {
  /** Checks the arguments. */
  public RuleSet {
    requireNonNull(validation, "validation");
    requireNonNull(prioritiser, "prioritiser");
    requireNonNull(sourcing, "sourcing");
  }

  /**
   * What a JSON rule set binds to: the inventory its sourcing reads (and whose locations rules may name), and the
   * host's services that rules refer to by name.
   *
   * @param inventory the inventory
   * @param addresses the address validator for {@code "address"} rules
   * @param fraud the fraud scorer for {@code "fraud"} rules
   * @param geocoder the geocoder for distance rules
   * @param clock the clock for prioritisation and date conditions
   * @param skus the SKU catalog for SKU, SKU-tag and weight conditions
   */
  public record Bindings(Inventory inventory, AddressValidator addresses, FraudScorer fraud, Geocoder geocoder,
      Clock clock, SkuCatalog skus) {
    /** Checks the arguments. */
    public Bindings {
      requireNonNull(inventory, "inventory");
      requireNonNull(addresses, "addresses");
      requireNonNull(fraud, "fraud");
      requireNonNull(geocoder, "geocoder");
      requireNonNull(clock, "clock");
      requireNonNull(skus, "skus");
    }

    /** Bindings without a SKU catalog: rules naming SKUs or SKU tags are refused, weights count as zero. */
    public Bindings(Inventory inventory, AddressValidator addresses, FraudScorer fraud, Geocoder geocoder,
        Clock clock) {
      this(inventory, addresses, fraud, geocoder, clock, SkuCatalog.none());
    }
  }

  /**
   * Loads a rule set from JSON.
   *
   * @throws RuleSetException with every problem found (malformed JSON, unknown fields or types, wrong types,
   *     unknown locations, contradictory rules); nothing is built then
   */
  public static RuleSet fromJson(String json, Bindings bindings) {
    requireNonNull(bindings, "bindings");
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(requireNonNull(json, "json"));
    } catch (JsonProcessingException e) {
      throw new RuleSetException(List.of(new RuleSetException.Problem("$", "malformed JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()))));
    }
    Parser p = new Parser(bindings);
    RuleSet set = p.ruleSet(root);
    if (!p.problems.isEmpty()) {
      throw new RuleSetException(p.problems);
    }
    return set;
  }

  /** A one-pass reader that records every problem and builds only what is valid. */
  private static final class Parser {
    final Bindings b;
    final List<RuleSetException.Problem> problems = new ArrayList<>();

    Parser(Bindings b) {
      this.b = b;
    }

    void problem(String path, String reason) {
      problems.add(new RuleSetException.Problem(path, reason));
    }

    RuleSet ruleSet(JsonNode root) {
      if (!root.isObject()) {
        problem("$", "expected an object");
        return null;
      }
      fields(root, "$", Set.of("validation", "priority", "sourcing"));
      OrderValidation validation = validation(root.path("validation"), "$.validation");
      Prioritiser prioritiser = priority(root.path("priority"), "$.priority");
      Sourcing sourcing = sourcing(root.path("sourcing"), "$.sourcing");
      return problems.isEmpty() ? new RuleSet(validation, prioritiser, sourcing) : null;
    }

    OrderValidation validation(JsonNode node, String path) {
      List<OrderValidator> validators = new ArrayList<>();
      if (node.isMissingNode()) {
        return OrderValidation.defaults(b.addresses());
      }
      if (!node.isArray()) {
        problem(path, "expected an array of validators");
        return null;
      }
      for (int i = 0; i < node.size(); i++) {
        JsonNode v = node.get(i);
        String at = path + "[" + i + "]";
        String type = text(v, at, "type");
        if (type == null) {
          continue;
        }
        switch (type) {
          case "address":
            fields(v, at, Set.of("type"));
            validators.add(OrderValidator.address(b.addresses()));
            break;
          case "payment":
            fields(v, at, Set.of("type"));
            validators.add(OrderValidator.paymentSecured());
            break;
          case "po-box":
            fields(v, at, Set.of("type", "serviceLevels"));
            Set<ServiceLevel> levels = EnumSet.noneOf(ServiceLevel.class);
            for (String s : strings(v.path("serviceLevels"), at + ".serviceLevels")) {
              ServiceLevel level = enumValue(ServiceLevel.class, s, at + ".serviceLevels");
              if (level != null) {
                levels.add(level);
              }
            }
            validators.add(OrderValidator.poBox(levels));
            break;
          case "fraud":
            fields(v, at, Set.of("type", "threshold"));
            Integer threshold = integer(v, at, "threshold", 0, 100);
            if (threshold != null) {
              validators.add(OrderValidator.fraud(b.fraud(), threshold));
            }
            break;
          case "high-value":
            fields(v, at, Set.of("type", "thresholds"));
            Map<CurrencyUnit, MonetaryAmount> limits = new HashMap<>();
            JsonNode list = v.path("thresholds");
            if (!list.isArray()) {
              problem(at + ".thresholds", "expected an array of amounts");
            } else {
              for (int j = 0; j < list.size(); j++) {
                MonetaryAmount amount = amount(list.get(j), at + ".thresholds[" + j + "]");
                if (amount != null && limits.put(amount.getCurrency(), amount) != null) {
                  problem(at + ".thresholds[" + j + "]", "a second threshold for " + amount.getCurrency());
                }
              }
            }
            validators.add(OrderValidator.highValue(limits));
            break;
          case "hold":
            fields(v, at, Set.of("type", "name", "when", "hold", "reason"));
            String name = text(v, at, "name");
            String reason = text(v, at, "reason");
            String holdName = text(v, at, "hold");
            HoldType hold = holdName == null ? null : enumValue(HoldType.class, holdName, at + ".hold");
            Condition when = condition(v.path("when"), at + ".when");
            if (name != null && reason != null && hold != null && when != null) {
              try {
                validators.add(OrderValidator.hold(name, when, hold, reason));
              } catch (RuntimeException e) {
                problem(at, e.getMessage());
              }
            }
            break;
          default:
            problem(at + ".type", "unknown validator '" + type
                + "' (address, payment, po-box, fraud, high-value, hold)");
        }
      }
      return OrderValidation.of(validators);
    }

    Prioritiser priority(JsonNode node, String path) {
      Prioritiser.Builder pb = Prioritiser.builder().clock(b.clock());
      if (node.isMissingNode()) {
        return pb.build();
      }
      if (!node.isObject()) {
        problem(path, "expected an object");
        return null;
      }
      fields(node, path, Set.of("tierPoints", "servicePoints", "valuePerPoint", "maxValuePoints", "urgency",
          "pointsPerHourOfAge", "carrierCutoffs", "points"));
      JsonNode cutoffs = node.path("carrierCutoffs");
      for (int i = 0; cutoffs.isArray() && i < cutoffs.size(); i++) {
        String at = path + ".carrierCutoffs[" + i + "]";
        JsonNode c = cutoffs.get(i);
        fields(c, at, Set.of("time", "zone", "serviceLevels", "pointsPerHour", "horizonHours"));
        String time = text(c, at, "time");
        String zone = text(c, at, "zone");
        Integer perHour = integer(c, at, "pointsPerHour", 0, Integer.MAX_VALUE);
        Integer horizon = integer(c, at, "horizonHours", 0, 24);
        Set<ServiceLevel> levels = EnumSet.noneOf(ServiceLevel.class);
        for (String l : strings(c.path("serviceLevels"), at + ".serviceLevels")) {
          ServiceLevel level = enumValue(ServiceLevel.class, l, at + ".serviceLevels");
          if (level != null) {
            levels.add(level);
          }
        }
        java.time.LocalTime t = null;
        java.time.ZoneId z = null;
        try {
          t = time == null ? null : java.time.LocalTime.parse(time);
        } catch (java.time.DateTimeException e) {
          problem(at + ".time", "expected a time like 17:00, got '" + time + "'");
        }
        try {
          z = zone == null ? null : java.time.ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
          problem(at + ".zone", "unknown time zone '" + zone + "'");
        }
        if (levels.isEmpty()) {
          problem(at + ".serviceLevels", "name at least one service level");
        } else if (t != null && z != null && perHour != null && horizon != null) {
          pb.carrierCutoff(t, z, levels, perHour, horizon);
        }
      }
      if (!cutoffs.isMissingNode() && !cutoffs.isArray()) {
        problem(path + ".carrierCutoffs", "expected an array");
      }
      JsonNode conditional = node.path("points");
      for (int i = 0; conditional.isArray() && i < conditional.size(); i++) {
        String at = path + ".points[" + i + "]";
        fields(conditional.get(i), at, Set.of("rule", "when", "points"));
        String rule = text(conditional.get(i), at, "rule");
        Condition when = condition(conditional.get(i).path("when"), at + ".when");
        JsonNode p = conditional.get(i).path("points");
        if (!p.isIntegralNumber()) {
          problem(at + ".points", "expected a whole number, got " + p);
        } else if (rule != null && when != null) {
          pb.points(rule, when, p.asLong());
        }
      }
      if (!conditional.isMissingNode() && !conditional.isArray()) {
        problem(path + ".points", "expected an array");
      }
      points(node.path("tierPoints"), path + ".tierPoints", CustomerTier.class, pb::tierPoints);
      points(node.path("servicePoints"), path + ".servicePoints", ServiceLevel.class, pb::servicePoints);
      JsonNode values = node.path("valuePerPoint");
      if (!values.isMissingNode()) {
        if (!values.isArray()) {
          problem(path + ".valuePerPoint", "expected an array of amounts");
        } else {
          for (int j = 0; j < values.size(); j++) {
            MonetaryAmount amount = amount(values.get(j), path + ".valuePerPoint[" + j + "]");
            if (amount != null) {
              if (!amount.isPositive()) {
                problem(path + ".valuePerPoint[" + j + "]", "must be positive");
              } else {
                pb.valuePerPoint(amount);
              }
            }
          }
        }
      }
      if (node.has("maxValuePoints")) {
        Integer max = integer(node, path, "maxValuePoints", 0, Integer.MAX_VALUE);
        if (max != null) {
          pb.maxValuePoints(max);
        }
      }
      JsonNode urgency = node.path("urgency");
      if (!urgency.isMissingNode()) {
        fields(urgency, path + ".urgency", Set.of("points", "horizonDays"));
        Integer points = integer(urgency, path + ".urgency", "points", 0, Integer.MAX_VALUE);
        Integer horizon = integer(urgency, path + ".urgency", "horizonDays", 0, 3650);
        if (points != null && horizon != null) {
          pb.urgency(points, horizon);
        }
      }
      if (node.has("pointsPerHourOfAge")) {
        Integer perHour = integer(node, path, "pointsPerHourOfAge", 0, Integer.MAX_VALUE);
        if (perHour != null) {
          pb.pointsPerHourOfAge(perHour);
        }
      }
      return pb.build();
    }

    Sourcing sourcing(JsonNode node, String path) {
      Sourcing.Builder sb = Sourcing.builder(b.inventory()).geocoder(b.geocoder());
      if (node.isMissingNode()) {
        return sb.build();
      }
      if (!node.isObject()) {
        problem(path, "expected an object");
        return null;
      }
      fields(node, path, Set.of("rules", "policy", "policies", "cost", "candidateLimit", "rankPenaltyMinor",
          "optionsShown", "batchEffort", "dailyCapacity"));
      if (node.has("dailyCapacity")) {
        if (!node.get("dailyCapacity").isBoolean()) {
          problem(path + ".dailyCapacity", "expected true or false, got " + node.get("dailyCapacity"));
        } else if (node.get("dailyCapacity").asBoolean()) {
          sb.capacity(LocationLoad.inMemory(b.clock()));
        }
      }
      JsonNode rules = node.path("rules");
      Set<String> required = new HashSet<>();
      Set<String> excluded = new HashSet<>();
      if (!rules.isMissingNode() && !rules.isArray()) {
        problem(path + ".rules", "expected an array of rules");
      }
      for (int i = 0; rules.isArray() && i < rules.size(); i++) {
        JsonNode r = rules.get(i);
        String at = path + ".rules[" + i + "]";
        String type = text(r, at, "type");
        if (type == null) {
          continue;
        }
        Condition when = r.has("when") ? condition(r.get("when"), at + ".when") : Condition.always();
        Function<SourcingRule, SourcingRule> conditional = rule -> r.has("when") && when != null
            ? SourcingRule.when(when, rule) : rule;
        switch (type) {
          case "same-country":
            fields(r, at, Set.of("type", "when"));
            sb.rule(conditional.apply(SourcingRule.sameCountry()));
            break;
          case "closest":
            fields(r, at, Set.of("type", "when"));
            sb.rule(conditional.apply(SourcingRule.closest()));
            break;
          case "most-complete":
            fields(r, at, Set.of("type", "when"));
            sb.rule(conditional.apply(SourcingRule.mostComplete()));
            break;
          case "carrier-cutoff":
            fields(r, at, Set.of("type", "mustShipToday", "when"));
            Set<ServiceLevel> urgent = EnumSet.noneOf(ServiceLevel.class);
            for (String level : strings(r.path("mustShipToday"), at + ".mustShipToday")) {
              ServiceLevel l = enumValue(ServiceLevel.class, level, at + ".mustShipToday");
              if (l != null) {
                urgent.add(l);
              }
            }
            sb.rule(conditional.apply(SourcingRule.beforeCutoff(b.clock(), urgent)));
            break;
          case "exclude":
            fields(r, at, Set.of("type", "name", "where", "reason", "when"));
            String ruleName = text(r, at, "name");
            String reason = text(r, at, "reason");
            Condition where = condition(r.path("where"), at + ".where");
            if (ruleName != null && reason != null && where != null) {
              try {
                sb.rule(conditional.apply(SourcingRule.exclude(ruleName, where, reason)));
              } catch (RuntimeException e) {
                problem(at, e.getMessage());
              }
            }
            break;
          case "location-tags":
            fields(r, at, Set.of("type", "include", "exclude", "when"));
            Set<String> include = new HashSet<>(strings(r.path("include"), at + ".include"));
            Set<String> exclude = new HashSet<>(strings(r.path("exclude"), at + ".exclude"));
            required.addAll(include);
            excluded.addAll(exclude);
            for (String tag : include) {
              if (excluded.contains(tag)) {
                problem(at, "contradictory: tag '" + tag + "' is both required and excluded");
              }
            }
            for (String tag : exclude) {
              if (required.contains(tag) && !include.contains(tag)) {
                problem(at, "contradictory: tag '" + tag + "' is required by an earlier rule and excluded here");
              }
            }
            sb.rule(conditional.apply(SourcingRule.tags(include, exclude)));
            break;
          case "ranked-locations":
            fields(r, at, Set.of("type", "locations", "when"));
            List<LocationId> ids = new ArrayList<>();
            List<String> names = strings(r.path("locations"), at + ".locations");
            for (int j = 0; j < names.size(); j++) {
              String name = names.get(j);
              String lat = at + ".locations[" + j + "]";
              try {
                LocationId id = LocationId.of(name);
                if (b.inventory().location(id).isEmpty()) {
                  problem(lat, "unknown location '" + name + "'");
                } else if (ids.contains(id)) {
                  problem(lat, "location '" + name + "' listed twice");
                } else {
                  ids.add(id);
                }
              } catch (RuntimeException e) {
                problem(lat, e.getMessage());
              }
            }
            sb.rule(conditional.apply(SourcingRule.rankedLocations(ids)));
            break;
          default:
            problem(at + ".type", "unknown rule '" + type
                + "' (same-country, closest, most-complete, location-tags, ranked-locations, exclude, carrier-cutoff)");
        }
      }
      JsonNode policy = node.path("policy");
      if (!policy.isMissingNode()) {
        fields(policy, path + ".policy", Set.of("mode", "maxShipments"));
        OrderPolicy p = policy(policy, path + ".policy");
        if (p != null) {
          sb.policy(p);
        }
      }
      JsonNode policies = node.path("policies");
      if (!policies.isMissingNode() && !policies.isArray()) {
        problem(path + ".policies", "expected an array of {\"when\", \"mode\", \"maxShipments\"}");
      }
      for (int i = 0; policies.isArray() && i < policies.size(); i++) {
        String at = path + ".policies[" + i + "]";
        fields(policies.get(i), at, Set.of("when", "mode", "maxShipments"));
        Condition when = condition(policies.get(i).path("when"), at + ".when");
        OrderPolicy p = policy(policies.get(i), at);
        if (when != null && p != null) {
          sb.policy(when, p);
        }
      }
      if (node.has("batchEffort")) {
        Integer effort = integer(node, path, "batchEffort", 2, 10_000);
        if (effort != null) {
          sb.batchEffort(effort);
        }
      }
      JsonNode cost = node.path("cost");
      if (!cost.isMissingNode()) {
        fields(cost, path + ".cost", Set.of("baseMinor", "perKmPerUnitMinor", "unknownDistanceKm", "penaltyMinor",
            "lateness"));
        Integer base = integer(cost, path + ".cost", "baseMinor", 0, Integer.MAX_VALUE);
        Double perKm = decimal(cost, path + ".cost", "perKmPerUnitMinor");
        Double unknown = decimal(cost, path + ".cost", "unknownDistanceKm");
        Integer penalty = integer(cost, path + ".cost", "penaltyMinor", 0, Integer.MAX_VALUE);
        CostModel model = base != null && perKm != null && unknown != null && penalty != null
            ? CostModel.distance(base, perKm, unknown, penalty) : null;
        JsonNode late = cost.path("lateness");
        if (!late.isMissingNode()) {
          String at = path + ".cost.lateness";
          fields(late, at, Set.of("perUnitPerDayMinor", "baseDays", "kmPerDay", "unknownDays"));
          Integer perDay = integer(late, at, "perUnitPerDayMinor", 0, Integer.MAX_VALUE);
          Integer baseDays = integer(late, at, "baseDays", 0, 365);
          Double kmPerDay = decimal(late, at, "kmPerDay");
          Integer unknownDays = integer(late, at, "unknownDays", 0, 365);
          if (kmPerDay != null && kmPerDay <= 0) {
            problem(at + ".kmPerDay", "must be positive");
          } else if (model != null && perDay != null && baseDays != null && kmPerDay != null && unknownDays != null) {
            model = model.withLateness(CostModel.TransitTime.byDistance(baseDays, kmPerDay, unknownDays), b.clock(),
                perDay);
          }
        }
        if (model != null) {
          sb.costModel(model);
        }
      }
      if (node.has("candidateLimit")) {
        Integer limit = integer(node, path, "candidateLimit", 1, 50);
        if (limit != null) {
          sb.candidateLimit(limit);
        }
      }
      if (node.has("optionsShown")) {
        Integer shown = integer(node, path, "optionsShown", 1, 20);
        if (shown != null) {
          sb.optionsShown(shown);
        }
      }
      if (node.has("rankPenaltyMinor")) {
        Integer rp = integer(node, path, "rankPenaltyMinor", 0, Integer.MAX_VALUE);
        if (rp != null) {
          sb.rankPenaltyMinor(rp);
        }
      }
      return sb.build();
    }

    OrderPolicy policy(JsonNode node, String path) {
      String mode = text(node, path, "mode");
      OrderPolicy.Mode m = mode == null ? null : enumValue(OrderPolicy.Mode.class, mode, path + ".mode");
      Integer max = integer(node, path, "maxShipments", 1, 10);
      return m != null && max != null ? new OrderPolicy(m, max) : null;
    }

    /** A condition: an object with exactly one key, e.g. {@code {"all": [{"country": ["US"]}, ...]}}. */
    Condition condition(JsonNode node, String path) {
      if (!node.isObject() || node.size() != 1) {
        problem(path, node.isMissingNode() ? "missing" : "expected an object with exactly one of " + CONDITIONS);
        return null;
      }
      String key = node.fieldNames().next();
      JsonNode value = node.get(key);
      String at = path + "." + key;
      try {
        switch (key) {
          case "all":
          case "any": {
            if (!value.isArray()) {
              problem(at, "expected an array of conditions");
              return null;
            }
            List<Condition> parts = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
              parts.add(condition(value.get(i), at + "[" + i + "]"));
            }
            return parts.contains(null) ? null : key.equals("all") ? Condition.all(parts) : Condition.any(parts);
          }
          case "not": {
            Condition inner = condition(value, at);
            return inner == null ? null : Condition.not(inner);
          }
          case "channel":
            return Condition.channel(values(value, at, SalesChannel::of));
          case "country":
            return Condition.country(values(value, at, c -> c));
          case "region":
            return Condition.region(values(value, at, r -> r));
          case "postalPrefix":
            return Condition.postalPrefix(values(value, at, p -> p));
          case "serviceLevel":
            return Condition.serviceLevel(values(value, at, v -> Enum.valueOf(ServiceLevel.class, v)));
          case "customerTier":
            return Condition.customerTier(values(value, at, v -> Enum.valueOf(CustomerTier.class, v)));
          case "customerTag":
            return Condition.customerTag(values(value, at, t -> t));
          case "orderTag":
            return Condition.orderTag(values(value, at, t -> t));
          case "skuTag":
            return Condition.skuTag(values(value, at, t -> t), b.skus());
          case "locationTag":
            return Condition.locationTag(values(value, at, t -> t));
          case "sku":
            return Condition.sku(values(value, at, name -> {
              Sku sku = Sku.of(name);
              if (b.skus().find(sku).isEmpty()) {
                throw new IllegalArgumentException("unknown SKU '" + name + "' (not in the bound catalog)");
              }
              return sku;
            }));
          case "location":
            return Condition.location(values(value, at, name -> {
              LocationId id = LocationId.of(name);
              if (b.inventory().location(id).isEmpty()) {
                throw new IllegalArgumentException("unknown location '" + name + "'");
              }
              return id;
            }));
          case "orderValueAtLeast":
          case "orderValueBelow": {
            MonetaryAmount amount = amount(value, at);
            return amount == null ? null : key.equals("orderValueAtLeast") ? Condition.orderValueAtLeast(amount)
                : Condition.orderValueBelow(amount);
          }
          case "weightAtLeastGrams":
            if (!value.isIntegralNumber() || value.asLong() < 0) {
              problem(at, "expected a whole number of grams, zero or more, got " + value);
              return null;
            }
            return Condition.weightAtLeastGrams(value.asLong(), b.skus());
          case "promisedWithinDays":
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
              problem(at, "expected a whole number of days, zero or more, got " + value);
              return null;
            }
            return Condition.promisedWithinDays(value.asInt(), b.clock());
          default:
            problem(at, "unknown condition (expected one of " + CONDITIONS + ")");
            return null;
        }
      } catch (BadValue e) {
        return null; // already reported
      } catch (RuntimeException e) {
        problem(at, e.getMessage());
        return null;
      }
    }

    /** The distinct values of a JSON array of strings; reports each bad entry and throws {@link BadValue}. */
    <T> Set<T> values(JsonNode node, String path, Function<String, T> parse) {
      if (!node.isArray() || node.isEmpty()) {
        problem(path, "expected a non-empty array of strings, got " + node);
        throw new BadValue();
      }
      Set<T> out = new HashSet<>();
      boolean bad = false;
      for (int i = 0; i < node.size(); i++) {
        JsonNode v = node.get(i);
        if (!v.isTextual() || v.asText().isBlank()) {
          problem(path + "[" + i + "]", "expected a non-blank string, got " + v);
          bad = true;
          continue;
        }
        try {
          out.add(parse.apply(v.asText()));
        } catch (RuntimeException e) {
          problem(path + "[" + i + "]", e instanceof IllegalArgumentException && e.getMessage() != null
              && !e.getMessage().startsWith("No enum") ? e.getMessage() : "unknown value '" + v.asText() + "'");
          bad = true;
        }
      }
      if (bad) {
        throw new BadValue();
      }
      return out;
    }

    // ---------------------------------------------------------------- small readers

    void fields(JsonNode node, String path, Set<String> allowed) {
      if (!node.isObject()) {
        if (!node.isMissingNode()) {
          problem(path, "expected an object");
        }
        return;
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!allowed.contains(f)) {
          problem(path + "." + f, "unknown field (expected one of " + new java.util.TreeSet<>(allowed) + ")");
        }
      }
    }

    String text(JsonNode node, String path, String field) {
      JsonNode v = node.path(field);
      if (!v.isTextual()) {
        problem(path + "." + field, v.isMissingNode() ? "missing" : "expected a string, got " + v.getNodeType());
        return null;
      }
      return v.asText();
    }

    Integer integer(JsonNode node, String path, String field, int min, int max) {
      JsonNode v = node.path(field);
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        problem(path + "." + field, v.isMissingNode() ? "missing" : "expected a whole number, got " + v);
        return null;
      }
      int i = v.asInt();
      if (i < min || i > max) {
        problem(path + "." + field, i + " is out of range [" + min + ", " + max + "]");
        return null;
      }
      return i;
    }

    Double decimal(JsonNode node, String path, String field) {
      JsonNode v = node.path(field);
      if (!v.isNumber() || v.asDouble() < 0 || !Double.isFinite(v.asDouble())) {
        problem(path + "." + field, v.isMissingNode() ? "missing" : "expected a number of zero or more, got " + v);
        return null;
      }
      return v.asDouble();
    }

    List<String> strings(JsonNode node, String path) {
      List<String> out = new ArrayList<>();
      if (node.isMissingNode()) {
        return out;
      }
      if (!node.isArray()) {
        problem(path, "expected an array of strings");
        return out;
      }
      for (int i = 0; i < node.size(); i++) {
        if (!node.get(i).isTextual() || node.get(i).asText().isBlank()) {
          problem(path + "[" + i + "]", "expected a non-blank string, got " + node.get(i));
        } else {
          out.add(node.get(i).asText());
        }
      }
      return out;
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        problem(path, "unknown value '" + value + "' (expected one of " + EnumSet.allOf(type) + ")");
        return null;
      }
    }

    <E extends Enum<E>> void points(JsonNode node, String path, Class<E> type, PointsSink<E> sink) {
      if (node.isMissingNode()) {
        return;
      }
      if (!node.isObject()) {
        problem(path, "expected an object of points");
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        E key = enumValue(type, e.getKey(), path + "." + e.getKey());
        if (!e.getValue().isIntegralNumber()) {
          problem(path + "." + e.getKey(), "expected a whole number, got " + e.getValue());
        } else if (key != null) {
          sink.put(key, e.getValue().asLong());
        }
      }
    }

    MonetaryAmount amount(JsonNode node, String path) {
      if (!node.isObject()) {
        problem(path, "expected {\"amount\": ..., \"currency\": ...}");
        return null;
      }
      fields(node, path, Set.of("amount", "currency"));
      JsonNode a = node.path("amount");
      String currency = text(node, path, "currency");
      BigDecimal value = null;
      try {
        value = a.isNumber() ? a.decimalValue() : a.isTextual() ? new BigDecimal(a.asText()) : null;
      } catch (NumberFormatException e) {
        value = null;
      }
      if (value == null) {
        problem(path + ".amount", "expected a decimal amount, got " + a);
      }
      CurrencyUnit unit = null;
      if (currency != null) {
        try {
          unit = Monetary.getCurrency(currency);
        } catch (UnknownCurrencyException e) {
          problem(path + ".currency", "unknown currency '" + currency + "'");
        }
      }
      return value != null && unit != null ? Money.of(value, unit) : null;
    }
  }

  /** The condition keys a rule file may use. */
  private static final String CONDITIONS = "[all, any, not, channel, country, region, postalPrefix, serviceLevel, "
      + "customerTier, customerTag, orderTag, skuTag, sku, location, locationTag, orderValueAtLeast, "
      + "orderValueBelow, weightAtLeastGrams, promisedWithinDays]";

  /** A value already reported as a problem. */
  private static final class BadValue extends RuntimeException {
    BadValue() {
      super(null, null, false, false);
    }
  }

  /** Receives the points of one enum constant. */
  @FunctionalInterface
  private interface PointsSink<E> {
    void put(E key, long points);
  }
}
