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
import org.oms4j.core.internal.Geo;
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
  /** The rules that can remove candidates, in chain order (the others keep every candidate). */
  private final SourcingRule[] excluders;
  /** The rules that rank candidates, in chain order (the others rank all alike, so they cannot change the order). */
  private final SourcingRule[] rankers;
  private final OrderPolicy policy;
  private final List<ConditionalPolicy> policies;
  private final CostModel costModel;
  /** The cost model when it is the default distance model, which the search asks without boxing distances. */
  private final DistanceCostModel distanceModel;
  private final Geocoder geocoder;
  private final int candidateLimit;
  private final int optionsShown;
  private final long rankPenaltyMinor;
  private final int batchEffort;
  private final Optional<LocationLoad> load;

  private Sourcing(Builder b) {
    this.inventory = b.inventory;
    List<SourcingRule> rules = List.copyOf(b.rules);
    this.excluders = rules.stream().filter(r -> overrides(r, "excludes")).toArray(SourcingRule[]::new);
    this.rankers = rules.stream().filter(r -> overrides(r, "rank")).toArray(SourcingRule[]::new);
    this.policy = b.policy;
    this.policies = List.copyOf(b.policies);
    this.costModel = b.costModel;
    this.distanceModel = b.costModel instanceof DistanceCostModel d ? d : null;
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
    Search search = scratch.get();
    if (search.busy) {
      search = new Search(); // planning again on the same thread from inside a rule or cost model
    }
    search.busy = true;
    search.owner = this;
    try {
      return search.plan(order, table, atp, leaving, batchOrders);
    } finally {
      search.done();
    }
  }

  /**
   * Each thread's planning space, reused from plan to plan so that planning allocates little beyond the plan it
   * returns (fresh memory for scratch arrays cost more than the arithmetic on them).
   */
  private final ThreadLocal<Search> scratch = ThreadLocal.withInitial(Search::new);

  private static final String INACTIVE = "location is inactive";
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
   * values per location), from which a distance takes no trigonometry beyond one arcsine.
   */
  record LocationTable(List<Location> locations, Map<LocationId, Integer> index, boolean[] located,
      double[] unitVectors) {
    /** {@link GeoPoint#distanceKm} from location {@code l} to the point with unit vector {@code to}. */
    double distanceKm(int l, double[] to) {
      return Geo.distanceKm(unitVectors, 3 * l, to, 0);
    }
  }

  private volatile LocationTable locationTable;


  /** {@code a} if it holds {@code n} values, else a new array that does (to be filled by the caller). */
  private static int[] room(int[] a, int n) {
    return a.length >= n ? a : new int[Math.max(n, 2 * a.length)];
  }

  private static long[] room(long[] a, int n) {
    return a.length >= n ? a : new long[Math.max(n, 2 * a.length)];
  }

  private static double[] room(double[] a, int n) {
    return a.length >= n ? a : new double[Math.max(n, 2 * a.length)];
  }

  /**
   * One plan at a time on one thread: the order's waiting lines, the stock read for them, the candidates, and an
   * exact search over subsets of the best candidates, smallest first, that skips subsets a lower bound rules out.
   * Arrays of numbers are flat ({@code row * width + column}) and kept between plans; arrays of objects are made
   * per plan, as storing new objects into long-lived arrays costs a GC write barrier's slow path each time.
   */
  private static final class Search {
    /** The sourcing planning now (set for one plan; not kept, so a thread's scratch space never pins it). */
    Sourcing owner;
    boolean busy;
    // the order's lines waiting for stock and their distinct SKUs
    Order order;
    OrderLine[] lines;
    int lineCount;
    int[] waiting = new int[4];
    int[] skuOf = new int[4];
    Sku[] skus;
    int skuCount;
    int[][] atpBySku = new int[4][0]; // per SKU, by location index
    int[] channelCap = new int[4];
    final double[] toVector = new double[3]; // the ship-to address's unit vector
    // candidates kept by the chain, and the searched ones (the best candidateLimit) in preference order
    Candidate[] kept;
    int[] keptIndex = new int[16];
    int keptCount;
    double[] keys = new double[64];
    int[] byPreference = new int[16];
    Candidate[] candidates;
    int n;
    int[] stock = new int[32]; // candidate x SKU
    // the search
    long penalty;
    boolean complete;
    /** Whether every SKU has one waiting line and no channel cap (see {@link #fillTotals}). */
    boolean oneLinePerSku;
    int maxSize;
    int[] left = new int[16]; // subset position x SKU
    int[] units = new int[16]; // subset position x line
    int[] shipped = new int[4];
    int[] capLeft = new int[4];
    long[] costs = new long[64]; // candidate x units: shipment costs asked so far, -1 when not yet
    int costStride;
    long[] demand = new long[4];
    long[] supply = new long[16]; // depth x SKU: units the first positions of a subset being built hold
    long[] single = new long[8]; // what candidate c adds at least to a subset's cost (1-unit shipment + rank)
    long[] cheapestFrom = new long[16]; // the least any candidate from c on adds
    long[] chosenCost = new long[4]; // per depth: what the positions before it add at least
    int[] mostFrom = new int[32]; // (candidate, SKU): most units any candidate from c on holds
    int[][] subsets = new int[4][];
    /** The best options so far, best first (reused slots). */
    Option[] best = new Option[0];
    int bestCount;
    /** The best acceptable option so far (the choice), once {@link #hasChoice}. */
    final Option choice = new Option();
    boolean hasChoice;
    /** The highest total that could still be shown (the last shown option's while all are taken). */
    long showLimit = Long.MAX_VALUE;
    /** The highest total that could still be chosen (the choice's, once there is one). */
    long choiceLimit = Long.MAX_VALUE;
    /** The option being offered. */
    final Option trial = new Option();

    /** Forgets the plan's objects, so that the scratch space does not keep them alive. */
    void done() {
      busy = false;
      owner = null;
      order = null;
      lines = null;
      skus = null;
      kept = null;
      candidates = null;
      bestCount = 0;
      hasChoice = false;
      showLimit = Long.MAX_VALUE;
      choiceLimit = Long.MAX_VALUE;
    }

    SourcingPlan plan(Order order, LocationTable table, Atp atp, Set<LocationId> leaving, int[] batchOrders) {
      this.order = order;
      if (best.length != owner.optionsShown) {
        best = new Option[owner.optionsShown];
        for (int b = 0; b < best.length; b++) {
          best[b] = new Option();
        }
      }
      readLines(order);
      List<Location> locations = table.locations();
      int locationCount = locations.size();
      if (atpBySku.length < skuCount) {
        atpBySku = Arrays.copyOf(atpBySku, Math.max(skuCount, 2 * atpBySku.length));
      }
      for (int s = 0; s < skuCount; s++) {
        int[] row = atpBySku[s];
        if (row == null || row.length != locationCount) {
          row = new int[locationCount];
          atpBySku[s] = row;
        } else {
          Arrays.fill(row, 0);
        }
        atp.read(skus[s], table, row);
      }
      // a channel buffer caps what this order's channel may take of each SKU across the network
      channelCap = room(channelCap, skuCount);
      Arrays.fill(channelCap, 0, skuCount, Integer.MAX_VALUE);
      Optional<ChannelBuffer> buffer = owner.inventory.channelBuffer(order.draft().channel());
      if (buffer.isPresent()) {
        for (int s = 0; s < skuCount; s++) {
          int network = 0;
          for (int l = 0; l < locationCount; l++) {
            network += locations.get(l).active() ? atpBySku[s][l] : 0;
          }
          channelCap[s] = buffer.get().visible(network);
        }
      }
      List<SourcingPlan.Note> removed = new ArrayList<>();
      collectCandidates(table, leaving, batchOrders, removed);
      rankCandidates();
      n = Math.min(owner.candidateLimit, keptCount);
      candidates = new Candidate[n];
      stock = room(stock, n * skuCount);
      Candidate[] inOrder = new Candidate[keptCount];
      for (int r = 0; r < keptCount; r++) {
        Candidate c = kept[byPreference[r]];
        inOrder[r] = c;
        if (r < n) {
          candidates[r] = c;
          int l = keptIndex[byPreference[r]];
          for (int s = 0; s < skuCount; s++) {
            stock[r * skuCount + s] = atpBySku[s][l];
          }
        }
      }
      return search(removed, List.of(inOrder));
    }

    /** The lines waiting for stock (open or backordered units), and their distinct SKUs. */
    private void readLines(Order order) {
      List<OrderLine> all = order.lines();
      lines = new OrderLine[all.size()];
      waiting = room(waiting, all.size());
      skuOf = room(skuOf, all.size());
      skus = new Sku[all.size()];
      lineCount = 0;
      skuCount = 0;
      for (OrderLine line : all) {
        LineQuantities q = order.quantities(line.id());
        int units = q.open() + q.backordered();
        if (units > 0) {
          int s = 0;
          while (s < skuCount && !skus[s].equals(line.sku())) {
            s++;
          }
          if (s == skuCount) {
            skus[skuCount++] = line.sku();
          }
          skuOf[lineCount] = s;
          waiting[lineCount] = units;
          lines[lineCount++] = line;
        }
      }
    }

    /**
     * The locations with something to offer the order, in location order: those inactive, leaving, at capacity or
     * removed by a rule get a note; the rest are kept.
     */
    private void collectCandidates(LocationTable table, Set<LocationId> leaving, int[] batchOrders,
        List<SourcingPlan.Note> removed) {
      List<Location> locations = table.locations();
      Optional<GeoPoint> destination = owner.geocoder.locate(order.draft().shipTo());
      if (destination.isPresent()) {
        Geo.unitVector(destination.get().latitude(), destination.get().longitude(), toVector, 0);
      }
      left = room(left, skuCount);
      kept = new Candidate[16];
      keptCount = 0;
      for (int l = 0; l < locations.size(); l++) {
        for (int s = 0; s < skuCount; s++) {
          left[s] = atpBySku[s][l];
        }
        int coverable = 0;
        for (int i = 0; i < lineCount; i++) {
          int take = Math.min(left[skuOf[i]], waiting[i]);
          left[skuOf[i]] -= take;
          coverable += take;
        }
        if (coverable == 0) {
          continue; // nothing to offer this order: not a candidate (not listed, to keep plans small)
        }
        Location location = locations.get(l);
        if (!location.active() || leaving.contains(location.id())) {
          removed.add(new SourcingPlan.Note(location.id(), Double.NaN, coverable,
              location.active() ? "re-route" : "active", location.active() ? LEAVING : INACTIVE));
          continue;
        }
        if (owner.load.isPresent() && location.dailyOrderCapacity().isPresent()) {
          int capacity = location.dailyOrderCapacity().getAsInt();
          int taken = owner.load.get().ordersToday(location) + (batchOrders == null ? 0 : batchOrders[l]);
          if (taken >= capacity) {
            removed.add(new SourcingPlan.Note(location.id(), Double.NaN, coverable, "capacity",
                "at its daily capacity of " + capacity + " orders"));
            continue;
          }
        }
        double distance = destination.isPresent() && table.located()[l] ? table.distanceKm(l, toVector) : Double.NaN;
        Candidate candidate = new Candidate(location, distance, coverable);
        SourcingRule excludedBy = null;
        for (int r = 0; r < owner.excluders.length && excludedBy == null; r++) {
          SourcingRule rule = owner.excluders[r];
          Optional<String> why = rule.excludes(order, candidate);
          if (why.isPresent()) {
            removed.add(new SourcingPlan.Note(location.id(), distance, coverable, rule.name(), why.get()));
            excludedBy = rule;
          }
        }
        if (excludedBy == null) {
          if (kept.length == keptCount) {
            kept = Arrays.copyOf(kept, 2 * keptCount);
          }
          keptIndex = room(keptIndex, keptCount + 1);
          keptIndex[keptCount] = l;
          kept[keptCount++] = candidate;
        }
      }
    }

    /**
     * The chain's preference: rank keys rule by rule, then location id, into {@link #byPreference} (insertion sort:
     * a few dozen candidates).
     */
    private void rankCandidates() {
      int ruleCount = owner.rankers.length;
      keys = room(keys, keptCount * ruleCount);
      byPreference = room(byPreference, keptCount);
      for (int c = 0; c < keptCount; c++) {
        for (int r = 0; r < ruleCount; r++) {
          keys[c * ruleCount + r] = owner.rankers[r].rank(order, kept[c]);
        }
        int at = c;
        while (at > 0 && prefer(c, byPreference[at - 1], ruleCount) < 0) {
          byPreference[at] = byPreference[at - 1];
          at--;
        }
        byPreference[at] = c;
      }
    }

    /** Below zero when kept candidate x comes before kept candidate y in the chain's preference. */
    private int prefer(int x, int y, int ruleCount) {
      for (int r = 0; r < ruleCount; r++) {
        int cmp = Double.compare(keys[x * ruleCount + r], keys[y * ruleCount + r]);
        if (cmp != 0) {
          return cmp;
        }
      }
      return kept[x].location().id().value().compareTo(kept[y].location().id().value());
    }

    /** The exact search over subsets of the searched candidates, and the plan it chooses. */
    private SourcingPlan search(List<SourcingPlan.Note> removed, List<Candidate> inOrder) {
      penalty = owner.costModel.unallocatedPenaltyMinor(order);
      if (penalty < 0) {
        throw new InvalidInputException("costModel", penalty, "an unallocated-unit penalty must not be negative");
      }
      oneLinePerSku = skuCount == lineCount;
      for (int s = 0; s < skuCount; s++) {
        oneLinePerSku &= channelCap[s] == Integer.MAX_VALUE;
      }
      OrderPolicy policy = owner.policyFor(order);
      complete = policy.mode() == OrderPolicy.Mode.SHIP_COMPLETE;
      maxSize = Math.min(policy.maxShipments(), n);
      int total = 0;
      for (int i = 0; i < lineCount; i++) {
        total += waiting[i];
      }
      costStride = total + 1;
      costs = room(costs, n * costStride);
      Arrays.fill(costs, 0, n * costStride, -1);
      left = room(left, Math.max(1, maxSize) * skuCount);
      units = room(units, Math.max(1, maxSize) * lineCount);
      shipped = room(shipped, maxSize);
      capLeft = room(capLeft, skuCount);
      offer(new int[0]); // allocating nothing is always possible
      long cheapestShipment = Long.MAX_VALUE;
      for (int c = 0; c < n; c++) {
        cheapestShipment = Math.min(cheapestShipment, shipmentCost(c, 1));
      }
      prepareBounds();
      if (subsets.length <= maxSize) {
        subsets = Arrays.copyOf(subsets, maxSize + 1);
      }
      for (int size = 1; size <= maxSize; size++) {
        if (hasChoice && size * cheapestShipment >= choice.total()) {
          break; // no set of this many shipments can beat the best acceptable option (costs grow with units)
        }
        if (subsets[size] == null) {
          subsets[size] = new int[size];
        }
        enumerate(subsets[size]);
      }
      // ship complete: the cheapest option that allocates everything, else nothing (the order waits)
      Option chosen = choice;
      List<SourcingPlan.Allocation> allocations = new ArrayList<>(lineCount);
      int[] allocatedPerLine = new int[lineCount];
      fill(chosen.subset, chosen.size);
      for (int j = 0; j < chosen.size; j++) {
        LocationId at = candidates[chosen.subset[j]].location().id();
        for (int i = 0; i < lineCount; i++) {
          int sent = units[j * lineCount + i];
          if (sent > 0) {
            allocations.add(new SourcingPlan.Allocation(lines[i].id(), at, sent));
            allocatedPerLine[i] += sent;
          }
        }
      }
      List<SourcingPlan.Backorder> backorders = new ArrayList<>(0);
      for (int i = 0; i < lineCount; i++) {
        if (waiting[i] > allocatedPerLine[i]) {
          backorders.add(new SourcingPlan.Backorder(lines[i].id(), waiting[i] - allocatedPerLine[i]));
        }
      }
      List<SourcingPlan.Evaluated> described = new ArrayList<>(bestCount + 1);
      described.add(describe(chosen));
      for (int b = 0; b < bestCount; b++) {
        if (!best[b].sameSubset(chosen)) {
          described.add(describe(best[b]));
        }
      }
      return new SourcingPlan(order.id(), order.version(), allocations, backorders, chosen.total(),
          order.currency(), removed, inOrder, owner.candidateLimit, described);
    }

    private SourcingPlan.Evaluated describe(Option e) {
      LocationId[] locations = new LocationId[e.size];
      Integer[] sent = new Integer[e.size];
      for (int j = 0; j < e.size; j++) {
        locations[j] = candidates[e.subset[j]].location().id();
        sent[j] = e.shipped[j];
      }
      return new SourcingPlan.Evaluated(List.of(locations), List.of(sent), e.unallocated, e.shipping, e.penalty);
    }

    /** The cost of shipping {@code units} from candidate {@code c}, asked of the cost model once per plan. */
    long shipmentCost(int c, int units) {
      long cost = costs[c * costStride + units];
      if (cost < 0) {
        Candidate candidate = candidates[c];
        cost = owner.distanceModel != null
            ? owner.distanceModel.shipmentCostMinor(units, candidate.distanceKmOrNaN())
            : owner.costModel.shipmentCostMinor(order, candidate.location(), units, candidate.distanceKm());
        if (cost < 0) {
          throw new InvalidInputException("costModel", cost, "a shipment cost must not be negative");
        }
        if (units > 1 && cost < costs[c * costStride + 1]) { // the search's bounds take 1 unit as the cheapest
          throw new InvalidInputException("costModel", cost, "a shipment of " + units + " units from "
              + candidate.location().id() + " costs less than one of 1 unit (" + costs[c * costStride + 1]
              + "); shipment costs must not fall as units rise");
        }
        costs[c * costStride + units] = cost;
      }
      return cost;
    }

    /** Computes what {@link #enumerate}'s bounds need, once the 1-unit shipment costs are known. */
    private void prepareBounds() {
      demand = room(demand, skuCount);
      Arrays.fill(demand, 0, skuCount, 0);
      for (int i = 0; i < lineCount; i++) {
        demand[skuOf[i]] += waiting[i];
      }
      supply = room(supply, (maxSize + 1) * skuCount);
      Arrays.fill(supply, 0, skuCount, 0); // depth 0: nothing chosen yet
      cheapestFrom = room(cheapestFrom, n + 1);
      mostFrom = room(mostFrom, (n + 1) * skuCount);
      single = room(single, n);
      chosenCost = room(chosenCost, maxSize + 1);
      cheapestFrom[n] = Long.MAX_VALUE / 4;
      Arrays.fill(mostFrom, n * skuCount, (n + 1) * skuCount, 0);
      for (int c = n - 1; c >= 0; c--) {
        single[c] = shipmentCost(c, 1) + owner.rankPenaltyMinor * c;
        cheapestFrom[c] = Math.min(cheapestFrom[c + 1], single[c]);
        for (int s = 0; s < skuCount; s++) {
          mostFrom[c * skuCount + s] = Math.max(mostFrom[(c + 1) * skuCount + s], stock[c * skuCount + s]);
        }
      }
    }

    /**
     * Offers every subset of {@code subset.length} candidates in lexicographic order (as an exhaustive search
     * would), depth first without recursion, skipping every subset (and every extension of a partial one) that
     * provably could neither be chosen nor be among the options shown: a lower bound on a subset's total is a
     * 1-unit shipment from each location (costs never fall as units rise) plus the penalty for the units that even
     * the most stocked remaining candidates could not cover.
     */
    private void enumerate(int[] subset) {
      // locals: offer() may change fields, so field reads inside the loop would be repeated after every call
      final int size = subset.length;
      final int skus = skuCount;
      final int last = n - 1;
      final long perUnit = penalty;
      final boolean mustBeComplete = complete;
      final long[] chosen = chosenCost;
      final long[] adds = single;
      final long[] cheapest = cheapestFrom;
      final long[] held = supply;
      final long[] wanted = demand;
      final int[] units = stock;
      final int[] most = mostFrom;
      final int[] cap = channelCap;
      chosen[0] = 0;
      subset[0] = -1;
      int depth = 0;
      while (depth >= 0) {
        int c = ++subset[depth];
        int after = size - depth - 1; // locations still to choose after this one
        if (c > last - after) {
          depth--;
          continue;
        }
        long cost = chosen[depth] + adds[c];
        long bound = cost + after * cheapest[c + 1];
        int have = depth * skus;
        int with = have + skus;
        int from = c * skus;
        int next = from + skus; // (c + 1) * skus
        long unallocated = 0;
        for (int s = 0; s < skus; s++) {
          long sum = held[have + s] + units[from + s];
          held[with + s] = sum;
          long reachable = Math.min(cap[s], after == 0 ? sum : sum + (long) after * most[next + s]);
          unallocated += Math.max(0, wanted[s] - reachable);
        }
        long total = bound + unallocated * perUnit;
        if (total > showLimit && (total > choiceLimit || mustBeComplete && unallocated > 0)) {
          continue; // could be neither shown (all shown are cheaper) nor chosen (the choice is cheaper or complete)
        }
        if (after == 0) {
          offer(subset);
        } else {
          chosen[depth + 1] = cost;
          depth++;
          subset[depth] = c; // the next position starts after c
        }
      }
    }


    /**
     * Fills the lines from the subset's locations in preference order, into {@link #units} (per position and line)
     * and {@link #shipped} (per position). Plain loops: the arrays are a handful of values long.
     *
     * @return the units left unallocated
     */
    private int fill(int[] subset, int k) {
      for (int j = 0; j < k; j++) {
        int from = subset[j] * skuCount;
        int to = j * skuCount;
        for (int s = 0; s < skuCount; s++) {
          left[to + s] = stock[from + s];
        }
        shipped[j] = 0;
      }
      for (int s = 0; s < skuCount; s++) {
        capLeft[s] = channelCap[s];
      }
      int unallocated = 0;
      for (int i = 0; i < lineCount; i++) {
        int sku = skuOf[i];
        int need = waiting[i];
        for (int j = 0; j < k; j++) {
          int take = Math.min(Math.min(need, left[j * skuCount + sku]), capLeft[sku]);
          left[j * skuCount + sku] -= take;
          capLeft[sku] -= take;
          need -= take;
          shipped[j] += take;
          units[j * lineCount + i] = take;
        }
        unallocated += need;
      }
      return unallocated;
    }

    /**
     * {@link #fill} for the common case of one line per SKU and no channel cap, where no location's stock is shared
     * between lines: only the units per position ({@link #shipped}) are computed.
     *
     * @return the units left unallocated
     */
    private int fillTotals(int[] subset) {
      int k = subset.length;
      for (int j = 0; j < k; j++) {
        shipped[j] = 0;
      }
      int unallocated = 0;
      for (int i = 0; i < lineCount; i++) {
        int sku = skuOf[i];
        int need = waiting[i];
        for (int j = 0; j < k && need > 0; j++) {
          int take = Math.min(need, stock[subset[j] * skuCount + sku]);
          shipped[j] += take;
          need -= take;
        }
        unallocated += need;
      }
      return unallocated;
    }

    /** Evaluates a subset and keeps it if it is among the best (its units are filled again when needed). */
    private void offer(int[] subset) {
      int unallocated = oneLinePerSku ? fillTotals(subset) : fill(subset, subset.length);
      long shipping = 0;
      long preference = 0;
      for (int j = 0; j < subset.length; j++) {
        if (shipped[j] == 0) {
          return; // the same as the subset without this location
        }
        shipping += shipmentCost(subset[j], shipped[j]);
        preference += owner.rankPenaltyMinor * subset[j];
      }
      long total = shipping + unallocated * penalty + preference;
      boolean acceptable = !complete || unallocated == 0 || subset.length == 0;
      boolean keepForBest = total <= showLimit;
      boolean keepAsChoice = acceptable && total <= choiceLimit;
      if (!keepForBest && !keepAsChoice) {
        return;
      }
      trial.set(subset, shipped, unallocated, shipping, unallocated * penalty + preference);
      if (keepAsChoice && (!hasChoice || trial.compareTo(choice) < 0)) {
        choice.copy(trial);
        hasChoice = true;
        choiceLimit = choice.total();
      }
      if (keepForBest) {
        int at = bestCount;
        while (at > 0 && trial.compareTo(best[at - 1]) < 0) {
          at--;
        }
        if (at < best.length) {
          Option slot = bestCount < best.length ? best[bestCount++] : best[best.length - 1]; // free or dropped
          for (int b = bestCount - 1; b > at; b--) {
            best[b] = best[b - 1];
          }
          best[at] = slot;
          slot.copy(trial);
          showLimit = bestCount < best.length ? Long.MAX_VALUE : best[best.length - 1].total();
        }
      }
    }
  }

  /** An option offered, in a slot the search reuses: candidate indexes (ascending), units each ships, its cost. */
  private static final class Option {
    int[] subset = new int[4];
    int[] shipped = new int[4];
    int size;
    int unallocated;
    long shipping;
    long penalty;

    long total() {
      return shipping + penalty;
    }

    void set(int[] subset, int[] shipped, int unallocated, long shipping, long penalty) {
      size = subset.length;
      if (this.subset.length < size) {
        this.subset = new int[size];
        this.shipped = new int[size];
      }
      for (int j = 0; j < size; j++) { // a few values: a loop beats the array-copy stub
        this.subset[j] = subset[j];
        this.shipped[j] = shipped[j];
      }
      this.unallocated = unallocated;
      this.shipping = shipping;
      this.penalty = penalty;
    }

    void copy(Option o) {
      size = o.size;
      if (subset.length < size) {
        subset = new int[size];
        shipped = new int[size];
      }
      for (int j = 0; j < size; j++) {
        subset[j] = o.subset[j];
        shipped[j] = o.shipped[j];
      }
      unallocated = o.unallocated;
      shipping = o.shipping;
      penalty = o.penalty;
    }

    boolean sameSubset(Option o) {
      return Arrays.equals(subset, 0, size, o.subset, 0, o.size);
    }

    /** Below zero when this option is better than {@code o}: cheaper, then fewer locations, then preferred ones. */
    int compareTo(Option o) {
      int cmp = Long.compare(total(), o.total());
      if (cmp == 0) {
        cmp = Integer.compare(size, o.size);
      }
      for (int j = 0; cmp == 0 && j < size; j++) { // sizes are equal here
        cmp = Integer.compare(subset[j], o.subset[j]);
      }
      return cmp;
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
     * to answer "why not from there?". Fewer make planning faster, as the search can skip more; 1 shows the choice
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
