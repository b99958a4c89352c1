package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.money.MonetaryAmount;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.catalog.SkuCatalog;
import org.oms4j.core.catalog.SkuInfo;
import org.oms4j.core.common.CustomerTier;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderLine;

/**
 * A test over an order and, where a rule weighs locations, a candidate location: what makes rules conditional
 * ({@link SourcingRule#when}, {@link SourcingRule#exclude}, {@link OrderValidator#hold}, per-order policies in {@link
 * Sourcing.Builder#policy(Condition, OrderPolicy)}). Conditions combine with {@link #all}, {@link #any} and {@link
 * #not}, load from JSON with {@link RuleSet#fromJson}, and describe themselves for explanations. Implementations
 * must be immutable and thread-safe.
 */
public interface Condition {
  /** Whether the facts match. */
  boolean test(Facts facts);

  /** What the condition asks, for explanations, e.g. {@code country in [US, CA]}. */
  String describe();

  /**
   * What a condition is tested against.
   *
   * @param order the order
   * @param location the candidate location, when a sourcing rule weighs one; location conditions fail without one
   */
  record Facts(Order order, Optional<Location> location) {
    /** Checks the arguments. */
    public Facts {
      requireNonNull(order, "order");
      requireNonNull(location, "location");
    }

    /** Facts about an order alone. */
    public static Facts of(Order order) {
      return new Facts(order, Optional.empty());
    }

    /** Facts about an order and a candidate location. */
    public static Facts of(Order order, Location location) {
      return new Facts(order, Optional.of(location));
    }
  }

  /** Always true. */
  static Condition always() {
    return of("always", facts -> true);
  }

  /** True when every one of {@code conditions} is (true when there are none). */
  static Condition all(List<Condition> conditions) {
    List<Condition> list = List.copyOf(conditions);
    return of("all of " + descriptions(list), facts -> {
      for (Condition c : list) {
        if (!c.test(facts)) {
          return false;
        }
      }
      return true;
    });
  }

  /** True when at least one of {@code conditions} is (false when there are none). */
  static Condition any(List<Condition> conditions) {
    List<Condition> list = List.copyOf(conditions);
    return of("any of " + descriptions(list), facts -> {
      for (Condition c : list) {
        if (c.test(facts)) {
          return true;
        }
      }
      return false;
    });
  }

  /** True when {@code condition} is not. */
  static Condition not(Condition condition) {
    requireNonNull(condition, "condition");
    return of("not (" + condition.describe() + ")", facts -> !condition.test(facts));
  }

  /** The order came in through one of these channels. */
  static Condition channel(Set<SalesChannel> channels) {
    return in("channel", channels, SalesChannel::value, facts -> facts.order().draft().channel());
  }

  /** The order ships to one of these countries (ISO 3166 alpha-2). */
  static Condition country(Set<String> countries) {
    return in("country", countries, c -> c, facts -> facts.order().draft().shipTo().country());
  }

  /** The order ships to one of these regions (state, province), e.g. {@code CA}; false when it has none. */
  static Condition region(Set<String> regions) {
    return in("region", regions, r -> r, facts -> facts.order().draft().shipTo().region().orElse(null));
  }

  /** The ship-to postal code starts with one of these prefixes (spaces ignored). */
  static Condition postalPrefix(Set<String> prefixes) {
    Set<String> set = nonEmpty("postalPrefix", prefixes);
    return of("postal code starts with one of " + new TreeSet<>(set), facts -> {
      String code = facts.order().draft().shipTo().postalCode().replace(" ", "");
      for (String p : set) {
        if (code.startsWith(p.replace(" ", ""))) {
          return true;
        }
      }
      return false;
    });
  }

  /** The order's service level is one of these. */
  static Condition serviceLevel(Set<ServiceLevel> levels) {
    return in("service level", levels, Enum::name, facts -> facts.order().draft().serviceLevel());
  }

  /** The customer's tier is one of these. */
  static Condition customerTier(Set<CustomerTier> tiers) {
    return in("customer tier", tiers, Enum::name, facts -> facts.order().draft().customer().tier());
  }

  /** The customer carries at least one of these tags. */
  static Condition customerTag(Set<String> tags) {
    Set<String> set = nonEmpty("customerTag", tags);
    return of("customer tagged any of " + new TreeSet<>(set),
        facts -> intersects(facts.order().draft().customer().tags(), set));
  }

  /** The order carries at least one of these tags. */
  static Condition orderTag(Set<String> tags) {
    Set<String> set = nonEmpty("orderTag", tags);
    return of("order tagged any of " + new TreeSet<>(set), facts -> intersects(facts.order().draft().tags(), set));
  }

  /** At least one line's SKU carries at least one of these tags in the catalog (e.g. {@code hazmat}). */
  static Condition skuTag(Set<String> tags, SkuCatalog catalog) {
    Set<String> set = nonEmpty("skuTag", tags);
    requireNonNull(catalog, "catalog");
    return of("a SKU tagged any of " + new TreeSet<>(set), facts -> {
      for (OrderLine line : facts.order().lines()) {
        Optional<SkuInfo> info = catalog.find(line.sku());
        if (info.isPresent() && intersects(info.get().tags(), set)) {
          return true;
        }
      }
      return false;
    });
  }

  /** The candidate location carries at least one of these tags; false when no location is weighed. */
  static Condition locationTag(Set<String> tags) {
    Set<String> set = nonEmpty("locationTag", tags);
    return of("location tagged any of " + new TreeSet<>(set),
        facts -> facts.location().isPresent() && intersects(facts.location().get().tags(), set));
  }

  /** The order has a line of one of these SKUs. */
  static Condition sku(Set<Sku> skus) {
    Set<Sku> set = nonEmpty("sku", skus);
    TreeSet<String> names = new TreeSet<>();
    set.forEach(s -> names.add(s.value()));
    return of("a line of " + names, facts -> {
      for (OrderLine line : facts.order().lines()) {
        if (set.contains(line.sku())) {
          return true;
        }
      }
      return false;
    });
  }

  /** The candidate location is one of these; false when no location is weighed. */
  static Condition location(Set<LocationId> locations) {
    return in("location", locations, LocationId::value,
        facts -> facts.location().map(Location::id).orElse(null));
  }

  /** The order's total is at least {@code amount}; false for orders in another currency. */
  static Condition orderValueAtLeast(MonetaryAmount amount) {
    requireNonNull(amount, "amount");
    return of("order total at least " + amount, facts -> facts.order().currency().equals(amount.getCurrency())
        && facts.order().total().isGreaterThanOrEqualTo(amount));
  }

  /** The order's total is below {@code amount}; false for orders in another currency. */
  static Condition orderValueBelow(MonetaryAmount amount) {
    requireNonNull(amount, "amount");
    return of("order total below " + amount, facts -> facts.order().currency().equals(amount.getCurrency())
        && facts.order().total().isLessThan(amount));
  }

  /**
   * The order weighs at least {@code grams}: units times the catalog's unit weight (SKUs without a weight count
   * as zero).
   *
   * @throws InvalidInputException if {@code grams} is negative
   */
  static Condition weightAtLeastGrams(long grams, SkuCatalog catalog) {
    if (grams < 0) {
      throw new InvalidInputException("weightAtLeastGrams", grams, "must not be negative");
    }
    requireNonNull(catalog, "catalog");
    return of("order weighs at least " + grams + " g", facts -> {
      long total = 0;
      for (OrderLine line : facts.order().lines()) {
        total += line.quantity() * catalog.find(line.sku()).map(i -> i.weightGrams().orElse(0)).orElse(0L);
      }
      return total >= grams;
    });
  }

  /**
   * The order has a promised delivery date no more than {@code days} days after today ({@code clock}'s date);
   * false for orders without one.
   *
   * @throws InvalidInputException if {@code days} is negative
   */
  static Condition promisedWithinDays(int days, Clock clock) {
    if (days < 0) {
      throw new InvalidInputException("promisedWithinDays", days, "must not be negative");
    }
    requireNonNull(clock, "clock");
    return of("promised within " + days + " days", facts -> {
      Optional<LocalDate> promised = facts.order().draft().promisedDelivery();
      return promised.isPresent() && ChronoUnit.DAYS.between(LocalDate.now(clock), promised.get()) <= days;
    });
  }

  /** A condition from a description and a predicate. */
  static Condition of(String description, Predicate<Facts> test) {
    requireNonNull(description, "description");
    requireNonNull(test, "test");
    return new Condition() {
      @Override
      public boolean test(Facts facts) {
        return test.test(facts);
      }

      @Override
      public String describe() {
        return description;
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }

  private static <T> Condition in(String what, Set<T> values, Function<T, String> name,
      Function<Facts, T> value) {
    Set<T> set = nonEmpty(what, values);
    TreeSet<String> names = new TreeSet<>();
    set.forEach(v -> names.add(name.apply(v)));
    return of(what + " in " + names, facts -> {
      T v = value.apply(facts);
      return v != null && set.contains(v);
    });
  }

  private static <T> Set<T> nonEmpty(String field, Set<T> values) {
    Set<T> set = Set.copyOf(requireNonNull(values, field));
    if (set.isEmpty()) {
      throw new InvalidInputException(field, "[]", "needs at least one value");
    }
    return set;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String s : b) {
      if (a.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static String descriptions(List<Condition> conditions) {
    StringBuilder sb = new StringBuilder("[");
    for (Condition c : conditions) {
      sb.append(sb.length() > 1 ? "; " : "").append(c.describe());
    }
    return sb.append(']').toString();
  }
}
