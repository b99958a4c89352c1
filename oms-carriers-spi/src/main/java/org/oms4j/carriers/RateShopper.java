package org.oms4j.carriers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
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
import org.oms4j.carriers.spi.ServiceKey;
import org.oms4j.carriers.spi.ServiceUnavailableException;
import org.oms4j.carriers.spi.ShipmentOption;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.TransientCarrierException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.internal.Amounts;

/**
 * Asks every eligible carrier for rates at once, each with its own timeout (a carrier that {@linkplain
 * Carrier#quotesInProcess() quotes in process}, such as a rate card, is called directly on the caller's thread once
 * the others are under way), filters the rates, ranks them by a {@link ShoppingStrategy} with deterministic
 * tie-breaks, tags the cheapest, fastest and best-value options and explains the choice. A slow or failing carrier
 * never blocks the others: it is listed in {@link ShopResult#missing()} with the reason. Quotes are cached per
 * carrier and shipment for a configurable time (the {@link Clock} decides expiry). Deadlines are counted on the
 * shopper's {@link BusinessCalendar}.
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
  private final Map<ServiceKey, CarrierService> services;

  private record CacheKey(CarrierId carrier, ShipmentRequest shipment) {}

  private record CacheEntry(Instant expires, List<Rate> rates) {}

  /** One carrier's answer: cached rates, a carrier to ask on this thread, or a future. */
  private record Pending(CarrierId carrier, List<Rate> rates, Carrier inProcess,
      CompletableFuture<List<Rate>> future) {}

  private RateShopper(Builder b) {
    this.carriers = List.copyOf(b.carriers.values());
    Map<ServiceKey, CarrierService> byKey = new HashMap<>();
    for (Carrier c : carriers) {
      c.metadata().services().forEach(s -> byKey.put(new ServiceKey(c.metadata().id(), s.code()), s));
    }
    this.services = Map.copyOf(byKey);
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
    Set<ServiceFeature> required = requiredFeatures(request);
    List<MissingCarrier> missing = new ArrayList<>();
    List<Pending> pending = new ArrayList<>(carriers.size());
    for (Carrier c : carriers) {
      CarrierId id = c.metadata().id();
      Optional<String> ineligible = ineligible(c, request, required);
      if (ineligible.isPresent()) {
        missing.add(new MissingCarrier(id, MissingCarrier.Reason.INELIGIBLE, ineligible.get()));
        continue;
      }
      CacheEntry cached = cacheTtl.isZero() ? null : cache.get(new CacheKey(id, shipment));
      if (cached != null && now.isBefore(cached.expires())) {
        pending.add(new Pending(id, cached.rates(), null, null));
      } else if (c.quotesInProcess()) {
        pending.add(new Pending(id, null, c, null));
      } else {
        pending.add(new Pending(id, null, null, c.ratesAsync(shipment, executor, timeout)));
      }
    }
    // in-process carriers first, while the others work; then the futures, in carrier order
    List<Object> answers = new ArrayList<>(pending.size()); // the rates or the failure of each pending carrier
    for (Pending p : pending) {
      Object answer = p.rates();
      if (p.inProcess() != null) {
        try {
          answer = p.inProcess().rates(shipment);
        } catch (RuntimeException e) {
          answer = e;
        }
      }
      answers.add(answer);
    }
    List<Rate> rates = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      Pending p = pending.get(i);
      Object answer = answers.get(i);
      if (p.future() != null) {
        try {
          answer = p.future().join();
        } catch (CompletionException | java.util.concurrent.CancellationException ex) {
          answer = ex.getCause() == null ? ex : ex.getCause();
        }
      }
      if (answer instanceof Throwable failure) {
        missing.add(missing(p.carrier(), failure));
        continue;
      }
      @SuppressWarnings("unchecked")
      List<Rate> got = (List<Rate>) answer;
      if (!cacheTtl.isZero()) {
        cache.put(new CacheKey(p.carrier(), shipment), new CacheEntry(now.plus(cacheTtl), got));
      }
      rates.addAll(got);
    }
    if (cache.size() > 10_000) {
      cache.values().removeIf(entry -> !now.isBefore(entry.expires()));
    }
    return rank(request, required, rates, missing, now);
  }

  private Optional<String> ineligible(Carrier c, ShopRequest r, Set<ServiceFeature> required) {
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
    for (CarrierService s : c.metadata().services()) {
      if (serviceRefusal(new ServiceKey(id, s.code()), s, r, required).isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of("no service passes the filters");
  }

  private static Set<ServiceFeature> requiredFeatures(ShopRequest r) {
    Set<ServiceFeature> needed = EnumSet.noneOf(ServiceFeature.class);
    needed.addAll(r.requiredFeatures());
    for (ShipmentOption o : r.shipment().options()) {
      needed.add(o.requiredFeature());
    }
    return needed;
  }

  private static Optional<String> serviceRefusal(ServiceKey key, CarrierService s, ShopRequest r,
      Set<ServiceFeature> required) {
    if (!r.includeServices().isEmpty() && !r.includeServices().contains(key)) {
      return Optional.of("not in the included services");
    }
    if (r.excludeServices().contains(key)) {
      return Optional.of("excluded service");
    }
    for (ServiceFeature f : required) {
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

  /** A rate that passed the filters, with what ranking needs computed once. */
  private static final class Candidate {
    final Rate rate;
    final Optional<LocalDate> delivery;
    final LocalDate deliveryOrMax;
    final BigDecimal total;
    Integer early;
    MonetaryAmount score;
    BigDecimal scoreNumber;

    Candidate(Rate rate, Optional<LocalDate> delivery) {
      this.rate = rate;
      this.delivery = delivery;
      this.deliveryOrMax = delivery.orElse(LocalDate.MAX);
      this.total = Amounts.decimal(rate.total());
    }
  }

  // candidates share one currency when compared, so comparing numbers is comparing amounts
  private static final Comparator<Candidate> BY_KEY = Comparator.comparing(c -> c.rate.key());
  private static final Comparator<Candidate> BY_DATE = Comparator.comparing(c -> c.deliveryOrMax);
  private static final Comparator<Candidate> BY_PRICE = Comparator.comparing(c -> c.total);
  private static final Comparator<Candidate> CHEAPEST = BY_PRICE.thenComparing(BY_DATE).thenComparing(BY_KEY);
  private static final Comparator<Candidate> FASTEST = BY_DATE.thenComparing(BY_PRICE).thenComparing(BY_KEY);
  private static final Comparator<Candidate> BEST_VALUE = Comparator.<Candidate, BigDecimal>comparing(
      c -> c.scoreNumber).thenComparing(BY_PRICE).thenComparing(BY_DATE).thenComparing(BY_KEY);

  private static Candidate min(List<Candidate> candidates, Comparator<Candidate> order, boolean needDelivery) {
    Candidate best = null;
    for (Candidate c : candidates) {
      if ((!needDelivery || c.delivery.isPresent()) && (best == null || order.compare(c, best) < 0)) {
        best = c;
      }
    }
    return best;
  }

  private ShopResult rank(ShopRequest r, Set<ServiceFeature> required, List<Rate> rates,
      List<MissingCarrier> missing, Instant now) {
    LocalDate shipDay = calendar.shipDay(r.shipment().shipDate(), now);
    Optional<LocalDate> deadline = r.deliverBy();
    List<RejectedRate> rejected = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>(rates.size());
    for (Rate rate : rates) {
      CarrierService service = services.get(rate.key());
      if (service == null) {
        rejected.add(new RejectedRate(rate, "service not in the carrier's metadata"));
        continue;
      }
      Optional<String> refusal = serviceRefusal(rate.key(), service, r, required);
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
    List<javax.money.CurrencyUnit> currencies = candidates.stream().map(c -> c.rate.total().getCurrency())
        .distinct().toList();
    if (currencies.size() > 1) {
      throw new InvalidInputException("rates", currencies,
          "carriers quoted in several currencies; shop carriers of one currency");
    }
    // best value; business days counted once per distinct delivery date
    Map<LocalDate, Integer> transitDays = new HashMap<>();
    int latestKnown = 0;
    for (Candidate c : candidates) {
      if (c.delivery.isPresent()) {
        latestKnown = Math.max(latestKnown, transitDays.computeIfAbsent(c.delivery.get(),
            d -> calendar.businessDaysBetween(shipDay, d)));
      }
    }
    int daysToDeadline = deadline.map(d -> calendar.businessDaysBetween(shipDay, d)).orElse(0);
    for (Candidate c : candidates) {
      if (deadline.isPresent() && c.delivery.isPresent()) {
        // business days between two dates are differences of one running count, so delivery to deadline is
        // ship day to deadline less ship day to delivery
        c.early = daysToDeadline - transitDays.get(c.delivery.get());
      }
      if (r.valueOfDay().isPresent()) {
        MonetaryAmount day = r.valueOfDay().get();
        int transit = c.delivery.map(transitDays::get).orElse(latestKnown + 1);
        int penaltyDays = deadline.isPresent()
            ? -(c.delivery.isPresent() ? c.early : daysToDeadline - (latestKnown + 1))
            : transit;
        c.score = c.rate.total().add(day.multiply(penaltyDays));
        c.scoreNumber = Amounts.decimal(c.score);
      }
    }
    Comparator<Candidate> order = switch (r.strategy()) {
      case CHEAPEST -> CHEAPEST;
      case FASTEST -> FASTEST;
      case BEST_VALUE -> BEST_VALUE; // ShopRequest requires a value of a day for it
    };
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(order);
    Candidate cheapestOne = min(candidates, CHEAPEST, false);
    Candidate fastestOne = min(candidates, FASTEST, true);
    Candidate bestOne = r.valueOfDay().isPresent() ? min(candidates, BEST_VALUE, false) : null;
    List<RateOption> options = new ArrayList<>(sorted.size());
    for (Candidate c : sorted) {
      Set<RateTag> tags = EnumSet.noneOf(RateTag.class);
      if (cheapestOne == c) {
        tags.add(RateTag.CHEAPEST);
      }
      if (fastestOne == c) {
        tags.add(RateTag.FASTEST);
      }
      if (bestOne == c) {
        tags.add(RateTag.BEST_VALUE);
      }
      options.add(new RateOption(c.rate, c.delivery, Optional.ofNullable(c.early), Optional.ofNullable(c.score),
          tags));
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
     * @throws InvalidInputException if a carrier with the same id was added
     */
    public Builder carrier(Carrier carrier) {
      Carrier guarded = GuardedCarrier.of(Objects.requireNonNull(carrier, "carrier"));
      if (carriers.putIfAbsent(guarded.metadata().id(), guarded) != null) {
        throw new InvalidInputException("carrier", guarded.metadata().id(), "a carrier with this id was already added");
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
     * ({@code Runnable::run}) calls the carriers one after another on the caller's thread, but then a slow carrier
     * cannot be timed out. Carriers that {@linkplain Carrier#quotesInProcess() quote in process}, such as rate
     * cards, are called on the caller's thread whatever the executor.
     */
    public Builder executor(java.util.concurrent.Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * How long each carrier may take; default 5 s.
     *
     * @throws InvalidInputException if not positive
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new InvalidInputException("timeout", timeout, "must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * How long quotes are reused for the same carrier and shipment; default zero (no cache). A cached quote keeps
     * the delivery estimate made when it was quoted, so keep the TTL short against the carriers' cut-offs.
     *
     * @throws InvalidInputException if negative
     */
    public Builder cacheTtl(Duration ttl) {
      if (ttl.isNegative()) {
        throw new InvalidInputException("cacheTtl", ttl, "must not be negative");
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
