package org.oms4j.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.GeoPoint;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Geo;
import org.oms4j.core.inventory.ChannelBuffer;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.order.LineQuantities;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderLine;
import org.oms4j.rules.Sourcing.Atp;
import org.oms4j.rules.Sourcing.LocationTable;

/**
 * One plan at a time on one thread: the order's waiting lines, the stock read for them, the candidates, and an
 * exact search over subsets of the best candidates, smallest first, that skips subsets a lower bound rules out; and
 * the same search again, from a plan's {@link Snapshot}, for the options the plan shows. Arrays of numbers are flat
 * ({@code row * width + column}) and kept between plans; arrays of objects are made per plan, as storing new objects
 * into long-lived arrays costs a GC write barrier's slow path each time.
 */
final class SourcingSearch {
  private static final String INACTIVE = "location is inactive";
  private static final String LEAVING = "allocations are being moved away from it";
  private static final int[] NONE = new int[0];

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
  // candidates kept by the chain, and the same in preference order (the first n, at most candidateLimit, searched)
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
  /** Whether no channel buffer caps a SKU (then {@link #enumerateUncapped} prices subsets as it builds them). */
  boolean uncapped;
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
  // enumerateUncapped, per depth: what each line still needs, shipping so far, units each position ships
  int[] needAt = new int[16];
  long[] shippingAt = new long[4];
  int[] unitsAt = new int[4]; // per SKU, units left at the position being filled
  int[] stillNeeded = new int[4]; // per SKU
  int[][] subsets = new int[4][];
  /** Slots for the best options so far (reused from plan to plan); the first {@link #slots} are used. */
  Option[] best = new Option[0];
  int slots;
  /** The slots of the best options so far, best first (ints, so keeping them in order moves no references). */
  int[] bestOrder = new int[0];
  int bestCount;
  /** The best acceptable option so far (the choice), once {@link #hasChoice}. */
  final Option choice = new Option();
  boolean hasChoice;
  /** The highest total that could still be shown (the last shown option's while all are taken). */
  long showLimit = Long.MAX_VALUE;
  /** The highest total that could still be chosen (the choice's, once there is one). */
  long choiceLimit = Long.MAX_VALUE;

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
    candidates = new Candidate[keptCount]; // in preference order: the first n are searched
    stock = room(stock, n * skuCount);
    for (int r = 0; r < keptCount; r++) {
      candidates[r] = kept[byPreference[r]];
      if (r < n) {
        int l = keptIndex[byPreference[r]];
        for (int s = 0; s < skuCount; s++) {
          stock[r * skuCount + s] = atpBySku[s][l];
        }
      }
    }
    return search(removed);
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
    for (int l = 0; l < all.size(); l++) {
      OrderLine line = all.get(l);
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
      int any = 0;
      for (int s = 0; s < skuCount; s++) {
        left[s] = atpBySku[s][l];
        any |= left[s];
      }
      if (any == 0) {
        continue; // holds none of the order's SKUs (most locations, for most orders)
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
      double chord = destination.isPresent() && table.located()[l] ? table.chordSquared(l, toVector) : Double.NaN;
      Candidate candidate = new Candidate(location, chord, coverable);
      SourcingRule excludedBy = null;
      for (int r = 0; r < owner.excluders.length && excludedBy == null; r++) {
        SourcingRule rule = owner.excluders[r];
        Optional<String> why = rule.excludes(order, candidate);
        if (why.isPresent()) {
          removed.add(new SourcingPlan.Note(location.id(), chord, coverable, rule.name(), why.get()));
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

  /**
   * The plan: the choice of an exact search over subsets of the searched candidates. The next-best options it shows
   * are worked out from a copy of the search's inputs when first asked for ({@link Snapshot}): the choice alone
   * prunes far more of the search than the best few options do.
   */
  private SourcingPlan search(List<SourcingPlan.Note> removed) {
    boolean later = owner.costModel.repeatable(); // else the options are priced now, with the choice
    runSearch(later ? 1 : owner.optionsShown);
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
    if (!later) {
      return new SourcingPlan(order.id(), order.version(), allocations, backorders, chosen.total(),
          order.currency(), removed, candidates, n, null, packOptions());
    }
    Snapshot inputs = new Snapshot(owner, order, candidates, n, skuCount, lineCount, Arrays.copyOf(waiting, lineCount),
        Arrays.copyOf(skuOf, lineCount), Arrays.copyOf(channelCap, skuCount), Arrays.copyOf(stock, n * skuCount));
    return new SourcingPlan(order.id(), order.version(), allocations, backorders, chosen.total(),
        order.currency(), removed, candidates, n, inputs, null);
  }

  /**
   * The search's inputs, copied into a plan, from which it works out the options to show when first asked: the
   * same search again, keeping the best {@link Sourcing.Builder#optionsShown} options, so they are what an eager
   * search would have shown (cost models depend only on their arguments).
   */
  record Snapshot(Sourcing owner, Order order, Candidate[] candidates, int n, int skuCount, int lineCount,
      int[] waiting, int[] skuOf, int[] channelCap, int[] stock) {
    /** The options shown, packed as {@link SourcingPlan} keeps them. */
    Packed options() {
      return owner.withSearch(search -> search.optionsOf(this));
    }
  }

  /**
   * Options packed: per option its number of locations k, its units left unallocated, k positions among the kept
   * candidates, then the k locations' units ({@code options}); per option its shipping and its penalty in minor units
   * ({@code costs}).
   */
  record Packed(int[] options, long[] costs) {
    static final Packed NONE = new Packed(new int[0], new long[0]);
  }

  /** Runs the search again on a plan's inputs, keeping the best options, and packs them. */
  private Packed optionsOf(Snapshot in) {
    order = in.order();
    candidates = in.candidates();
    n = in.n();
    skuCount = in.skuCount();
    lineCount = in.lineCount();
    waiting = room(waiting, lineCount);
    skuOf = room(skuOf, lineCount);
    channelCap = room(channelCap, skuCount);
    stock = room(stock, n * skuCount);
    System.arraycopy(in.waiting(), 0, waiting, 0, lineCount);
    System.arraycopy(in.skuOf(), 0, skuOf, 0, lineCount);
    System.arraycopy(in.channelCap(), 0, channelCap, 0, skuCount);
    System.arraycopy(in.stock(), 0, stock, 0, n * skuCount);
    runSearch(owner.optionsShown);
    return packOptions();
  }

  /** The choice and the best options the search kept, packed. */
  private Packed packOptions() {
    Option chosen = choice;
    int count = 1;
    int length = 2 + 2 * chosen.size;
    for (int b = 0; b < bestCount; b++) {
      Option shown = best[bestOrder[b]];
      if (!shown.sameSubset(chosen)) {
        count++;
        length += 2 + 2 * shown.size;
      }
    }
    int[] packed = new int[length];
    long[] packedCosts = new long[2 * count];
    int at = chosen.pack(packed, 0, packedCosts, 0);
    for (int b = 0, o = 1; b < bestCount; b++) {
      Option shown = best[bestOrder[b]];
      if (!shown.sameSubset(chosen)) {
        at = shown.pack(packed, at, packedCosts, o++);
      }
    }
    return new Packed(packed, packedCosts);
  }

  /** The exact search over subsets of the searched candidates, keeping the choice and the best {@code k} options. */
  private void runSearch(int k) {
    slots = k;
    if (best.length < k) {
      best = new Option[k];
      bestOrder = new int[k];
      for (int b = 0; b < k; b++) {
        best[b] = new Option();
        bestOrder[b] = b;
      }
    }
    penalty = owner.costModel.unallocatedPenaltyMinor(order);
    if (penalty < 0) {
      throw new InvalidInputException("costModel", penalty, "an unallocated-unit penalty must not be negative");
    }
    uncapped = true;
    for (int s = 0; s < skuCount; s++) {
      uncapped &= channelCap[s] == Integer.MAX_VALUE;
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
    offer(NONE); // allocating nothing is always possible
    long cheapestShipment = prepareBounds();
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
      if (uncapped) {
        enumerateUncapped(subsets[size]);
      } else {
        enumerate(subsets[size]);
      }
    }
  }

  /** The cost of shipping {@code units} from candidate {@code c}, asked of the cost model once per plan. */
  long shipmentCost(int c, int units) {
    long cost = costs[c * costStride + units];
    if (cost < 0) {
      Candidate candidate = candidates[c];
      cost = owner.costModel.shipmentCostMinor(order, candidate.location(), units, candidate.distanceKm());
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

  /**
   * Prices each searched candidate's 1-unit shipment and computes what the bounds of {@link #enumerate} and {@link
   * #enumerateUncapped} need from it.
   *
   * @return the cheapest 1-unit shipment of any searched candidate
   */
  private long prepareBounds() {
    if (!uncapped) { // what enumerate alone needs
      demand = room(demand, skuCount);
      Arrays.fill(demand, 0, skuCount, 0);
      for (int i = 0; i < lineCount; i++) {
        demand[skuOf[i]] += waiting[i];
      }
      supply = room(supply, (maxSize + 1) * skuCount);
      Arrays.fill(supply, 0, skuCount, 0); // depth 0: nothing chosen yet
      chosenCost = room(chosenCost, maxSize + 1);
    }
    cheapestFrom = room(cheapestFrom, n + 1);
    mostFrom = room(mostFrom, (n + 1) * skuCount);
    single = room(single, n);
    cheapestFrom[n] = Long.MAX_VALUE / 4;
    Arrays.fill(mostFrom, n * skuCount, (n + 1) * skuCount, 0);
    long cheapestShipment = Long.MAX_VALUE;
    for (int c = n - 1; c >= 0; c--) {
      long oneUnit = shipmentCost(c, 1);
      cheapestShipment = Math.min(cheapestShipment, oneUnit);
      single[c] = oneUnit + owner.rankPenaltyMinor * c;
      cheapestFrom[c] = Math.min(cheapestFrom[c + 1], single[c]);
      for (int s = 0; s < skuCount; s++) {
        mostFrom[c * skuCount + s] = Math.max(mostFrom[(c + 1) * skuCount + s], stock[c * skuCount + s]);
      }
    }
    return cheapestShipment;
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
   * {@link #enumerate} when no channel buffer caps a SKU. Then what a position ships depends only on the positions
   * before it (lines take from positions in preference order), so each position is filled and priced as the subset
   * grows: the bound uses the exact cost of the positions chosen so far, a location that would ship nothing is
   * skipped with every set that extends it (such a set is the same as the one without it), and a complete subset
   * is kept without being filled again.
   */
  private void enumerateUncapped(int[] subset) {
    final int size = subset.length;
    final int skus = skuCount;
    final int lineCount = this.lineCount;
    final int last = n - 1;
    final long perUnit = penalty;
    final long rankPenalty = owner.rankPenaltyMinor;
    final boolean mustBeComplete = complete;
    final long[] cheapest = cheapestFrom;
    final int[] held = stock;
    final int[] most = mostFrom;
    final int[] sku = skuOf;
    needAt = room(needAt, (size + 1) * lineCount);
    shippingAt = room(shippingAt, size + 1);
    unitsAt = room(unitsAt, skus);
    stillNeeded = room(stillNeeded, skus);
    final int[] need = needAt;
    final long[] shippingSoFar = shippingAt;
    final int[] left = unitsAt;
    final int[] remaining = stillNeeded;
    final int[] sent = shipped;
    System.arraycopy(waiting, 0, need, 0, lineCount);
    shippingSoFar[0] = 0;
    long preference = 0; // rank penalties of the positions before the current depth
    subset[0] = -1;
    int depth = 0;
    while (depth >= 0) {
      int c = ++subset[depth];
      int after = size - depth - 1; // locations still to choose after this one
      if (c > last - after) {
        depth--;
        if (depth >= 0) {
          preference -= rankPenalty * subset[depth];
        }
        continue;
      }
      // fill this position: each line, in order, takes what it still needs from what is left here
      for (int s = 0; s < skus; s++) {
        left[s] = held[c * skus + s];
        remaining[s] = 0;
      }
      int here = 0;
      int from = depth * lineCount;
      int to = from + lineCount;
      for (int i = 0; i < lineCount; i++) {
        int s = sku[i];
        int take = Math.min(need[from + i], left[s]);
        left[s] -= take;
        here += take;
        need[to + i] = need[from + i] - take;
        remaining[s] += need[to + i];
      }
      if (here == 0) {
        continue; // ships nothing: every set with it is a set without it
      }
      long shippingNow = shippingSoFar[depth] + shipmentCost(c, here);
      long preferenceNow = preference + rankPenalty * c;
      long unallocated = 0; // at least, whatever the remaining positions hold
      for (int s = 0; s < skus; s++) {
        unallocated += Math.max(0, remaining[s] - (after == 0 ? 0 : (long) after * most[(c + 1) * skus + s]));
      }
      long total = shippingNow + preferenceNow + (after == 0 ? 0 : after * cheapest[c + 1]) + unallocated * perUnit;
      if (total > showLimit && (total > choiceLimit || mustBeComplete && unallocated > 0)) {
        continue; // could be neither shown (all shown are cheaper) nor chosen (the choice is cheaper or complete)
      }
      sent[depth] = here;
      if (after == 0) {
        keep(subset, sent, (int) unallocated, shippingNow, unallocated * perUnit + preferenceNow);
      } else {
        shippingSoFar[depth + 1] = shippingNow;
        preference = preferenceNow;
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

  /** Evaluates a subset and keeps it if it is among the best (its units are filled again when needed). */
  private void offer(int[] subset) {
    int unallocated = fill(subset, subset.length);
    long shipping = 0;
    long preference = 0;
    for (int j = 0; j < subset.length; j++) {
      if (shipped[j] == 0) {
        return; // the same as the subset without this location
      }
      shipping += shipmentCost(subset[j], shipped[j]);
      preference += owner.rankPenaltyMinor * subset[j];
    }
    keep(subset, shipped, unallocated, shipping, unallocated * penalty + preference);
  }

  /**
   * Keeps an option (its subset, the units each position ships, its cost) if it is the best acceptable one so far
   * or among the best to show.
   */
  private void keep(int[] subset, int[] shipped, int unallocated, long shipping, long penalties) {
    long total = shipping + penalties;
    boolean acceptable = !complete || unallocated == 0 || subset.length == 0;
    boolean keepForBest = total <= showLimit;
    boolean keepAsChoice = acceptable && total <= choiceLimit;
    if (!keepForBest && !keepAsChoice) {
      return;
    }
    if (keepAsChoice && (!hasChoice || choice.compareTo(total, subset) > 0)) {
      choice.set(subset, shipped, unallocated, shipping, penalties);
      hasChoice = true;
      choiceLimit = total;
    }
    if (keepForBest) {
      int at = bestCount;
      while (at > 0 && best[bestOrder[at - 1]].compareTo(total, subset) > 0) {
        at--;
      }
      if (at < slots) {
        int slot = bestOrder[bestCount < slots ? bestCount++ : slots - 1]; // a free one or the dropped
        for (int b = bestCount - 1; b > at; b--) {
          bestOrder[b] = bestOrder[b - 1];
        }
        bestOrder[at] = slot;
        best[slot].set(subset, shipped, unallocated, shipping, penalties);
        showLimit = bestCount < slots ? Long.MAX_VALUE : best[bestOrder[slots - 1]].total();
      }
    }
  }

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

    /**
     * Writes this option as {@link SourcingPlan} keeps it, into {@code into} from {@code at} and as option number
     * {@code number} of {@code costs}.
     *
     * @return where the next option starts in {@code into}
     */
    int pack(int[] into, int at, long[] costs, int number) {
      into[at++] = size;
      into[at++] = unallocated;
      for (int j = 0; j < size; j++) {
        into[at + j] = subset[j];
        into[at + size + j] = shipped[j];
      }
      costs[2 * number] = shipping;
      costs[2 * number + 1] = penalty;
      return at + 2 * size;
    }

    boolean sameSubset(Option o) {
      return Arrays.equals(subset, 0, size, o.subset, 0, o.size);
    }

    /**
     * Above zero when the option of {@code total} over {@code subset} (ascending indexes) is better than this one:
     * cheaper, then fewer locations, then preferred ones.
     */
    int compareTo(long total, int[] subset) {
      int cmp = Long.compare(total(), total);
      if (cmp == 0) {
        cmp = Integer.compare(size, subset.length);
      }
      for (int j = 0; cmp == 0 && j < size; j++) { // sizes are equal here
        cmp = Integer.compare(this.subset[j], subset[j]);
      }
      return cmp;
    }
  }
}
