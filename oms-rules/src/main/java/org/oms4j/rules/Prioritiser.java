package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.CustomerTier;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.order.Order;

/**
 * Scores orders for processing: customer tier, order value, service level, slack before the promised delivery date,
 * slack before today's carrier cut-off for orders that must leave today, age, and points for orders matching any
 * {@link Condition}. Every score comes with its breakdown, and {@link #inProcessingOrder} is deterministic: score, then
 * oldest first, then order id. Immutable and thread-safe; build it with {@link #builder()}.
 */
public final class Prioritiser {
  private final Clock clock;
  private final Map<CustomerTier, Long> tierPoints;
  private final Map<ServiceLevel, Long> servicePoints;
  private final Map<CurrencyUnit, MonetaryAmount> valuePerPoint;
  private final long maxValuePoints;
  private final long pointsPerDayOfUrgency;
  private final int urgencyHorizonDays;
  private final long pointsPerHourOfAge;
  private final List<Cutoff> cutoffs;
  private final List<ConditionalPoints> conditional;

  private Prioritiser(Builder b) {
    this.clock = b.clock;
    this.tierPoints = new EnumMap<>(b.tierPoints);
    this.servicePoints = new EnumMap<>(b.servicePoints);
    this.valuePerPoint = Map.copyOf(b.valuePerPoint);
    this.maxValuePoints = b.maxValuePoints;
    this.pointsPerDayOfUrgency = b.pointsPerDayOfUrgency;
    this.urgencyHorizonDays = b.urgencyHorizonDays;
    this.pointsPerHourOfAge = b.pointsPerHourOfAge;
    this.cutoffs = List.copyOf(b.cutoffs);
    this.conditional = List.copyOf(b.conditional);
  }

  /** Points as the carrier cut-off nears for orders of some service levels. */
  private record Cutoff(LocalTime time, ZoneId zone, Set<ServiceLevel> levels, long pointsPerHour, int horizonHours) {}

  /** Points for the orders a condition matches. */
  private record ConditionalPoints(String rule, Condition when, long points) {}

  /**
   * A builder with defaults: VIP +1000, PREFERRED +200; SAME_DAY +800, NEXT_DAY +500, TWO_DAY +250, EXPEDITED
   * +100; urgency +100 per day inside a 5-day horizon before the promised date; +1 per hour of age; no value
   * points until {@link Builder#valuePerPoint} is set for a currency.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The score of an order, with its breakdown. */
  public PriorityScore score(Order order) {
    requireNonNull(order, "order");
    List<PriorityScore.Component> parts = new ArrayList<>(5);
    CustomerTier tier = order.draft().customer().tier();
    add(parts, "customer-tier", tierPoints.getOrDefault(tier, 0L), tier.name());
    ServiceLevel level = order.draft().serviceLevel();
    add(parts, "service-level", servicePoints.getOrDefault(level, 0L), level.name());
    MonetaryAmount perPoint = valuePerPoint.get(order.currency());
    if (perPoint != null) {
      BigDecimal total = order.total().getNumber().numberValue(BigDecimal.class);
      BigDecimal unit = perPoint.getNumber().numberValue(BigDecimal.class);
      long points = Math.min(maxValuePoints, total.divide(unit, 0, RoundingMode.DOWN).longValue());
      add(parts, "order-value", points, order.total() + " at 1 point per " + perPoint);
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    order.draft().promisedDelivery().ifPresent(promised -> {
      long slack = ChronoUnit.DAYS.between(today, promised);
      long urgent = Math.max(0, urgencyHorizonDays - slack);
      add(parts, "promised-date", urgent * pointsPerDayOfUrgency,
          slack < 0 ? "promised " + promised + ", already " + -slack + " days late" : slack + " days before " + promised);
    });
    for (Cutoff c : cutoffs) {
      if (c.levels().contains(level)) {
        ZonedDateTime now = clock.instant().atZone(c.zone());
        ZonedDateTime cutoff = now.toLocalDate().atTime(c.time()).atZone(c.zone());
        long minutesLeft = Duration.between(now, cutoff).toMinutes();
        if (minutesLeft >= 0) {
          long hoursInside = Math.max(0, c.horizonHours() - minutesLeft / 60);
          add(parts, "carrier-cutoff", hoursInside * c.pointsPerHour(), minutesLeft + " minutes before the "
              + c.time() + " cut-off (" + c.zone() + ")");
        }
      }
    }
    if (!conditional.isEmpty()) {
      Condition.Facts facts = Condition.Facts.of(order);
      for (ConditionalPoints c : conditional) {
        if (c.when().test(facts)) {
          add(parts, c.rule(), c.points(), c.when().describe());
        }
      }
    }
    long hours = Math.max(0, Duration.between(order.createdAt(), clock.instant()).toHours());
    add(parts, "age", hours * pointsPerHourOfAge, hours + " hours old");
    long total = 0;
    for (PriorityScore.Component c : parts) {
      total = Math.addExact(total, c.points());
    }
    return new PriorityScore(order.id(), total, parts);
  }

  private static void add(List<PriorityScore.Component> parts, String rule, long points, String why) {
    if (points != 0) {
      parts.add(new PriorityScore.Component(rule, points, why));
    }
  }

  /** The orders in processing order: highest score first, then oldest, then by order id. */
  public List<Order> inProcessingOrder(Collection<Order> orders) {
    Map<Order, Long> scores = new HashMap<>();
    for (Order o : orders) {
      scores.put(o, score(o).points());
    }
    List<Order> sorted = new ArrayList<>(orders);
    sorted.sort(Comparator.<Order>comparingLong(scores::get).reversed().thenComparing(Order::createdAt)
        .thenComparing(o -> o.id().value()));
    return sorted;
  }

  /** Builds a {@link Prioritiser}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private final Map<CustomerTier, Long> tierPoints = new EnumMap<>(Map.of(CustomerTier.VIP, 1000L,
        CustomerTier.PREFERRED, 200L));
    private final Map<ServiceLevel, Long> servicePoints = new EnumMap<>(Map.of(ServiceLevel.SAME_DAY, 800L,
        ServiceLevel.NEXT_DAY, 500L, ServiceLevel.TWO_DAY, 250L, ServiceLevel.EXPEDITED, 100L));
    private final Map<CurrencyUnit, MonetaryAmount> valuePerPoint = new HashMap<>();
    private long maxValuePoints = 1_000;
    private long pointsPerDayOfUrgency = 100;
    private int urgencyHorizonDays = 5;
    private long pointsPerHourOfAge = 1;
    private final List<Cutoff> cutoffs = new ArrayList<>();
    private final List<ConditionalPoints> conditional = new ArrayList<>();

    private Builder() {}

    /** The clock for urgency and age. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** Points for a customer tier. */
    public Builder tierPoints(CustomerTier tier, long points) {
      tierPoints.put(requireNonNull(tier, "tier"), points);
      return this;
    }

    /** Points for a service level. */
    public Builder servicePoints(ServiceLevel level, long points) {
      servicePoints.put(requireNonNull(level, "level"), points);
      return this;
    }

    /**
     * One point per {@code amount} of order total in its currency, up to {@code maxPoints} (default 1000).
     *
     * @throws InvalidInputException if the amount is not positive
     */
    public Builder valuePerPoint(MonetaryAmount amount) {
      requireNonNull(amount, "amount");
      if (!amount.isPositive()) {
        throw new InvalidInputException("valuePerPoint", amount, "must be positive");
      }
      valuePerPoint.put(amount.getCurrency(), amount);
      return this;
    }

    /** The most points order value can earn. */
    public Builder maxValuePoints(long maxPoints) {
      this.maxValuePoints = maxPoints;
      return this;
    }

    /**
     * Points per day of urgency: an order earns {@code points x (horizonDays - days left before its promised date)}
     * when that is positive (late orders earn more).
     *
     * @throws InvalidInputException if the horizon is negative
     */
    public Builder urgency(long points, int horizonDays) {
      if (horizonDays < 0) {
        throw new InvalidInputException("horizonDays", horizonDays, "must not be negative");
      }
      this.pointsPerDayOfUrgency = points;
      this.urgencyHorizonDays = horizonDays;
      return this;
    }

    /** Points per hour since the order was created. */
    public Builder pointsPerHourOfAge(long points) {
      this.pointsPerHourOfAge = points;
      return this;
    }

    /**
     * Points as today's carrier cut-off nears, for orders of the given service levels (those that must leave
     * today): {@code pointsPerHour x (horizonHours - whole hours left)} when positive, until the cut-off passes.
     *
     * @param time the cut-off, local time in {@code zone}
     * @throws InvalidInputException if the horizon is negative or no service level is given
     */
    public Builder carrierCutoff(LocalTime time, ZoneId zone, Set<ServiceLevel> levels, long pointsPerHour,
        int horizonHours) {
      requireNonNull(time, "time");
      requireNonNull(zone, "zone");
      if (levels.isEmpty()) {
        throw new InvalidInputException("serviceLevels", "[]", "name at least one service level");
      }
      if (horizonHours < 0) {
        throw new InvalidInputException("horizonHours", horizonHours, "must not be negative");
      }
      cutoffs.add(new Cutoff(time, zone, Set.copyOf(levels), pointsPerHour, horizonHours));
      return this;
    }

    /** Points for orders that match a condition, e.g. +300 for B2B customers; listed under {@code rule}. */
    public Builder points(String rule, Condition when, long points) {
      conditional.add(new ConditionalPoints(org.oms4j.core.internal.Checks.text("rule", rule, 100),
          requireNonNull(when, "when"), points));
      return this;
    }

    /** The configured {@link Prioritiser}. */
    public Prioritiser build() {
      return new Prioritiser(this);
    }
  }
}
