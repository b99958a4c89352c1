package org.oms4j.carriers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.money.MonetaryAmount;
import org.oms4j.carriers.internal.GuardedCarrier;
import org.oms4j.carriers.spi.AddressRejectedException;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.CarrierAuthenticationException;
import org.oms4j.carriers.spi.CarrierId;
import org.oms4j.carriers.spi.CarrierService;
import org.oms4j.carriers.spi.InvalidRequestException;
import org.oms4j.carriers.spi.Rate;
import org.oms4j.carriers.spi.ServiceFeature;
import org.oms4j.carriers.spi.ServiceUnavailableException;
import org.oms4j.carriers.spi.ShipmentOption;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.TransientCarrierException;
import org.oms4j.core.InvalidInputException;

/**
 * Asks every eligible carrier for rates at once, each with its own timeout, filters the rates, ranks them by a
 * {@link ShoppingStrategy} with deterministic tie-breaks, tags the cheapest, fastest and best-value options and
 * explains the choice. A slow or failing carrier never blocks the others: it is listed in {@link
 * ShopResult#missing()} with the reason. Quotes are cached per carrier and shipment for a configurable time (the
 * {@link Clock} decides expiry). Deadlines are counted on the shopper's {@link BusinessCalendar}.
 */
public final class RateShopper implements AutoCloseable {
  private final List<Carrier> carriers;
  private final Clock clock;
  private final ExecutorService ownedExecutor;
  private final java.util.concurrent.Executor executor;
  private final Duration timeout;
  private final Duration cacheTtl;
  private final BusinessCalendar calendar;
  private final Map<CacheKey, CacheEntry> cache = new ConcurrentHashMap<>();

  private record CacheKey(CarrierId carrier, ShipmentRequest shipment) {}

  private record CacheEntry(Instant expires, List<Rate> rates) {}

  private RateShopper(Builder b) {
    this.carriers = List.copyOf(b.carriers.values());
    this.clock = b.clock;
    this.timeout = b.timeout;
    this.cacheTtl = b.cacheTtl;
    this.calendar = b.calendar;
    if (b.executor == null) {
      this.ownedExecutor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "oms4j-rate-shopper");
        t.setDaemon(true);
        return t;
      });
      this.executor = ownedExecutor;
    } else {
      this.ownedExecutor = null;
      this.executor = b.executor;
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Shops {@code request}: never throws for a carrier's failure; see {@link ShopResult#missing()}.
   *
   * @throws InvalidInputException if rates that pass the filters come in more than one currency (shop carriers of
   *     one currency, or filter by carrier)
   */
  public ShopResult shop(ShopRequest request) {
    Objects.requireNonNull(request, "request");
    Instant now = clock.instant();
    ShipmentRequest shipment = request.shipment();
    List<MissingCarrier> missing = new ArrayList<>();
    Map<CarrierId, CompletableFuture<List<Rate>>> pending = new LinkedHashMap<>();
    for (Carrier c : carriers) {
      CarrierId id = c.metadata().id();
      Optional<String> ineligible = ineligible(c, request);
      if (ineligible.isPresent()) {
        missing.add(new MissingCarrier(id, MissingCarrier.Reason.INELIGIBLE, ineligible.get()));
        continue;
      }
      CacheKey key = new CacheKey(id, shipment);
      CacheEntry cached = cache.get(key);
      if (cached != null && now.isBefore(cached.expires())) {
        pending.put(id, CompletableFuture.completedFuture(cached.rates()));
      } else {
        pending.put(id, c.ratesAsync(shipment, executor, timeout));
      }
    }
    List<Rate> rates = new ArrayList<>();
    for (Map.Entry<CarrierId, CompletableFuture<List<Rate>>> e : pending.entrySet()) {
      try {
        List<Rate> got = e.getValue().join();
        if (!cacheTtl.isZero()) {
          cache.put(new CacheKey(e.getKey(), shipment), new CacheEntry(now.plus(cacheTtl), got));
        }
        rates.addAll(got);
      } catch (CompletionException | java.util.concurrent.CancellationException ex) {
        missing.add(missing(e.getKey(), ex.getCause() == null ? ex : ex.getCause()));
      }
    }
    if (cache.size() > 10_000) {
      cache.values().removeIf(entry -> !now.isBefore(entry.expires()));
    }
    return rank(request, rates, missing, now);
  }

  private Optional<String> ineligible(Carrier c, ShopRequest r) {
    CarrierId id = c.metadata().id();
    if (!r.includeCarriers().isEmpty() && !r.includeCarriers().contains(id)) {
      return Optional.of("not in the included carriers");
    }
    if (r.excludeCarriers().contains(id)) {
      return Optional.of("excluded");
    }
    String country = r.shipment().shipTo().country();
    if (!c.metadata().countries().contains(country)) {
      return Optional.of("does not deliver to " + country);
    }
    boolean anyService = c.metadata().services().stream()
        .anyMatch(s -> serviceRefusal(c, s, r).isEmpty());
    return anyService ? Optional.empty() : Optional.of("no service passes the filters");
  }

  private static Set<ServiceFeature> requiredFeatures(ShopRequest r) {
    Set<ServiceFeature> needed = EnumSet.noneOf(ServiceFeature.class);
    needed.addAll(r.requiredFeatures());
    for (ShipmentOption o : r.shipment().options()) {
      needed.add(o.requiredFeature());
    }
    return needed;
  }

  private static Optional<String> serviceRefusal(Carrier c, CarrierService s, ShopRequest r) {
    var key = new org.oms4j.carriers.spi.ServiceKey(c.metadata().id(), s.code());
    if (!r.includeServices().isEmpty() && !r.includeServices().contains(key)) {
      return Optional.of("not in the included services");
    }
    if (r.excludeServices().contains(key)) {
      return Optional.of("excluded service");
    }
    for (ServiceFeature f : requiredFeatures(r)) {
      if (!s.features().contains(f)) {
        return Optional.of("does not offer " + f);
      }
    }
    return Optional.empty();
  }

  private static MissingCarrier missing(CarrierId id, Throwable t) {
    MissingCarrier.Reason reason;
    if (t instanceof TransientCarrierException) {
      reason = t.getCause() instanceof java.util.concurrent.TimeoutException ? MissingCarrier.Reason.TIMEOUT
          : MissingCarrier.Reason.TRANSIENT;
    } else if (t instanceof CarrierAuthenticationException) {
      reason = MissingCarrier.Reason.AUTHENTICATION;
    } else if (t instanceof AddressRejectedException) {
      reason = MissingCarrier.Reason.ADDRESS_REJECTED;
    } else if (t instanceof InvalidRequestException || t instanceof InvalidInputException) {
      reason = MissingCarrier.Reason.INVALID_REQUEST;
    } else if (t instanceof ServiceUnavailableException) {
      reason = MissingCarrier.Reason.SERVICE_UNAVAILABLE;
    } else {
      reason = MissingCarrier.Reason.PLUGIN_FAILURE;
    }
    return new MissingCarrier(id, reason, String.valueOf(t.getMessage()));
  }

  private record Candidate(Rate rate, Optional<LocalDate> delivery) {}

  private ShopResult rank(ShopRequest r, List<Rate> rates, List<MissingCarrier> missing, Instant now) {
    LocalDate shipDay = calendar.shipDay(r.shipment().shipDate(), now);
    Optional<LocalDate> deadline = r.deliverBy();
    List<RejectedRate> rejected = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    Map<CarrierId, Carrier> byId = new LinkedHashMap<>();
    carriers.forEach(c -> byId.put(c.metadata().id(), c));
    for (Rate rate : rates) {
      Carrier c = byId.get(rate.key().carrier());
      Optional<CarrierService> service = c.metadata().service(rate.key().service());
      if (service.isEmpty()) {
        rejected.add(new RejectedRate(rate, "service not in the carrier's metadata"));
        continue;
      }
      Optional<String> refusal = serviceRefusal(c, service.get(), r);
      if (refusal.isPresent()) {
        rejected.add(new RejectedRate(rate, refusal.get()));
        continue;
      }
      Optional<LocalDate> delivery = delivery(rate, shipDay, r.confidence());
      if (deadline.isPresent()) {
        if (!rate.transitDayProbabilities().isEmpty() && rate.guaranteedDelivery().isEmpty()) {
          BigDecimal p = probabilityBy(rate, calendar.businessDaysBetween(shipDay, deadline.get()));
          if (p.compareTo(r.confidence()) < 0) {
            rejected.add(new RejectedRate(rate, "arrives by " + deadline.get() + " with probability "
                + p.toPlainString() + ", below the confidence " + r.confidence().toPlainString()));
            continue;
          }
        } else if (delivery.isPresent() && delivery.get().isAfter(deadline.get())) {
          rejected.add(new RejectedRate(rate, "delivers " + delivery.get() + ", after the deadline "
              + deadline.get()));
          continue;
        } else if (delivery.isEmpty() && r.missingEstimates() == MissingEstimatePolicy.EXCLUDE) {
          rejected.add(new RejectedRate(rate, "no delivery estimate"));
          continue;
        }
      }
      candidates.add(new Candidate(rate, delivery));
    }
    if (candidates.stream().map(c -> c.rate().total().getCurrency()).distinct().count() > 1) {
      throw new InvalidInputException("rates", candidates.stream().map(c -> c.rate().total().getCurrency())
          .distinct().toList(), "carriers quoted in several currencies; shop carriers of one currency");
    }
    // best value
    Map<Candidate, MonetaryAmount> scores = new LinkedHashMap<>();
    Map<Candidate, Integer> early = new LinkedHashMap<>();
    int latestKnown = candidates.stream().flatMap(c -> c.delivery().stream())
        .mapToInt(d -> calendar.businessDaysBetween(shipDay, d)).max().orElse(0);
    for (Candidate c : candidates) {
      if (deadline.isPresent() && c.delivery().isPresent()) {
        early.put(c, calendar.businessDaysBetween(c.delivery().get(), deadline.get()));
      }
      if (r.valueOfDay().isPresent()) {
        MonetaryAmount day = r.valueOfDay().get();
        int transit = c.delivery().map(d -> calendar.businessDaysBetween(shipDay, d)).orElse(latestKnown + 1);
        int penaltyDays = deadline.isPresent()
            ? -(c.delivery().isPresent() ? early.get(c) : calendar.businessDaysBetween(shipDay, deadline.get())
                - (latestKnown + 1))
            : transit;
        scores.put(c, c.rate().total().add(day.multiply(penaltyDays)));
      }
    }
    Comparator<Candidate> byKey = Comparator.comparing(c -> c.rate().key());
    Comparator<Candidate> byDate = Comparator.comparing(c -> c.delivery().orElse(LocalDate.MAX));
    Comparator<Candidate> byPrice = Comparator.comparing(c -> c.rate().total());
    Comparator<Candidate> cheapest = byPrice.thenComparing(byDate).thenComparing(byKey);
    Comparator<Candidate> fastest = byDate.thenComparing(byPrice).thenComparing(byKey);
    Comparator<Candidate> bestValue = Comparator.<Candidate, MonetaryAmount>comparing(scores::get)
        .thenComparing(byPrice).thenComparing(byDate).thenComparing(byKey);
    Comparator<Candidate> order = switch (r.strategy()) {
      case CHEAPEST -> cheapest;
      case FASTEST -> fastest;
      case BEST_VALUE -> bestValue;
    };
    List<Candidate> sorted = candidates.stream().sorted(order).toList();
    Optional<Candidate> cheapestOne = candidates.stream().min(cheapest);
    Optional<Candidate> fastestOne = candidates.stream().filter(c -> c.delivery().isPresent()).min(fastest);
    Optional<Candidate> bestOne = r.valueOfDay().isPresent() ? candidates.stream().min(bestValue) : Optional.empty();
    List<RateOption> options = new ArrayList<>();
    for (Candidate c : sorted) {
      Set<RateTag> tags = EnumSet.noneOf(RateTag.class);
      if (cheapestOne.orElse(null) == c) {
        tags.add(RateTag.CHEAPEST);
      }
      if (fastestOne.orElse(null) == c) {
        tags.add(RateTag.FASTEST);
      }
      if (bestOne.orElse(null) == c) {
        tags.add(RateTag.BEST_VALUE);
      }
      options.add(new RateOption(c.rate(), c.delivery(), Optional.ofNullable(early.get(c)),
          Optional.ofNullable(scores.get(c)), tags));
    }
    return new ShopResult(options, rejected, missing, explain(r, options, rejected, missing));
  }

  private static List<String> explain(ShopRequest r, List<RateOption> options, List<RejectedRate> rejected,
      List<MissingCarrier> missing) {
    List<String> lines = new ArrayList<>();
    if (options.isEmpty()) {
      lines.add("No rate passed the filters (" + rejected.size() + " rejected, " + missing.size()
          + " carriers without rates).");
    } else {
      RateOption chosen = options.get(0);
      lines.add("Chose " + chosen.rate().key() + " at " + chosen.rate().total() + ", delivering "
          + chosen.delivery().map(LocalDate::toString).orElse("on an unknown date") + ", by strategy "
          + r.strategy() + (chosen.tags().isEmpty() ? "" : " (tagged " + chosen.tags() + ")") + ".");
      chosen.score().ifPresent(s -> lines.add("Its value score is " + s + " (total adjusted by "
          + r.valueOfDay().orElseThrow() + " per business day" + (r.deliverBy().isPresent() ? " early or late)."
          : " in transit).")));
      if (options.size() > 1) {
        RateOption next = options.get(1);
        lines.add("Runner-up " + next.rate().key() + " at " + next.rate().total() + ", delivering "
            + next.delivery().map(LocalDate::toString).orElse("on an unknown date") + ".");
      }
    }
    r.deliverBy().ifPresent(d -> lines.add("Deadline " + d + " counted in business days; " + rejected.size()
        + " rate(s) rejected by filters."));
    for (MissingCarrier m : missing) {
      lines.add("No rates from " + m.carrier() + ": " + m.reason() + " (" + m.message() + ").");
    }
    return lines;
  }

  private Optional<LocalDate> delivery(Rate rate, LocalDate shipDay, BigDecimal confidence) {
    if (rate.guaranteedDelivery().isPresent()) {
      return rate.guaranteedDelivery();
    }
    if (rate.estimatedDelivery().isPresent()) {
      return rate.estimatedDelivery();
    }
    if (rate.transitBusinessDays().isPresent()) {
      return Optional.of(calendar.plusBusinessDays(shipDay, rate.transitBusinessDays().get()));
    }
    BigDecimal p = BigDecimal.ZERO;
    for (Map.Entry<Integer, BigDecimal> e : rate.transitDayProbabilities().entrySet()) {
      p = p.add(e.getValue());
      if (p.compareTo(confidence) >= 0) {
        return Optional.of(calendar.plusBusinessDays(shipDay, e.getKey()));
      }
    }
    return Optional.empty();
  }

  private static BigDecimal probabilityBy(Rate rate, int businessDays) {
    BigDecimal p = BigDecimal.ZERO;
    for (Map.Entry<Integer, BigDecimal> e : rate.transitDayProbabilities().headMap(businessDays + 1).entrySet()) {
      p = p.add(e.getValue());
    }
    return p;
  }

  /** Stops the shopper's own threads, if it made any. */
  @Override
  public void close() {
    if (ownedExecutor != null) {
      ownedExecutor.shutdownNow();
    }
  }

  /** Builds a {@link RateShopper}. */
  public static final class Builder {
    private final Map<CarrierId, Carrier> carriers = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private java.util.concurrent.Executor executor;
    private Duration timeout = Duration.ofSeconds(5);
    private Duration cacheTtl = Duration.ZERO;
    private BusinessCalendar calendar = BusinessCalendar.weekdays(java.time.ZoneOffset.UTC,
        java.time.LocalTime.of(17, 0));

    Builder() {}

    /**
     * Adds a carrier (guarded, so plugin failures are typed).
     *
     * @throws IllegalArgumentException if a carrier with the same id was added
     */
    public Builder carrier(Carrier carrier) {
      Carrier guarded = GuardedCarrier.of(Objects.requireNonNull(carrier, "carrier"));
      if (carriers.putIfAbsent(guarded.metadata().id(), guarded) != null) {
        throw new IllegalArgumentException("carrier " + guarded.metadata().id() + " was already added");
      }
      return this;
    }

    /** Adds every carrier of a registry. */
    public Builder carriers(CarrierRegistry registry) {
      registry.carriers().forEach(this::carrier);
      return this;
    }

    /** The clock for cache expiry and today's cut-off; default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Where carriers are called; default a daemon pool the shopper owns and {@link #close()}s. A direct executor
     * ({@code Runnable::run}) calls the carriers one after another on the caller's thread: fine for offline
     * carriers such as rate cards, but then a slow carrier cannot be timed out.
     */
    public Builder executor(java.util.concurrent.Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * How long each carrier may take; default 5 s.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * How long quotes are reused for the same carrier and shipment; default zero (no cache). A cached quote keeps
     * the delivery estimate made when it was quoted, so keep the TTL short against the carriers' cut-offs.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder cacheTtl(Duration ttl) {
      if (ttl.isNegative()) {
        throw new IllegalArgumentException("cache TTL must not be negative: " + ttl);
      }
      this.cacheTtl = ttl;
      return this;
    }

    /** The shipper's business days and cut-off, for deadlines; default weekdays, 17:00 UTC. */
    public Builder calendar(BusinessCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /** Builds the shopper. */
    public RateShopper build() {
      return new RateShopper(this);
    }
  }
}
