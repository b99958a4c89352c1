package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.oms4j.core.ConcurrentUpdateException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.GeoPoint;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Geo;
import org.oms4j.core.inventory.InsufficientStockException;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.order.OrderLine;

/**
 * Decides where an order's waiting (open and backordered) units come from. Candidate locations are the active ones
 * with stock for the order; the chain of {@link SourcingRule}s removes some and orders the rest; then an exact
 * search over single locations, pairs and triples (up to the policy's shipment cap, among the best {@code
 * candidateLimit} candidates) picks the option with the lowest total of shipping cost ({@link CostModel}), penalty
 * for units left unallocated, and a small penalty per preference rank of each location used, so the chain's order
 * decides between options that cost the same. Stock is read as available-to-promise from the {@link Inventory}, so
 * safety stock is respected, and an order takes no more of a SKU than its channel's buffer lets the channel sell
 * ({@link Inventory#setChannelBuffer}); locations at their daily order capacity are skipped
 * when a {@link LocationLoad} is given. Every plan explains itself.
 *
 * <p>Beyond one order: {@link #planBatch} shares contended stock among many orders at the lowest total cost; {@link
 * #reroute} moves an order's unreleased allocations away from locations that went offline; {@link #apply} applies a
 * plan as one change, only to the order version it was made for, so a plan never lands on an order that changed.
 * Immutable and thread-safe (a capacity load is shared state of its own); build it with {@link
 * #builder(Inventory)}.
 */
public final class Sourcing {
  final Inventory inventory;
  /** The rules that can remove candidates, in chain order (the others keep every candidate). */
  final SourcingRule[] excluders;
  /** The rules that rank candidates, in chain order (the others rank all alike, so they cannot change the order). */
  final SourcingRule[] rankers;
  private final OrderPolicy policy;
  private final List<ConditionalPolicy> policies;
  final CostModel costModel;
  final Geocoder geocoder;
  final int candidateLimit;
  final int optionsShown;
  final long rankPenaltyMinor;
  private final int batchEffort;
  final Optional<LocationLoad> load;

  private Sourcing(Builder b) {
    this.inventory = b.inventory;
    List<SourcingRule> rules = List.copyOf(b.rules);
    this.excluders = rules.stream().filter(r -> overrides(r, "excludes")).toArray(SourcingRule[]::new);
    this.rankers = rules.stream().filter(r -> overrides(r, "rank")).toArray(SourcingRule[]::new);
    this.policy = b.policy;
    this.policies = List.copyOf(b.policies);
    this.costModel = b.costModel;
    this.geocoder = b.geocoder;
    this.candidateLimit = b.candidateLimit;
    this.optionsShown = b.optionsShown;
    this.rankPenaltyMinor = b.rankPenaltyMinor;
    this.batchEffort = b.batchEffort;
    this.load = Optional.ofNullable(b.load);
  }

  /** Whether the rule's class overrides the interface's default {@code method} (excludes or rank). */
  private static boolean overrides(SourcingRule rule, String method) {
    try {
      return rule.getClass().getMethod(method, Order.class, Candidate.class).getDeclaringClass()
          != SourcingRule.class;
    } catch (NoSuchMethodException | SecurityException unknown) {
      return true;
    }
  }

  /** A builder over an inventory: no rules, ship available from up to 3 locations, a distance cost model. */
  public static Builder builder(Inventory inventory) {
    return new Builder(requireNonNull(inventory, "inventory"));
  }

  /** The plan for an order's waiting units against the inventory's live stock; changes nothing. */
  public SourcingPlan plan(Order order) {
    requireNonNull(order, "order");
    return plan(order, locationTable(), this::readLive, Set.of(), null);
  }

  /**
   * The plan for an order's waiting units against a stock snapshot instead of live stock (locations still come
   * from the inventory); changes nothing.
   */
  public SourcingPlan plan(Order order, StockSnapshot stock) {
    requireNonNull(order, "order");
    requireNonNull(stock, "stock");
    return plan(order, locationTable(), snapshotReader(stock), Set.of(), null);
  }

  /** Reads a SKU's available-to-promise units into an array over a location table (zero-filled by the caller). */
  @FunctionalInterface
  interface Atp {
    void read(Sku sku, LocationTable table, int[] into);
  }

  private void readLive(Sku sku, LocationTable table, int[] into) {
    inventory.availableToPromise(sku, (location, units) -> {
      Integer l = table.index().get(location);
      if (l != null) {
        into[l] = units;
      }
    });
  }

  static Atp snapshotReader(StockSnapshot stock) {
    return (sku, table, into) -> stock.availableToPromise(sku).forEach((location, units) -> {
      Integer l = table.index().get(location);
      if (l != null) {
        into[l] = units;
      }
    });
  }

  /**
   * The plan for an order against stock read through {@code atp}, never using the {@code leaving} locations; with
   * a capacity load, {@code batchOrders} (by location index, or null) counts orders a batch has assigned on top.
   */
  SourcingPlan plan(Order order, LocationTable table, Atp atp, Set<LocationId> leaving, int[] batchOrders) {
    return withSearch(search -> search.plan(order, table, atp, leaving, batchOrders));
  }

  /** Runs {@code work} with this thread's planning space (a fresh one when it is already in use further up). */
  <T> T withSearch(java.util.function.Function<SourcingSearch, T> work) {
    SourcingSearch search = scratch.get();
    if (search.busy) {
      search = new SourcingSearch(); // planning again on the same thread from inside a rule or cost model
    }
    search.busy = true;
    search.owner = this;
    try {
      return work.apply(search);
    } finally {
      search.done();
    }
  }

  /**
   * Each thread's planning space, reused from plan to plan so that planning allocates little beyond the plan it
   * returns (fresh memory for scratch arrays cost more than the arithmetic on them).
   */
  private final ThreadLocal<SourcingSearch> scratch = ThreadLocal.withInitial(SourcingSearch::new);

  /** The inventory's locations with an index by id, computed once per location list the inventory hands out. */
  LocationTable locationTable() {
    List<Location> locations = inventory.locations();
    LocationTable cached = locationTable;
    if (cached == null || cached.locations() != locations) {
      Map<LocationId, Integer> index = new HashMap<>();
      for (int l = 0; l < locations.size(); l++) {
        index.put(locations.get(l).id(), l);
      }
      boolean[] located = new boolean[locations.size()];
      double[] unitVectors = new double[3 * locations.size()];
      for (int l = 0; l < locations.size(); l++) {
        Optional<GeoPoint> geo = locations.get(l).geo();
        located[l] = geo.isPresent();
        if (located[l]) {
          Geo.unitVector(geo.get().latitude(), geo.get().longitude(), unitVectors, 3 * l);
        }
      }
      cached = new LocationTable(locations, index, located, unitVectors);
      locationTable = cached;
    }
    return cached;
  }

  /** A policy for the orders a condition matches. */
  private record ConditionalPolicy(Condition when, OrderPolicy policy) {}

  /** The policy for an order: the first conditional policy it matches, else the default. */
  OrderPolicy policyFor(Order order) {
    if (!policies.isEmpty()) {
      Condition.Facts facts = Condition.Facts.of(order);
      for (ConditionalPolicy p : policies) {
        if (p.when().test(facts)) {
          return p.policy();
        }
      }
    }
    return policy;
  }

  /**
   * Locations, their position by id, whether each has coordinates, and their unit vectors ({@link Geo}; three
   * values per location), from which ordering by distance takes no trigonometry (see {@link Geo#chordSquared}).
   */
  record LocationTable(List<Location> locations, Map<LocationId, Integer> index, boolean[] located,
      double[] unitVectors) {
    /** {@link Geo#chordSquared} between location {@code l} and the point with unit vector {@code to}. */
    double chordSquared(int l, double[] to) {
      return Geo.chordSquared(unitVectors, 3 * l, to, 0);
    }
  }

  private volatile LocationTable locationTable;


  /**
   * Plans an order against live stock and applies the plan through {@code oms} as one change ({@link
   * OrderManagement#applyAll}): its allocations (which reserve stock when the order management has an inventory)
   * and backorders land together or not at all. If the order changes or the stock is taken between planning and
   * applying, it plans again (up to {@link #MAX_ATTEMPTS} times).
   *
   * @return the order afterwards (unchanged if it has no units waiting for stock)
   * @throws ConcurrentUpdateException or {@link InsufficientStockException} if every attempt lost a race
   */
  public Order allocate(OrderManagement oms, OrderId id, Actor actor) {
    requireNonNull(oms, "oms");
    requireNonNull(id, "id");
    requireNonNull(actor, "actor");
    return attempt(() -> {
      Order order = oms.get(id);
      return applyPlan(oms, order, List.of(), plan(order), actor, "sourcing");
    });
  }

  /**
   * Applies a plan made earlier (by {@link #plan} or {@link #planBatch}) as one change, if the order is still at the
   * version planned: its allocations reserve stock, its backorders are recorded.
   *
   * @return the order afterwards
   * @throws ConcurrentUpdateException if the order changed since it was planned (plan it again)
   * @throws InsufficientStockException if the planned stock is gone (nothing changes; plan it again)
   */
  public Order apply(OrderManagement oms, SourcingPlan plan, Actor actor) {
    requireNonNull(oms, "oms");
    requireNonNull(plan, "plan");
    requireNonNull(actor, "actor");
    Order order = oms.get(plan.orderId());
    if (order.version() != plan.orderVersion()) {
      throw new ConcurrentUpdateException("order " + order.id(), plan.orderVersion(), order.version());
    }
    return applyPlan(oms, order, List.of(), plan, actor, "sourcing");
  }

  /**
   * Re-sources the allocated units of an order that sit at {@code leaving} locations (for example a warehouse that
   * went offline) and have not been released to the warehouse: gives them back there and allocates them elsewhere
   * (or backorders them) in one change, so the order never loses units and the new reservations are taken before
   * the old ones are given back. Units already released in shipments are not moved: cancel those shipments first.
   *
   * @return the order afterwards (unchanged if nothing of it is allocated at those locations)
   * @throws ConcurrentUpdateException or {@link InsufficientStockException} if every attempt lost a race
   */
  public Order reroute(OrderManagement oms, OrderId id, Set<LocationId> leaving, Actor actor) {
    requireNonNull(oms, "oms");
    requireNonNull(id, "id");
    requireNonNull(actor, "actor");
    Set<LocationId> away = Set.copyOf(leaving);
    return attempt(() -> {
      Order order = oms.get(id);
      List<OrderEvent> giveBack = new ArrayList<>();
      Order without = order;
      for (OrderLine line : order.lines()) {
        for (LocationId at : away) {
          int units = line.allocatedAt(at);
          if (units > 0) {
            OrderEvent.LineDeallocated event = new OrderEvent.LineDeallocated(line.id(), at, units);
            giveBack.add(event);
            without = without.apply(event, actor, oms.clock().instant(), Optional.empty());
          }
        }
      }
      if (giveBack.isEmpty()) {
        return order;
      }
      SourcingPlan plan = plan(without, locationTable(), this::readLive, away, null);
      return applyPlan(oms, order, giveBack, plan, actor, "re-routed away from " + new TreeSet<>(away.stream()
          .map(LocationId::value).toList()));
    });
  }

  /**
   * Re-sources every unreleased allocation of the order at locations that are now inactive; see {@link
   * #reroute(OrderManagement, OrderId, Set, Actor)}.
   */
  public Order rerouteFromInactive(OrderManagement oms, OrderId id, Actor actor) {
    Set<LocationId> inactive = new HashSet<>();
    for (Location l : inventory.locations()) {
      if (!l.active()) {
        inactive.add(l.id());
      }
    }
    return reroute(oms, id, inactive, actor);
  }

  /**
   * Plans a batch of orders together against live stock (read once), so that orders competing for the same stock
   * share it at the lowest total cost (shipping, split and unallocated penalties) rather than first come, first
   * served; see {@link BatchPlan}. The list order is the priority order of the one-by-one pass the search starts
   * from, and the total never exceeds what that pass costs. Changes nothing.
   *
   * @throws InvalidInputException if the batch is empty, lists an order twice, or mixes currencies
   */
  public BatchPlan planBatch(List<Order> orders) {
    checkBatch(orders);
    return new BatchSearch(this, locationTable(), orders, this::readLive, batchEffort).run();
  }

  /** {@link #planBatch(List)} against a stock snapshot instead of live stock. */
  public BatchPlan planBatch(List<Order> orders, StockSnapshot stock) {
    checkBatch(orders);
    requireNonNull(stock, "stock");
    return new BatchSearch(this, locationTable(), orders, snapshotReader(stock), batchEffort).run();
  }

  /**
   * Plans a batch of orders together ({@link #planBatch(List)}) and applies each order's plan as one change. An
   * order that changed since it was read, or whose planned stock was taken by someone else meanwhile, is planned
   * again on its own ({@link #allocate}).
   *
   * @return the orders afterwards, in the order of {@code ids}
   */
  public List<Order> allocateBatch(OrderManagement oms, List<OrderId> ids, Actor actor) {
    requireNonNull(oms, "oms");
    requireNonNull(actor, "actor");
    List<Order> orders = new ArrayList<>(ids.size());
    for (OrderId id : ids) {
      orders.add(oms.get(requireNonNull(id, "ids")));
    }
    return applyBatch(oms, planBatch(orders), actor);
  }

  /**
   * Applies a batch plan made earlier ({@link #planBatch}): each order's plan as one change; an order that changed
   * since it was planned, or whose planned stock was taken meanwhile, is planned again on its own ({@link
   * #allocate}).
   *
   * @return the orders afterwards, in the order of the batch
   */
  public List<Order> applyBatch(OrderManagement oms, BatchPlan batch, Actor actor) {
    requireNonNull(oms, "oms");
    requireNonNull(batch, "batch");
    requireNonNull(actor, "actor");
    List<Order> result = new ArrayList<>(batch.plans().size());
    for (SourcingPlan plan : batch.plans()) {
      try {
        result.add(apply(oms, plan, actor));
      } catch (ConcurrentUpdateException | InsufficientStockException lostRace) {
        result.add(allocate(oms, plan.orderId(), actor));
      }
    }
    return result;
  }

  private static void checkBatch(List<Order> orders) {
    requireNonNull(orders, "orders");
    if (orders.isEmpty()) {
      throw new InvalidInputException("orders", "[]", "a batch needs at least one order");
    }
    Set<OrderId> seen = new HashSet<>();
    for (Order o : orders) {
      if (!seen.add(requireNonNull(o, "orders").id())) {
        throw new InvalidInputException("orders", o.id(), "is listed twice");
      }
      if (!o.currency().equals(orders.get(0).currency())) {
        throw new InvalidInputException("orders", o.id() + " in " + o.currency(),
            "a batch is costed in one currency; " + orders.get(0).id() + " is in " + orders.get(0).currency());
      }
    }
  }

  /** How often {@link #allocate} and {@link #reroute} plan again after losing a race. */
  public static final int MAX_ATTEMPTS = 5;

  private static Order attempt(java.util.function.Supplier<Order> action) {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (ConcurrentUpdateException | InsufficientStockException lostRace) {
        if (attempt >= MAX_ATTEMPTS) {
          throw lostRace;
        }
      }
    }
  }

  /** Applies {@code first} and then the plan's allocations and backorders to {@code order}, as one change. */
  private Order applyPlan(OrderManagement oms, Order order, List<OrderEvent> first, SourcingPlan plan, Actor actor,
      String reason) {
    List<OrderEvent> events = new ArrayList<>(first);
    for (SourcingPlan.Allocation a : plan.allocations()) {
      events.add(new OrderEvent.LineAllocated(a.lineId(), a.locationId(), a.quantity()));
    }
    Map<LineId, Integer> open = new HashMap<>();
    for (OrderLine line : order.lines()) {
      open.put(line.id(), order.quantities(line.id()).open());
    }
    for (OrderEvent e : first) {
      if (e instanceof OrderEvent.LineDeallocated d) {
        open.merge(d.lineId(), d.quantity(), Integer::sum);
      }
    }
    for (SourcingPlan.Allocation a : plan.allocations()) {
      open.merge(a.lineId(), -a.quantity(), Integer::sum); // allocation takes open units first
    }
    for (SourcingPlan.Backorder b : plan.backorders()) {
      int units = Math.min(Math.max(0, open.getOrDefault(b.lineId(), 0)), b.quantity());
      if (units > 0) {
        events.add(new OrderEvent.LineBackordered(b.lineId(), units));
      }
    }
    if (events.isEmpty()) {
      return order;
    }
    Order applied = oms.applyAll(order.id(), order.version(), events, actor, reason);
    if (load.isPresent()) {
      LocationTable table = locationTable();
      for (LocationId at : new java.util.LinkedHashSet<>(plan.allocations().stream()
          .map(SourcingPlan.Allocation::locationId).toList())) {
        Integer l = table.index().get(at);
        if (l != null) {
          load.get().assigned(table.locations().get(l), order.id());
        }
      }
    }
    return applied;
  }

  /** Builds a {@link Sourcing}. */
  public static final class Builder {
    private final Inventory inventory;
    private final List<SourcingRule> rules = new ArrayList<>();
    private final List<ConditionalPolicy> policies = new ArrayList<>();
    private OrderPolicy policy = OrderPolicy.shipAvailable(3);
    private CostModel costModel = CostModel.distance(500, 0.05, 1_000, 100_000);
    private Geocoder geocoder = Geocoder.none();
    private int candidateLimit = 8;
    private int optionsShown = 4;
    private long rankPenaltyMinor = 1;
    private int batchEffort = 12;
    private LocationLoad load;

    private Builder(Inventory inventory) {
      this.inventory = inventory;
    }

    /** Appends a rule to the chain. */
    public Builder rule(SourcingRule rule) {
      requireNonNull(rule, "rule");
      org.oms4j.core.internal.Checks.text("rule.name", rule.name(), 200);
      rules.add(rule);
      return this;
    }

    /**
     * The policy for orders that match {@code when}; conditional policies are tried in the order given and the
     * first match wins, else the default {@link #policy(OrderPolicy)} applies. Use it for per-customer or
     * per-channel policies, e.g. ship complete for B2B customers.
     */
    public Builder policy(Condition when, OrderPolicy policy) {
      policies.add(new ConditionalPolicy(requireNonNull(when, "when"), requireNonNull(policy, "policy")));
      return this;
    }

    /** The order policy (default: ship available from up to 3 locations). */
    public Builder policy(OrderPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /** The cost model (default: 5.00 per shipment, 0.0005 per km per unit, 1,000.00 per unallocated unit). */
    public Builder costModel(CostModel costModel) {
      this.costModel = requireNonNull(costModel, "costModel");
      return this;
    }

    /** Where ship-to addresses are (default: nowhere known). */
    public Builder geocoder(Geocoder geocoder) {
      this.geocoder = requireNonNull(geocoder, "geocoder");
      return this;
    }

    /**
     * How many of the best-ranked candidates the exact search considers (default 8).
     *
     * @throws InvalidInputException if below 1
     */
    public Builder candidateLimit(int limit) {
      if (limit < 1) {
        throw new InvalidInputException("candidateLimit", limit, "must be at least 1");
      }
      this.candidateLimit = limit;
      return this;
    }

    /**
     * How many of the cheapest options the search priced a plan shows (default 4), with the choice always among
     * them (a ship-complete plan may add its choice to cheaper options the policy ruled out): what support teams read
     * to answer "why not from there?". With a {@link CostModel#repeatable()} cost model a plan works them out when
     * they are first asked for ({@link SourcingPlan#options()}, its JSON), from a copy of what its search started
     * from, so planning costs the same whatever this is; otherwise fewer make planning faster. 1 shows the choice
     * alone. The choice itself never depends on this.
     *
     * @throws InvalidInputException if below 1 or above 20
     */
    public Builder optionsShown(int options) {
      if (options < 1 || options > 20) {
        throw new InvalidInputException("optionsShown", options, "must be between 1 and 20");
      }
      this.optionsShown = options;
      return this;
    }

    /**
     * The penalty, in minor units, per preference rank of each location an option uses (default 1): it makes the
     * chain's order decide between options of equal cost; raise it to make the order outweigh cost.
     *
     * @throws InvalidInputException if negative
     */
    public Builder rankPenaltyMinor(long penalty) {
      if (penalty < 0) {
        throw new InvalidInputException("rankPenaltyMinor", penalty, "must not be negative");
      }
      this.rankPenaltyMinor = penalty;
      return this;
    }

    /**
     * How hard {@link Sourcing#planBatch} searches, in single-order plans per order of the batch (default 12; every
     * batch gets at least 3,000): the first one-by-one pass and each order's plan alone take two, the rest goes to
     * improvement, further first passes and iterated local search. The result depends only on the input and this
     * number, never on the clock; planning time grows in proportion.
     *
     * @throws InvalidInputException if below 2
     */
    public Builder batchEffort(int plansPerOrder) {
      if (plansPerOrder < 2) {
        throw new InvalidInputException("batchEffort", plansPerOrder, "must be at least 2");
      }
      this.batchEffort = plansPerOrder;
      return this;
    }

    /**
     * Respects each location's {@link Location#dailyOrderCapacity()}: a location that has taken that many orders
     * today ({@code load}) is not a candidate, and a batch counts its own assignments on top. Allocations made
     * through this sourcing are recorded in {@code load}. Without it, capacities are ignored.
     */
    public Builder capacity(LocationLoad load) {
      this.load = requireNonNull(load, "load");
      return this;
    }

    /** The configured {@link Sourcing}. */
    public Sourcing build() {
      return new Sourcing(this);
    }
  }
}
