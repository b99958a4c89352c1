package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.oms4j.core.inventory.ChannelBuffer;
import org.oms4j.core.inventory.InsufficientStockException;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.order.LineId;
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
  private final Inventory inventory;
  private final List<SourcingRule> rules;
  private final OrderPolicy policy;
  private final List<ConditionalPolicy> policies;
  private final CostModel costModel;
  private final Geocoder geocoder;
  private final int candidateLimit;
  private final long rankPenaltyMinor;
  private final int batchEffort;
  private final Optional<LocationLoad> load;

  private Sourcing(Builder b) {
    this.inventory = b.inventory;
    this.rules = List.copyOf(b.rules);
    this.policy = b.policy;
    this.policies = List.copyOf(b.policies);
    this.costModel = b.costModel;
    this.geocoder = b.geocoder;
    this.candidateLimit = b.candidateLimit;
    this.rankPenaltyMinor = b.rankPenaltyMinor;
    this.batchEffort = b.batchEffort;
    this.load = Optional.ofNullable(b.load);
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
    List<Location> locations = table.locations();
    int[][] atpBySku = ints(skus.size(), locations.size());
    boolean[] stocked = new boolean[locations.size()];
    for (int s = 0; s < skus.size(); s++) {
      atp.read(skus.get(s), table, atpBySku[s]);
      for (int l = 0; l < locations.size(); l++) {
        stocked[l] |= atpBySku[s][l] > 0;
      }
    }
    // a channel buffer caps what this order's channel may take of each SKU across the network
    int[] channelCap = new int[skus.size()];
    Arrays.fill(channelCap, Integer.MAX_VALUE);
    Optional<ChannelBuffer> buffer = inventory.channelBuffer(order.draft().channel());
    if (buffer.isPresent()) {
      for (int s = 0; s < skus.size(); s++) {
        int network = 0;
        for (int l = 0; l < locations.size(); l++) {
          network += locations.get(l).active() ? atpBySku[s][l] : 0;
        }
        channelCap[s] = buffer.get().visible(network);
      }
    }
    Optional<GeoPoint> destination = geocoder.locate(order.draft().shipTo());
    double cosDestination = destination.isPresent()
        ? Math.cos(Math.toRadians(destination.get().latitude())) : Double.NaN;
    int stockedCount = 0;
    for (boolean b : stocked) {
      stockedCount += b ? 1 : 0;
    }
    List<SourcingPlan.Note> notes = new ArrayList<>(stockedCount);
    List<Candidate> kept = new ArrayList<>(stockedCount);
    int[] keptIndex = new int[stockedCount];
    int[] left = new int[skus.size()];
    for (int l = 0; l < locations.size(); l++) {
      if (!stocked[l]) {
        continue; // nothing to offer this order: not a candidate (not listed, to keep plans small)
      }
      Location location = locations.get(l);
      for (int s = 0; s < left.length; s++) {
        left[s] = atpBySku[s][l];
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
      if (!location.active() || leaving.contains(location.id())) {
        notes.add(new SourcingPlan.Note(location.id(), Double.NaN, coverable,
            location.active() ? "re-route" : "active", location.active() ? LEAVING : INACTIVE, -1));
        continue;
      }
      if (load.isPresent() && location.dailyOrderCapacity().isPresent()) {
        int capacity = location.dailyOrderCapacity().getAsInt();
        int taken = load.get().ordersToday(location) + (batchOrders == null ? 0 : batchOrders[l]);
        if (taken >= capacity) {
          notes.add(new SourcingPlan.Note(location.id(), Double.NaN, coverable, "capacity",
              "at its daily capacity of " + capacity + " orders", -1));
          continue;
        }
      }
      double distance = destination.isPresent() && table.geo()[l] != null
          ? table.distanceKm(l, destination.get(), cosDestination) : Double.NaN;
      Candidate candidate = new Candidate(location, distance, coverable);
      boolean excluded = false;
      for (int r = 0; r < rules.size(); r++) {
        SourcingRule rule = rules.get(r);
        Optional<String> why = rule.excludes(order, candidate);
        if (why.isPresent()) {
          notes.add(new SourcingPlan.Note(location.id(), distance, coverable, rule.name(),
              why.get(), -1));
          excluded = true;
          break;
        }
      }
      if (!excluded) {
        keptIndex[kept.size()] = l;
        kept.add(candidate);
      }
    }
    // the chain's preference: rank keys rule by rule, then location id (insertion sort: a few dozen candidates)
    int n = kept.size();
    int ruleCount = rules.size();
    double[] keys = new double[n * ruleCount];
    int[] order2 = new int[n];
    for (int c = 0; c < n; c++) {
      for (int r = 0; r < ruleCount; r++) {
        keys[c * ruleCount + r] = rules.get(r).rank(order, kept.get(c));
      }
      int at = c;
      while (at > 0 && prefer(keys, ruleCount, kept, c, order2[at - 1]) < 0) {
        order2[at] = order2[at - 1];
        at--;
      }
      order2[at] = c;
    }
    int searched = Math.min(candidateLimit, kept.size());
    Candidate[] candidates = new Candidate[searched];
    int[][] stock = new int[searched][];
    for (int r = 0; r < kept.size(); r++) {
      Candidate c = kept.get(order2[r]);
      notes.add(new SourcingPlan.Note(c.location().id(), c.distanceKmOrNaN(), c.coverableUnits(),
          null, r < candidateLimit ? KEPT : KEPT_BEYOND_LIMIT, r));
      if (r < searched) {
        candidates[r] = c;
        int l = keptIndex[order2[r]];
        stock[r] = new int[skus.size()];
        for (int s = 0; s < skus.size(); s++) {
          stock[r][s] = atpBySku[s][l];
        }
      }
    }
    return search(order, lines, waiting, skuOf, candidates, stock, channelCap, notes);
  }

  /** Below zero when candidate x comes before candidate y in the chain's preference. */
  private static int prefer(double[] keys, int ruleCount, List<Candidate> kept, int x, int y) {
    for (int r = 0; r < ruleCount; r++) {
      int cmp = Double.compare(keys[x * ruleCount + r], keys[y * ruleCount + r]);
      if (cmp != 0) {
        return cmp;
      }
    }
    return kept.get(x).location().id().value().compareTo(kept.get(y).location().id().value());
  }

  private static final String INACTIVE = "location is inactive";
  private static final String KEPT = "kept";
  private static final String KEPT_BEYOND_LIMIT = "kept, beyond the search limit";
  private static final String LEAVING = "allocations are being moved away from it";

  /** The inventory's locations with an index by id, computed once per location list the inventory hands out. */
  LocationTable locationTable() {
    List<Location> locations = inventory.locations();
    LocationTable cached = locationTable;
    if (cached == null || cached.locations() != locations) {
      Map<LocationId, Integer> index = new HashMap<>();
      for (int l = 0; l < locations.size(); l++) {
        index.put(locations.get(l).id(), l);
      }
      GeoPoint[] geo = new GeoPoint[locations.size()];
      double[] cosLatitude = new double[locations.size()];
      for (int l = 0; l < locations.size(); l++) {
        geo[l] = locations.get(l).geo().orElse(null);
        cosLatitude[l] = geo[l] == null ? Double.NaN : Math.cos(Math.toRadians(geo[l].latitude()));
      }
      cached = new LocationTable(locations, index, geo, cosLatitude);
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
   * Locations, their position by id, their coordinates (null when unknown) and the cosine of each one's latitude
   * (NaN when unknown), which every distance from it needs.
   */
  record LocationTable(List<Location> locations, Map<LocationId, Integer> index, GeoPoint[] geo,
      double[] cosLatitude) {
    /**
     * {@link GeoPoint#distanceKm} from location {@code l} to {@code to} (whose latitude's cosine is {@code cosTo}):
     * the same formula, term for term, so the same result, with the location's cosine computed once.
     */
    double distanceKm(int l, GeoPoint to, double cosTo) {
      GeoPoint from = geo[l];
      double dLat = Math.toRadians(to.latitude() - from.latitude());
      double dLon = Math.toRadians(to.longitude() - from.longitude());
      double sinLat = Math.sin(dLat / 2);
      double sinLon = Math.sin(dLon / 2);
      double a = sinLat * sinLat + cosLatitude[l] * cosTo * sinLon * sinLon;
      return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
  }

  /** The mean earth radius {@link GeoPoint#distanceKm} uses. */
  private static final double EARTH_RADIUS_KM = 6371.0088;

  private volatile LocationTable locationTable;

  /** Exact search over subsets of the candidates, smallest first, with a lower-bound cut. */
  private SourcingPlan search(Order order, List<OrderLine> lines, int[] waiting, int[] skuOf,
      Candidate[] candidates, int[][] stock, int[] channelCap, List<SourcingPlan.Note> notes) {
    long penalty = costModel.unallocatedPenaltyMinor(order);
    OrderPolicy policy = policyFor(order);
    boolean complete = policy.mode() == OrderPolicy.Mode.SHIP_COMPLETE;
    Search search = new Search(order, waiting, skuOf, candidates, stock, channelCap, penalty, complete,
        policy.maxShipments());
    search.offer(new int[0]); // allocating nothing is always possible
    long cheapestShipment = Long.MAX_VALUE;
    for (int c = 0; c < candidates.length; c++) {
      cheapestShipment = Math.min(cheapestShipment, search.shipmentCost(c, 1));
    }
    int maxSize = Math.min(policy.maxShipments(), candidates.length);
    search.prepareBounds();
    for (int size = 1; size <= maxSize; size++) {
      if (search.bestAcceptable != null && size * cheapestShipment >= search.bestAcceptable.total()) {
        break; // no set of this many shipments can beat the best acceptable option (costs grow with units)
      }
      search.extend(new int[size], 0, 0, 0);
    }
    // ship complete: the cheapest option that allocates everything, else nothing (the order waits)
    Evaluated chosen = search.bestAcceptable;
    List<SourcingPlan.Allocation> allocations = new ArrayList<>();
    int[] allocatedPerLine = new int[lines.size()];
    search.fill(chosen.subset);
    for (int s = 0; s < chosen.subset.length; s++) {
      LocationId at = candidates[chosen.subset[s]].location().id();
      for (int i = 0; i < lines.size(); i++) {
        int units = search.units[s][i];
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
    List<SourcingPlan.Evaluated> described = new ArrayList<>();
    described.add(describe(chosen, candidates));
    for (Evaluated e : search.best) {
      if (e != chosen) {
        described.add(describe(e, candidates));
      }
    }
    return new SourcingPlan(order.id(), order.version(), allocations, backorders, chosen.total(), order.currency(),
        notes, described);
  }

  private static final int OPTIONS_SHOWN = 4;

  /**
   * An {@code rows} x {@code columns} array, allocated row by row: a two-dimensional {@code new} is a call into the
   * JVM runtime, which costs more than the rest of a small plan's allocations together.
   */
  private static int[][] ints(int rows, int columns) {
    int[][] a = new int[rows][];
    for (int r = 0; r < rows; r++) {
      a[r] = new int[columns];
    }
    return a;
  }

  /** The state of one search: scratch arrays, the best options so far (by total, then size, then ranks). */
  private final class Search {
    /** Below zero when {@code a} is better than {@code b}: cheaper, then fewer locations, then preferred ones. */
    private static int compare(Evaluated a, Evaluated b) {
      int cmp = Long.compare(a.total(), b.total());
      if (cmp == 0) {
        cmp = Integer.compare(a.subset.length, b.subset.length);
      }
      return cmp != 0 ? cmp : Arrays.compare(a.subset, b.subset);
    }

    final Order order;
    final int[] waiting;
    final int[] skuOf;
    final Candidate[] candidates;
    final int[][] stock;
    final int[] channelCap;
    final int[] capLeft;
    final long penalty;
    final boolean complete;
    final int[][] left;
    final int[][] units;
    /** Units each location of the subset being offered ships. */
    final int[] shipped;
    final List<Evaluated> best = new ArrayList<>(OPTIONS_SHOWN + 1);
    /** Shipment costs asked so far, by candidate and units ({@code c * costStride + units}); -1 when not yet. */
    final long[] costs;
    final int costStride;
    Evaluated bestAcceptable;
    /** Units wanted per SKU. */
    long[] demand;
    /** Per depth of a subset being built: units its first locations hold per SKU. */
    long[][] supply;
    /** Per candidate c: the least any candidate from c on adds to a subset's cost (1-unit shipment + rank). */
    long[] cheapestFrom;
    /** Per candidate c and SKU: the most units any candidate from c on holds. */
    int[][] mostFrom;

    Search(Order order, int[] waiting, int[] skuOf, Candidate[] candidates, int[][] stock, int[] channelCap,
        long penalty, boolean complete, int maxShipments) {
      this.order = order;
      this.waiting = waiting;
      this.skuOf = skuOf;
      this.candidates = candidates;
      this.stock = stock;
      this.channelCap = channelCap;
      this.capLeft = new int[channelCap.length];
      this.penalty = penalty;
      this.complete = complete;
      int maxSize = Math.min(maxShipments, candidates.length);
      this.left = ints(maxSize, channelCap.length);
      this.units = ints(maxSize, waiting.length);
      this.shipped = new int[maxSize];
      int total = 0;
      for (int w : waiting) {
        total += w;
      }
      this.costStride = total + 1;
      this.costs = new long[candidates.length * costStride];
      Arrays.fill(costs, -1);
    }

    /** The cost of shipping {@code units} from candidate {@code c}, asked of the cost model once per plan. */
    long shipmentCost(int c, int units) {
      long cost = costs[c * costStride + units];
      if (cost < 0) {
        Candidate candidate = candidates[c];
        cost = costModel.shipmentCostMinor(order, candidate.location(), units, candidate.distanceKm());
        if (cost < 0) {
          throw new InvalidInputException("costModel", cost, "a shipment cost must not be negative");
        }
        costs[c * costStride + units] = cost;
      }
      return cost;
    }

    /** Computes what {@link #extend}'s bounds need, once the 1-unit shipment costs are known. */
    void prepareBounds() {
      int n = candidates.length;
      int skus = channelCap.length;
      demand = new long[skus];
      for (int i = 0; i < waiting.length; i++) {
        demand[skuOf[i]] += waiting[i];
      }
      supply = new long[left.length + 1][];
      for (int d = 0; d < supply.length; d++) {
        supply[d] = new long[skus];
      }
      cheapestFrom = new long[n + 1];
      mostFrom = ints(n + 1, skus);
      cheapestFrom[n] = Long.MAX_VALUE / 4;
      for (int c = n - 1; c >= 0; c--) {
        cheapestFrom[c] = Math.min(cheapestFrom[c + 1], shipmentCost(c, 1) + rankPenaltyMinor * c);
        for (int s = 0; s < skus; s++) {
          mostFrom[c][s] = Math.max(mostFrom[c + 1][s], stock[c][s]);
        }
      }
    }

    /**
     * Offers every subset of {@code subset.length} candidates that extends {@code subset[0..depth)} with indexes
     * from {@code from} on, in lexicographic order (as an exhaustive search would), skipping those that provably
     * could neither be chosen nor be among the options shown: a lower bound on a subset's total is a 1-unit
     * shipment from each location (costs never fall as units rise) plus the penalty for the units that even the
     * most stocked remaining candidates could not cover.
     *
     * @param chosenCost the 1-unit shipment costs and rank penalties of {@code subset[0..depth)}
     */
    void extend(int[] subset, int depth, int from, long chosenCost) {
      int size = subset.length;
      int after = size - depth - 1; // locations still to choose after this one
      long[] have = supply[depth];
      long[] with = supply[depth + 1];
      for (int c = from; c <= candidates.length - 1 - after; c++) {
        long cost = chosenCost + shipmentCost(c, 1) + rankPenaltyMinor * c;
        long bound = cost + after * cheapestFrom[c + 1];
        long unallocated = 0;
        for (int s = 0; s < demand.length; s++) {
          with[s] = have[s] + stock[c][s];
          long reachable = Math.min(channelCap[s], with[s] + (long) after * mostFrom[c + 1][s]);
          unallocated += Math.max(0, demand[s] - reachable);
        }
        if (!mayMatter(bound + unallocated * penalty, unallocated)) {
          continue;
        }
        subset[depth] = c;
        if (after == 0) {
          offer(subset);
        } else {
          extend(subset, depth + 1, c + 1, cost);
        }
      }
    }

    /**
     * Whether an option whose total is at least {@code bound} and leaves at least {@code unallocated} units could
     * still be kept by {@link #offer}: as the choice or among the best options shown.
     */
    private boolean mayMatter(long bound, long unallocated) {
      boolean forShowing = best.size() < OPTIONS_SHOWN || bound <= best.get(best.size() - 1).total();
      boolean forChoice = (!complete || unallocated == 0) && bound <= bestAcceptable.total();
      return forShowing || forChoice;
    }

    /**
     * Fills the lines from the subset's locations in preference order, into {@link #units}.
     *
     * @return the units left unallocated
     */
    int fill(int[] subset) {
      int unallocated = 0;
      for (int j = 0; j < subset.length; j++) {
        System.arraycopy(stock[subset[j]], 0, left[j], 0, left[j].length);
        Arrays.fill(units[j], 0);
      }
      System.arraycopy(channelCap, 0, capLeft, 0, channelCap.length);
      for (int i = 0; i < waiting.length; i++) {
        int sku = skuOf[i];
        int need = waiting[i];
        for (int j = 0; j < subset.length && need > 0; j++) {
          int take = Math.min(Math.min(need, left[j][sku]), capLeft[sku]);
          left[j][sku] -= take;
          capLeft[sku] -= take;
          units[j][i] = take;
          need -= take;
        }
        unallocated += need;
      }
      return unallocated;
    }

    /** Evaluates a subset and keeps it if it is among the best (its units are filled again when needed). */
    void offer(int[] subset) {
      int unallocated = fill(subset);
      long shipping = 0;
      long preference = 0;
      for (int j = 0; j < subset.length; j++) {
        int sent = 0;
        for (int u : units[j]) {
          sent += u;
        }
        if (sent == 0) {
          return; // the same as the subset without this location
        }
        shipped[j] = sent;
        shipping += shipmentCost(subset[j], sent);
        preference += rankPenaltyMinor * subset[j];
      }
      long total = shipping + unallocated * penalty + preference;
      boolean acceptable = !complete || unallocated == 0 || subset.length == 0;
      boolean keepForBest = best.size() < OPTIONS_SHOWN || total <= best.get(best.size() - 1).total();
      boolean keepAsChoice = acceptable && (bestAcceptable == null || total <= bestAcceptable.total());
      if (!keepForBest && !keepAsChoice) {
        return;
      }
      Evaluated e = new Evaluated(subset.clone(), Arrays.copyOf(shipped, subset.length), unallocated, shipping,
          unallocated * penalty + preference);
      if (keepAsChoice && (bestAcceptable == null || compare(e, bestAcceptable) < 0)) {
        bestAcceptable = e;
      }
      if (keepForBest) {
        int at = best.size();
        while (at > 0 && compare(e, best.get(at - 1)) < 0) {
          at--;
        }
        best.add(at, e);
        if (best.size() > OPTIONS_SHOWN) {
          best.remove(best.size() - 1);
        }
      }
    }
  }

  private static SourcingPlan.Evaluated describe(Evaluated e, Candidate[] candidates) {
    LocationId[] locations = new LocationId[e.subset.length];
    Integer[] units = new Integer[e.subset.length];
    for (int s = 0; s < e.subset.length; s++) {
      locations[s] = candidates[e.subset[s]].location().id();
      units[s] = e.shipped[s];
    }
    return new SourcingPlan.Evaluated(List.of(locations), List.of(units), e.unallocated, e.shipping, e.penalty);
  }

  /** An option offered: the candidates (indexes, ascending), units each ships, and what it costs. */
  private record Evaluated(int[] subset, int[] shipped, int unallocated, long shipping, long penalty) {
    long total() {
      return shipping + penalty;
    }
  }

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
    private long rankPenaltyMinor = 1;
    private int batchEffort = 12;
    private LocationLoad load;

    private Builder(Inventory inventory) {
      this.inventory = inventory;
    }

    /** Appends a rule to the chain. */
    public Builder rule(SourcingRule rule) {
      rules.add(requireNonNull(rule, "rule"));
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
