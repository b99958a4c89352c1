package org.oms4j.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Amounts;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderEventType;
import org.oms4j.core.order.OrderLine;
import org.oms4j.core.order.StateMachines;

/**
 * Sourcing of a batch of orders that compete for the same stock. It starts from the better of two one-by-one passes
 * (the given priority order, then the least flexible orders first), then improves: an order that costs more than it
 * would alone is planned again, alone and then together with each order holding stock it wants (that order gives
 * its stock back, the wanting order plans first, the holder plans from what is left); a change is kept only if the
 * total falls, so the result never costs more than one-by-one allocation in the given order. Orders that cannot take
 * an allocation now (on hold, cancelled, shipped) get a plan that changes nothing. Deterministic for the same input. One instance per batch; not thread-safe.
 */
final class BatchSearch {
  /** How many holders of wanted stock are tried per order and round. */
  private static final int HOLDERS_TRIED = 8;

  private final Sourcing sourcing;
  private final Sourcing.LocationTable table;
  private final List<Order> orders;
  private long plansLeft;
  private SourcingPlan[] alone;
  private final Map<Sku, int[]> initial = new HashMap<>();
  private final Map<Sku, int[]> work = new HashMap<>();
  private final Map<Sku, Integer> skuIndex = new HashMap<>();
  private final List<Map<LineId, Sku>> lineSkus = new ArrayList<>();
  private final Map<Long, TreeSet<Integer>> holders = new HashMap<>();
  /** Orders of the batch currently assigned to each location (by index), for daily capacities. */
  private final int[] ordersAt;
  /** Orders that cannot take an allocation now (held, cancelled, shipped): they get an empty plan. */
  private final boolean[] frozen;
  private final SourcingPlan[] current;
  private final Sourcing.Atp workAtp;
  private int improvements;
  private int[] flexibility;
  private long total;
  /** First passes tried, effort permitting: the given order, least flexible first, then seeded shuffles. */
  private static final int STARTS = 6;
  /** Improvement rounds over every order after a first pass. */
  private static final int ROUNDS = 4;
  /** The least effort, in single-order plans, any batch gets: small batches are searched thoroughly. */
  static final int MIN_PLANS = 3_000;

  BatchSearch(Sourcing sourcing, Sourcing.LocationTable table, List<Order> orders, Sourcing.Atp source,
      int effort) {
    this.sourcing = sourcing;
    this.table = table;
    this.orders = orders;
    this.plansLeft = Math.max(MIN_PLANS, (long) effort * orders.size());
    this.current = new SourcingPlan[orders.size()];
    this.ordersAt = new int[table.locations().size()];
    this.frozen = new boolean[orders.size()];
    for (int i = 0; i < orders.size(); i++) {
      frozen[i] = !StateMachines.ORDER.permits(orders.get(i).status(), OrderEventType.ALLOCATE);
    }
    int locations = table.locations().size();
    for (Order order : orders) {
      Map<LineId, Sku> skus = new HashMap<>();
      for (OrderLine line : order.lines()) {
        skus.put(line.id(), line.sku());
        if (!initial.containsKey(line.sku())) {
          int[] atp = new int[locations];
          source.read(line.sku(), table, atp);
          initial.put(line.sku(), atp);
          work.put(line.sku(), atp.clone());
          skuIndex.put(line.sku(), skuIndex.size());
        }
      }
      lineSkus.add(skus);
    }
    this.workAtp = (sku, t, into) -> {
      int[] left = work.get(sku);
      if (left != null) {
        System.arraycopy(left, 0, into, 0, left.length);
      }
    };
  }

  /** Plans the batch; see the class comment. */
  BatchPlan run() {
    int n = orders.size();
    alone = new SourcingPlan[n];
    long aloneCost = 0;
    for (int i = 0; i < n; i++) {
      alone[i] = plan(i);
      aloneCost += alone[i].costMinor();
    }
    Integer[] given = new Integer[n];
    for (int i = 0; i < n; i++) {
      given[i] = i;
    }
    flexibility = new int[n];
    for (int i = 0; i < n; i++) {
      flexibility[i] = flexibility(alone[i]);
    }
    Integer[] leastFlexibleFirst = given.clone();
    Arrays.sort(leastFlexibleFirst, (a, b) -> Integer.compare(flexibility[a], flexibility[b])); // stable
    Random random = new Random(n);
    long greedyCost = pass(given);
    improveEverywhere();
    SourcingPlan[] best = current.clone();
    long bestCost = total;
    for (int start = 1; start < STARTS && plansLeft > 2L * n; start++) {
      Integer[] sequence = leastFlexibleFirst;
      if (start > 1) {
        List<Integer> shuffled = new ArrayList<>(Arrays.asList(given));
        Collections.shuffle(shuffled, random);
        sequence = shuffled.toArray(new Integer[0]);
      }
      reset();
      pass(sequence);
      improveEverywhere();
      if (total < bestCost) {
        bestCost = total;
        best = current.clone();
      }
    }
    reset();
    for (int i = 0; i < n; i++) {
      take(i, best[i]);
    }
    perturb(random);
    var currency = orders.get(0).currency();
    return new BatchPlan(List.of(current), Amounts.ofMinor(total, currency), Amounts.ofMinor(greedyCost, currency),
        Amounts.ofMinor(aloneCost, currency), improvements);
  }

  /** Improvement rounds over every order, most regret first, while they pay and the effort lasts. */
  private void improveEverywhere() {
    for (int round = 0; round < ROUNDS && plansLeft > 0; round++) {
      Integer[] byRegret = new Integer[orders.size()];
      for (int i = 0; i < byRegret.length; i++) {
        byRegret[i] = i;
      }
      Arrays.sort(byRegret, Comparator.comparingLong((Integer i) -> alone[i].costMinor() - current[i].costMinor()));
      if (!improve(Arrays.asList(byRegret))) {
        return;
      }
    }
  }

  /**
   * Iterated local search while the effort lasts: re-plans a random order that costs more than it would alone
   * together with some of the orders holding stock it wants, in random order, improves around them, and keeps the
   * result only if the batch got cheaper.
   */
  private void perturb(Random random) {
    List<Integer> regretful = new ArrayList<>();
    while (plansLeft > 0) {
      regretful.clear();
      for (int i = 0; i < orders.size(); i++) {
        if (current[i].costMinor() > alone[i].costMinor()) {
          regretful.add(i);
        }
      }
      if (regretful.isEmpty()) {
        return;
      }
      int x = regretful.get(random.nextInt(regretful.size()));
      List<Integer> group = new ArrayList<>(holdersOfWhat(x));
      Collections.shuffle(group, random);
      group = new ArrayList<>(group.subList(0, Math.min(group.size(), 1 + random.nextInt(4))));
      group.add(x);
      Collections.shuffle(group, random);
      long before = total;
      int improvementsBefore = improvements;
      journal = new HashMap<>();
      for (int i : group) {
        give(i);
      }
      for (int i : group) {
        take(i, plan(i));
      }
      Set<Integer> around = new TreeSet<>(group);
      for (int i : group) {
        around.addAll(holdersOfWhat(i));
      }
      improve(around); // may also move orders outside around (the holders it swaps with): the journal has them all
      Map<Integer, SourcingPlan> changed = journal;
      journal = null;
      if (total >= before) {
        for (int i : changed.keySet()) {
          give(i);
        }
        changed.forEach(this::take);
        improvements = improvementsBefore; // none of them was kept
      }
    }
  }

  /** While a perturbation runs: the plan each order it moved had before it, to put back if it does not pay. */
  private Map<Integer, SourcingPlan> journal;

  /** Plans and takes each order in this sequence from what is left; returns the total cost. */
  private long pass(Integer[] sequence) {
    long total = 0;
    for (int i : sequence) {
      SourcingPlan p = plan(i);
      take(i, p);
      total += p.costMinor();
    }
    return total;
  }

  /** One round of improvements; whether any was kept. */
  private boolean improve(Iterable<Integer> which) {
    boolean improved = false;
    for (int x : which) {
      if (plansLeft <= 0) {
        break;
      }
      if (current[x].costMinor() <= alone[x].costMinor()) {
        continue;
      }
      SourcingPlan before = current[x];
      give(x);
      SourcingPlan again = plan(x);
      if (again.costMinor() < before.costMinor()) {
        take(x, again);
        improvements++;
        improved = true;
        if (again.costMinor() <= alone[x].costMinor()) {
          continue;
        }
      } else {
        take(x, before);
      }
      Set<Integer> holding = holdersOfWhat(x);
      if (holding.size() > 1 && evict(x, holding)) {
        improvements++;
        improved = true;
        continue;
      }
      int tried = 0;
      for (int y : holding) {
        if (tried++ >= HOLDERS_TRIED) {
          break;
        }
        if (swap(x, y)) {
          improvements++;
          improved = true;
          break;
        }
      }
    }
    return improved;
  }

  /** Re-plans x first and then y from what is left; keeps it if the pair costs less. */
  private boolean swap(int x, int y) {
    SourcingPlan oldX = current[x];
    SourcingPlan oldY = current[y];
    give(x);
    give(y);
    SourcingPlan newX = plan(x);
    take(x, newX);
    SourcingPlan newY = plan(y);
    take(y, newY);
    if (newX.costMinor() + newY.costMinor() < oldX.costMinor() + oldY.costMinor()) {
      return true;
    }
    give(x);
    give(y);
    take(x, oldX);
    take(y, oldY);
    return false;
  }

  /**
   * Re-plans x first and then every order holding stock it wants (up to {@link #HOLDERS_TRIED} of them) from what is
   * left, the holders in index order, least flexible first, and reversed; keeps the cheapest of these if they cost
   * less together than before.
   */
  private boolean evict(int x, Set<Integer> holding) {
    List<Integer> holders = new ArrayList<>();
    for (int y : holding) {
      if (holders.size() >= HOLDERS_TRIED) {
        break;
      }
      holders.add(y);
    }
    List<Integer> group = new ArrayList<>(holders);
    group.add(0, x);
    SourcingPlan[] before = new SourcingPlan[group.size()];
    long costBefore = 0;
    for (int k = 0; k < group.size(); k++) {
      before[k] = current[group.get(k)];
      costBefore += before[k].costMinor();
    }
    List<Integer> leastFlexible = new ArrayList<>(holders);
    leastFlexible.sort(Comparator.comparingInt(y -> flexibility[y]));
    List<Integer> reversed = new ArrayList<>(holders);
    Collections.reverse(reversed);
    SourcingPlan[] best = null;
    long bestCost = costBefore;
    for (List<Integer> order : List.of(holders, leastFlexible, reversed)) {
      for (int i : group) {
        give(i);
      }
      long cost = 0;
      SourcingPlan px = plan(x);
      take(x, px);
      cost += px.costMinor();
      for (int y : order) {
        SourcingPlan py = plan(y);
        take(y, py);
        cost += py.costMinor();
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = new SourcingPlan[group.size()];
        for (int k = 0; k < group.size(); k++) {
          best[k] = current[group.get(k)];
        }
      }
      for (int i : group) {
        give(i);
      }
      for (int k = 0; k < group.size(); k++) {
        take(group.get(k), before[k]);
      }
    }
    if (best == null) {
      return false;
    }
    for (int i : group) {
      give(i);
    }
    for (int k = 0; k < group.size(); k++) {
      take(group.get(k), best[k]);
    }
    return true;
  }

  /** The other orders holding stock of x's SKUs at the locations of x's best options alone, lowest index first. */
  private Set<Integer> holdersOfWhat(int x) {
    TreeSet<Integer> found = new TreeSet<>();
    for (List<LocationId> option : alone[x].optionLocations()) {
      for (LocationId location : option) {
        int l = table.index().get(location);
        for (Sku sku : lineSkus.get(x).values()) {
          TreeSet<Integer> h = holders.get(key(sku, l));
          if (h != null) {
            found.addAll(h);
          }
        }
      }
    }
    found.remove(x);
    return found;
  }

  /** How many locations could supply every waiting unit of the order alone. */
  private static int flexibility(SourcingPlan alone) {
    int waiting = alone.unallocatedUnits();
    for (SourcingPlan.Allocation a : alone.allocations()) {
      waiting += a.quantity();
    }
    int count = 0;
    for (SourcingPlan.CandidateNote note : alone.candidates()) {
      if (note.rank().isPresent() && note.coverableUnits() == waiting) {
        count++;
      }
    }
    return count;
  }

  private SourcingPlan plan(int i) {
    if (frozen[i]) {
      return SourcingPlan.nothing(orders.get(i));
    }
    plansLeft--;
    return sourcing.plan(orders.get(i), table, workAtp, Set.of(), ordersAt);
  }

  private void take(int i, SourcingPlan plan) {
    for (SourcingPlan.Allocation a : plan.allocations()) {
      Sku sku = lineSkus.get(i).get(a.lineId());
      int l = table.index().get(a.locationId());
      int[] left = work.get(sku);
      left[l] -= a.quantity();
      if (left[l] < 0) {
        throw new IllegalStateException("batch sourcing over-allocated " + sku + " at " + a.locationId()
            + "; this is a bug in oms4j");
      }
      holders.computeIfAbsent(key(sku, l), k -> new TreeSet<>()).add(i);
    }
    for (int l : locationsOf(plan)) {
      ordersAt[l]++;
    }
    current[i] = plan;
    total += plan.costMinor();
  }

  private void give(int i) {
    if (journal != null) {
      journal.putIfAbsent(i, current[i]);
    }
    for (SourcingPlan.Allocation a : current[i].allocations()) {
      Sku sku = lineSkus.get(i).get(a.lineId());
      int l = table.index().get(a.locationId());
      work.get(sku)[l] += a.quantity();
      TreeSet<Integer> h = holders.get(key(sku, l));
      if (h != null) {
        h.remove(i);
      }
    }
    for (int l : locationsOf(current[i])) {
      ordersAt[l]--;
    }
    total -= current[i].costMinor();
    current[i] = null;
  }

  private void reset() {
    initial.forEach((sku, atp) -> System.arraycopy(atp, 0, work.get(sku), 0, atp.length));
    holders.clear();
    Arrays.fill(current, null);
    Arrays.fill(ordersAt, 0);
    total = 0;
  }

  /** The distinct location indexes a plan allocates at. */
  private Set<Integer> locationsOf(SourcingPlan plan) {
    Set<Integer> locations = new TreeSet<>();
    for (SourcingPlan.Allocation a : plan.allocations()) {
      locations.add(table.index().get(a.locationId()));
    }
    return locations;
  }

  private long key(Sku sku, int location) {
    return (long) skuIndex.get(sku) * table.locations().size() + location;
  }
}
