package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.order.Order;

/**
 * One link of a sourcing chain, as in Shopify's order routing: it removes candidate locations ({@link #excludes})
 * and/or orders them ({@link #rank}: lower is better; candidates a rule ranks equal are ordered by the next rule).
 * The chain's order becomes a preference that {@link Sourcing} weighs together with shipping cost and split
 * penalty. Implementations must be thread-safe.
 */
public interface SourcingRule {
  /** The rule's name, as explanations show it. */
  String name();

  /** Why this rule removes the candidate from the order's options, or empty to keep it. */
  default Optional<String> excludes(Order order, Candidate candidate) {
    return Optional.empty();
  }

  /** The candidate's sort key under this rule: lower is better. */
  default double rank(Order order, Candidate candidate) {
    return 0;
  }

  /** Prefers the locations in this order; locations not listed come after them. */
  static SourcingRule rankedLocations(List<LocationId> preferred) {
    Map<LocationId, Integer> position = new HashMap<>();
    for (LocationId id : preferred) {
      position.putIfAbsent(requireNonNull(id, "preferred"), position.size());
    }
    return new SourcingRule() {
      @Override
      public String name() {
        return "ranked-locations";
      }

      @Override
      public double rank(Order order, Candidate c) {
        return position.getOrDefault(c.location().id(), position.size());
      }
    };
  }

  /**
   * Prefers the closest locations (great-circle distance); unknown distances come last. Its rank key grows with the
   * distance but is not in km (it is the squared chord between the two points on the unit sphere).
   */
  static SourcingRule closest() {
    return new SourcingRule() {
      @Override
      public String name() {
        return "closest-location";
      }

      @Override
      public double rank(Order order, Candidate c) {
        double closeness = c.closeness(); // in the order of distance, without working distances out
        return Double.isNaN(closeness) ? Double.MAX_VALUE : closeness;
      }
    };
  }

  /** Keeps only locations that ship from the order's destination country. */
  static SourcingRule sameCountry() {
    return new SourcingRule() {
      /** Reasons by ship-from and destination country, built once per pair (a few hundred at most). */
      private final Map<String, Map<String, Optional<String>>> reasons = new ConcurrentHashMap<>();

      @Override
      public String name() {
        return "same-country";
      }

      @Override
      public Optional<String> excludes(Order order, Candidate c) {
        String from = c.location().shipFrom().country();
        String to = order.draft().shipTo().country();
        if (from.equals(to)) {
          return Optional.empty();
        }
        Map<String, Optional<String>> byDestination = reasons.get(from); // no capturing lambda once built
        if (byDestination == null) {
          byDestination = reasons.computeIfAbsent(from, f -> new ConcurrentHashMap<>());
        }
        Optional<String> reason = byDestination.get(to);
        return reason != null ? reason
            : byDestination.computeIfAbsent(to, t -> Optional.of("ships from " + from + ", the order goes to " + t));
      }
    };
  }

  /** Keeps locations carrying every tag of {@code include} and none of {@code exclude}. */
  static SourcingRule tags(Set<String> include, Set<String> exclude) {
    // sorted arrays: checked in the same order on every run (a set's order varies between JVMs), without iterators
    String[] in = include.stream().map(t -> requireNonNull(t, "include")).sorted().distinct().toArray(String[]::new);
    String[] out = exclude.stream().map(t -> requireNonNull(t, "exclude")).sorted().distinct().toArray(String[]::new);
    Optional<String> lacking = Optional.of("lacks a required tag of " + Arrays.toString(in));
    List<Optional<String>> tagged = Arrays.stream(out).map(t -> Optional.of("tagged " + t)).toList();
    return new SourcingRule() {
      @Override
      public String name() {
        return "location-tags";
      }

      @Override
      public Optional<String> excludes(Order order, Candidate c) {
        Set<String> tags = c.location().tags();
        for (String t : in) {
          if (!tags.contains(t)) {
            return lacking;
          }
        }
        for (int t = 0; t < out.length; t++) {
          if (tags.contains(out[t])) {
            return tagged.get(t);
          }
        }
        return Optional.empty();
      }
    };
  }

  /** Prefers locations that can supply more of the order on their own (fewer splits). */
  static SourcingRule mostComplete() {
    return new SourcingRule() {
      @Override
      public String name() {
        return "most-complete";
      }

      @Override
      public double rank(Order order, Candidate c) {
        return -c.coverableUnits();
      }
    };
  }

  /**
   * Applies {@code rule} only to orders that match {@code when} (tested on the order alone); other orders see a
   * rule that keeps every candidate and ranks them all equal.
   */
  static SourcingRule when(Condition when, SourcingRule rule) {
    requireNonNull(when, "when");
    requireNonNull(rule, "rule");
    String name = rule.name() + " when " + when.describe();
    return new SourcingRule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<String> excludes(Order order, Candidate candidate) {
        return when.test(Condition.Facts.of(order)) ? rule.excludes(order, candidate) : Optional.empty();
      }

      @Override
      public double rank(Order order, Candidate candidate) {
        return when.test(Condition.Facts.of(order)) ? rule.rank(order, candidate) : 0;
      }
    };
  }

  /**
   * Removes the candidates for which {@code where} holds, tested on the order and the candidate location (e.g.
   * "a SKU tagged hazmat and not location tagged hazmat-ok").
   *
   * @param name the rule's name in explanations
   * @param reason why a candidate is removed, for explanations
   */
  static SourcingRule exclude(String name, Condition where, String reason) {
    org.oms4j.core.internal.Checks.text("name", name, 100);
    requireNonNull(where, "where");
    org.oms4j.core.internal.Checks.text("reason", reason, 500);
    return new SourcingRule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<String> excludes(Order order, Candidate candidate) {
        return where.test(Condition.Facts.of(order, candidate.location())) ? Optional.of(reason) : Optional.empty();
      }
    };
  }

  /**
   * Prefers locations that can still hand parcels to a carrier today: before the latest of their carrier cut-offs
   * ({@link Location#carrierCutoffs()}, in the location's time zone) on {@code clock}'s current time; locations
   * without cut-offs count as able. Orders of a service level in {@code mustShipToday} (e.g. next day) never go to a
   * location past its cut-off.
   */
  static SourcingRule beforeCutoff(Clock clock, Set<ServiceLevel> mustShipToday) {
    requireNonNull(clock, "clock");
    Set<ServiceLevel> urgent = Set.copyOf(mustShipToday);
    return new SourcingRule() {
      @Override
      public String name() {
        return "carrier-cutoff";
      }

      @Override
      public Optional<String> excludes(Order order, Candidate c) {
        if (!urgent.contains(order.draft().serviceLevel()) || canShipToday(c.location())) {
          return Optional.empty();
        }
        return Optional.of("past its last carrier cut-off " + latestCutoff(c.location()).orElseThrow() + " ("
            + c.location().zone() + ") and the order is " + order.draft().serviceLevel());
      }

      @Override
      public double rank(Order order, Candidate c) {
        return canShipToday(c.location()) ? 0 : 1;
      }

      private boolean canShipToday(Location location) {
        Optional<LocalTime> cutoff = latestCutoff(location);
        return cutoff.isEmpty() || LocalTime.now(clock.withZone(location.zone())).isBefore(cutoff.get());
      }

      private Optional<LocalTime> latestCutoff(Location location) {
        return location.carrierCutoffs().values().stream().max(LocalTime::compareTo);
      }
    };
  }
}
