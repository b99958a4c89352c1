package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.GeoPoint;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Amounts;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.StockLevel;
import org.oms4j.core.order.LineQuantities;
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
 * safety stock and channel-independent buffers are respected. Every plan explains itself. Immutable and
 * thread-safe; build it with {@link #builder(Inventory)}.
 */
public final class Sourcing {
  private final Inventory inventory;
  private final List<SourcingRule> rules;
  private final OrderPolicy policy;
  private final CostModel costModel;
  private final Geocoder geocoder;
  private final int candidateLimit;
  private final long rankPenaltyMinor;

  private Sourcing(Builder b) {
    this.inventory = b.inventory;
    this.rules = List.copyOf(b.rules);
    this.policy = b.policy;
    this.costModel = b.costModel;
    this.geocoder = b.geocoder;
    this.candidateLimit = b.candidateLimit;
    this.rankPenaltyMinor = b.rankPenaltyMinor;
  }

  /** A builder over an inventory: no rules, ship available from up to 3 locations, a distance cost model. */
  public static Builder builder(Inventory inventory) {
    return new Builder(requireNonNull(inventory, "inventory"));
  }

  /** The plan for an order's waiting units; changes nothing. */
  public SourcingPlan plan(Order order) {
    requireNonNull(order, "order");
    // the lines waiting for stock, and their SKUs (distinct SKUs get an index)
    List<OrderLine> lines = new ArrayList<>(order.lines().size());
    int[] waiting = new int[order.lines().size()];
    List<Sku> skus = new ArrayList<>(order.lines().size());
    int[] skuOf = new int[order.lines().size()];
    for (OrderLine line : order.lines()) {
      LineQuantities q = order.quantities(line.id());
      int units = q.open() + q.backordered();
      if (units > 0) {
        int s = skus.indexOf(line.sku());
        if (s < 0) {
          s = skus.size();
          skus.add(line.sku());
        }
        skuOf[lines.size()] = s;
        waiting[lines.size()] = units;
        lines.add(line);
      }
    }
    waiting = Arrays.copyOf(waiting, lines.size());
    List<Location> locations = inventory.locations();
    Map<LocationId, Integer> index = indexOf(locations);
    int[][] atp = new int[skus.size()][locations.size()];
    boolean[] stocked = new boolean[locations.size()];
    for (int s = 0; s < skus.size(); s++) {
      for (StockLevel level : inventory.stock(skus.get(s))) {
        int available = level.availableToPromise();
        Integer l = available > 0 ? index.get(level.locationId()) : null;
        if (l != null) {
          atp[s][l] = available;
          stocked[l] = true;
        }
      }
    }
    Optional<GeoPoint> destination = geocoder.locate(order.draft().shipTo());
    List<SourcingPlan.CandidateNote> notes = new ArrayList<>(locations.size());
    List<Candidate> kept = new ArrayList<>();
    List<Integer> keptIndex = new ArrayList<>();
    int[] left = new int[skus.size()];
    for (int l = 0; l < locations.size(); l++) {
      if (!stocked[l]) {
        continue; // nothing to offer this order: not a candidate (not listed, to keep plans small)
      }
      Location location = locations.get(l);
      for (int s = 0; s < left.length; s++) {
        left[s] = atp[s][l];
      }
      int coverable = 0;
      for (int i = 0; i < waiting.length; i++) {
        int take = Math.min(left[skuOf[i]], waiting[i]);
        left[skuOf[i]] -= take;
        coverable += take;
      }
      if (coverable == 0) {
        continue; // nothing to offer this order: not a candidate (not listed, to keep plans small)
      }
      if (!location.active()) {
        notes.add(new SourcingPlan.CandidateNote(location.id(), Optional.empty(), coverable, Optional.of("active"),
            INACTIVE, Optional.empty()));
        continue;
      }
      Optional<Double> distance = destination.isPresent() && location.geo().isPresent()
          ? Optional.of(location.geo().get().distanceKm(destination.get()))
          : Optional.empty();
      Candidate candidate = new Candidate(location, distance, coverable);
      boolean excluded = false;
      for (SourcingRule rule : rules) {
        Optional<String> why = rule.excludes(order, candidate);
        if (why.isPresent()) {
          notes.add(new SourcingPlan.CandidateNote(location.id(), distance, coverable, Optional.of(rule.name()),
              why.get(), Optional.empty()));
          excluded = true;
          break;
        }
      }
      if (!excluded) {
        kept.add(candidate);
        keptIndex.add(l);
      }
    }
    // the chain's preference: rank keys rule by rule, then location id
    double[][] keys = new double[kept.size()][rules.size()];
    Integer[] order2 = new Integer[kept.size()];
    for (int c = 0; c < kept.size(); c++) {
      order2[c] = c;
      for (int r = 0; r < rules.size(); r++) {
        keys[c][r] = rules.get(r).rank(order, kept.get(c));
      }
    }
    Arrays.sort(order2, (x, y) -> {
      int cmp = Arrays.compare(keys[x], keys[y]);
      return cmp != 0 ? cmp
          : kept.get(x).location().id().value().compareTo(kept.get(y).location().id().value());
    });
    int searched = Math.min(candidateLimit, kept.size());
    Candidate[] candidates = new Candidate[searched];
    int[][] stock = new int[searched][];
    for (int r = 0; r < kept.size(); r++) {
      Candidate c = kept.get(order2[r]);
      notes.add(new SourcingPlan.CandidateNote(c.location().id(), c.distanceKm(), c.coverableUnits(),
          Optional.empty(), r < candidateLimit ? KEPT : KEPT_BEYOND_LIMIT, Optional.of(r)));
      if (r < searched) {
        candidates[r] = c;
        int l = keptIndex.get(order2[r]);
        stock[r] = new int[skus.size()];
        for (int s = 0; s < skus.size(); s++) {
          stock[r][s] = atp[s][l];
        }
      }
    }
    return search(order, lines, waiting, skuOf, candidates, stock, notes);
  }

  private static final String INACTIVE = "location is inactive";
  private static final String KEPT = "kept";
  private static final String KEPT_BEYOND_LIMIT = "kept, beyond the search limit";

  /** Location index by id, computed once per location list the inventory hands out. */
  private Map<LocationId, Integer> indexOf(List<Location> locations) {
    LocationIndex cached = locationIndex;
    if (cached == null || cached.locations() != locations) {
      Map<LocationId, Integer> index = new HashMap<>();
      for (int l = 0; l < locations.size(); l++) {
        index.put(locations.get(l).id(), l);
      }
      cached = new LocationIndex(locations, index);
      locationIndex = cached;
    }
    return cached.index();
  }

  private record LocationIndex(List<Location> locations, Map<LocationId, Integer> index) {}

  private volatile LocationIndex locationIndex;

  /** Exact search over subsets of the candidates, smallest first, with a lower-bound cut. */
  private SourcingPlan search(Order order, List<OrderLine> lines, int[] waiting, int[] skuOf,
      Candidate[] candidates, int[][] stock, List<SourcingPlan.CandidateNote> notes) {
    int totalWaiting = 0;
    for (int w : waiting) {
      totalWaiting += w;
    }
    long penalty = Amounts.toMinor(costModel.unallocatedPenalty(order));
    boolean complete = policy.mode() == OrderPolicy.Mode.SHIP_COMPLETE;
    Search search = new Search(order, waiting, skuOf, candidates, stock, penalty, complete);
    search.offer(new int[0]); // allocating nothing is always possible
    long cheapestShipment = Long.MAX_VALUE;
    for (Candidate c : candidates) {
      cheapestShipment = Math.min(cheapestShipment,
          costModel.shipmentCostMinor(order, c.location(), 1, c.distanceKm()));
    }
    int maxSize = Math.min(policy.maxShipments(), candidates.length);
    for (int size = 1; size <= maxSize; size++) {
      if (search.bestAcceptable != null && size * cheapestShipment >= search.bestAcceptable.total()) {
        break; // no set of this many shipments can beat the best acceptable option (costs grow with units)
      }
      int[] subset = new int[size];
      for (int i = 0; i < size; i++) {
        subset[i] = i;
      }
      do {
        search.offer(subset);
      } while (next(subset, candidates.length));
    }
    // ship complete: the cheapest option that allocates everything, else nothing (the order waits)
    Evaluated chosen = search.bestAcceptable;
    List<SourcingPlan.Allocation> allocations = new ArrayList<>();
    int[] allocatedPerLine = new int[lines.size()];
    for (int s = 0; s < chosen.subset.length; s++) {
      LocationId at = candidates[chosen.subset[s]].location().id();
      for (int i = 0; i < lines.size(); i++) {
        int units = chosen.unitsPerLine[s][i];
        if (units > 0) {
          allocations.add(new SourcingPlan.Allocation(lines.get(i).id(), at, units));
          allocatedPerLine[i] += units;
        }
      }
    }
    List<SourcingPlan.Backorder> backorders = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (waiting[i] > allocatedPerLine[i]) {
        backorders.add(new SourcingPlan.Backorder(lines.get(i).id(), waiting[i] - allocatedPerLine[i]));
      }
    }
    List<SourcingPlan.Option> described = new ArrayList<>();
    described.add(describe(order, chosen, candidates));
    for (Evaluated e : search.best) {
      if (e != chosen) {
        described.add(describe(order, e, candidates));
      }
    }
    return new SourcingPlan(order.id(), allocations, backorders, Amounts.ofMinor(chosen.total(), order.currency()),
        notes, described);
  }

  private static final int OPTIONS_SHOWN = 4;

  /** The state of one search: scratch arrays, the best options so far (by total, then size, then ranks). */
  private final class Search {
    private static final Comparator<Evaluated> BETTER = Comparator.comparingLong(Evaluated::total)
        .thenComparingInt(e -> e.subset.length).thenComparing(e -> e.subset, Arrays::compare);

    final Order order;
    final int[] waiting;
    final int[] skuOf;
    final Candidate[] candidates;
    final int[][] stock;
    final long penalty;
    final boolean complete;
    final int[][] left;
    final int[][] units;
    final List<Evaluated> best = new ArrayList<>(OPTIONS_SHOWN + 1);
    Evaluated bestAcceptable;

    Search(Order order, int[] waiting, int[] skuOf, Candidate[] candidates, int[][] stock, long penalty,
        boolean complete) {
      this.order = order;
      this.waiting = waiting;
      this.skuOf = skuOf;
      this.candidates = candidates;
      this.stock = stock;
      this.penalty = penalty;
      this.complete = complete;
      int maxSize = Math.min(policy.maxShipments(), candidates.length);
      this.left = new int[maxSize][candidates.length == 0 ? 0 : stock[0].length];
      this.units = new int[maxSize][waiting.length];
    }

    /** Evaluates a subset: fills lines from its locations in preference order, keeps it if among the best. */
    void offer(int[] subset) {
      int unallocated = 0;
      for (int j = 0; j < subset.length; j++) {
        System.arraycopy(stock[subset[j]], 0, left[j], 0, left[j].length);
        Arrays.fill(units[j], 0);
      }
      for (int i = 0; i < waiting.length; i++) {
        int need = waiting[i];
        for (int j = 0; j < subset.length && need > 0; j++) {
          int take = Math.min(need, left[j][skuOf[i]]);
          left[j][skuOf[i]] -= take;
          units[j][i] = take;
          need -= take;
        }
        unallocated += need;
      }
      long shipping = 0;
      long preference = 0;
      for (int j = 0; j < subset.length; j++) {
        int shipped = 0;
        for (int u : units[j]) {
          shipped += u;
        }
        if (shipped == 0) {
          return; // the same as the subset without this location
        }
        Candidate c = candidates[subset[j]];
        shipping += costModel.shipmentCostMinor(order, c.location(), shipped, c.distanceKm());
        preference += rankPenaltyMinor * subset[j];
      }
      long total = shipping + unallocated * penalty + preference;
      boolean acceptable = !complete || unallocated == 0 || subset.length == 0;
      boolean keepForBest = best.size() < OPTIONS_SHOWN || total <= best.get(best.size() - 1).total();
      boolean keepAsChoice = acceptable && (bestAcceptable == null || total <= bestAcceptable.total());
      if (!keepForBest && !keepAsChoice) {
        return;
      }
      int[][] copy = new int[subset.length][];
      for (int j = 0; j < subset.length; j++) {
        copy[j] = units[j].clone();
      }
      Evaluated e = new Evaluated(subset.clone(), copy, unallocated, shipping, unallocated * penalty + preference);
      if (keepAsChoice && (bestAcceptable == null || BETTER.compare(e, bestAcceptable) < 0)) {
        bestAcceptable = e;
      }
      if (keepForBest) {
        best.add(e);
        best.sort(BETTER);
        if (best.size() > OPTIONS_SHOWN) {
          best.remove(best.size() - 1);
        }
      }
    }
  }

  private SourcingPlan.Option describe(Order order, Evaluated e, Candidate[] candidates) {
    List<LocationId> locations = new ArrayList<>();
    List<Integer> units = new ArrayList<>();
    for (int s = 0; s < e.subset.length; s++) {
      locations.add(candidates[e.subset[s]].location().id());
      int sum = 0;
      for (int u : e.unitsPerLine[s]) {
        sum += u;
      }
      units.add(sum);
    }
    return new SourcingPlan.Option(locations, units, e.unallocated,
        Amounts.ofMinor(e.shipping, order.currency()), Amounts.ofMinor(e.penalty, order.currency()),
        Amounts.ofMinor(e.total(), order.currency()));
  }

  /** The next combination of {@code subset.length} of {@code n} indexes in lexicographic order. */
  private static boolean next(int[] subset, int n) {
    int k = subset.length;
    int i = k - 1;
    while (i >= 0 && subset[i] == n - k + i) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    subset[i]++;
    for (int j = i + 1; j < k; j++) {
      subset[j] = subset[j - 1] + 1;
    }
    return true;
  }

  private record Evaluated(int[] subset, int[][] unitsPerLine, int unallocated, long shipping, long penalty) {
    long total() {
      return shipping + penalty;
    }
  }

  /**
   * Plans an order and applies the plan through {@code oms}: allocations (which reserve stock when the order
   * management has an inventory) and backorders.
   *
   * @return the order afterwards
   */
  public Order allocate(OrderManagement oms, OrderId id, Actor actor) {
    SourcingPlan plan = plan(oms.get(id));
    Order order = oms.get(id);
    for (SourcingPlan.Allocation a : plan.allocations()) {
      order = oms.apply(id, new OrderEvent.LineAllocated(a.lineId(), a.locationId(), a.quantity()), actor,
          "sourcing: " + a.locationId());
    }
    for (SourcingPlan.Backorder b : plan.backorders()) {
      LineQuantities q = order.quantities(b.lineId());
      if (q.open() > 0) {
        order = oms.apply(id, new OrderEvent.LineBackordered(b.lineId(), Math.min(q.open(), b.quantity())), actor,
            "sourcing: no stock");
      }
    }
    return order;
  }

  /** Builds a {@link Sourcing}. */
  public static final class Builder {
    private final Inventory inventory;
    private final List<SourcingRule> rules = new ArrayList<>();
    private OrderPolicy policy = OrderPolicy.shipAvailable(3);
    private CostModel costModel = CostModel.distance(500, 0.05, 1_000, 100_000);
    private Geocoder geocoder = Geocoder.none();
    private int candidateLimit = 8;
    private long rankPenaltyMinor = 1;

    private Builder(Inventory inventory) {
      this.inventory = inventory;
    }

    /** Appends a rule to the chain. */
    public Builder rule(SourcingRule rule) {
      rules.add(requireNonNull(rule, "rule"));
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

    /** The configured {@link Sourcing}. */
    public Sourcing build() {
      return new Sourcing(this);
    }
  }
}
