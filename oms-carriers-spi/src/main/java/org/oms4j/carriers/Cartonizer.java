package org.oms4j.carriers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.Length;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Parcel;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.internal.Amounts;
import org.oms4j.core.internal.Checks;

/**
 * Chooses right-sized boxes for a shipment's items: every item packed, no box over its weight limit, no overlap,
 * every item inside its box; fewest boxes first, then lowest box plus shipping cost, then least empty volume.
 * Deterministic: the same items and catalog give the same packing.
 *
 * <p>Each box is filled first-fit over "extreme points" (the corners next to items already placed, lowest first),
 * trying the orientations each item allows. Three plans are built — box by box, choosing the box that takes all
 * remaining items at the lowest cost or else the most volume; first-fit decreasing into the largest box; and the
 * same with each box filled in shelves (rows, then rows side by side, then layers, items as given); when items
 * limit the load on top of them, the first two again with the sturdiest items first — then every box of each plan
 * is swapped for the cheapest catalog box that still holds its items, and the best plan is kept, so the result
 * never uses more boxes than either first-fit-decreasing baseline. Geometry is computed in whole micrometres,
 * rounding items up and boxes down, so placements are exact.
 *
 * <p>Stacking limits hold in every box: an item marked {@linkplain CartonItem#keepUpright() this side up} keeps its
 * height vertical, and the load on an item never exceeds its {@linkplain CartonItem#maxLoadOnTop() limit}. The
 * load is counted conservatively: the whole weight of every item reachable upwards from it (placed higher with an
 * overlapping footprint, then the same from that item, and so on), each counted once. Items otherwise rest where
 * placed: support from below is not modelled.
 */
public final class Cartonizer {
  private final Function<Parcel, MonetaryAmount> shippingCost;

  private Cartonizer(Function<Parcel, MonetaryAmount> shippingCost) {
    this.shippingCost = shippingCost;
  }

  /** A cartonizer that counts only box cost (shipping cost zero). */
  public static Cartonizer boxCostOnly() {
    return new Cartonizer(p -> null); // private convention: null means "no shipping cost"
  }

  /**
   * A cartonizer that adds, per box, the shipping cost of the box as a parcel (outer dimensions, gross weight),
   * for example a rate from a table-rate carrier or a price per billable kilogram.
   */
  public static Cartonizer withShippingCost(Function<Parcel, MonetaryAmount> shippingCost) {
    Objects.requireNonNull(shippingCost, "shippingCost");
    return new Cartonizer(p -> Objects.requireNonNull(shippingCost.apply(p), "shipping cost of " + p));
  }

  private static long micrometres(Length length, RoundingMode mode) {
    return length.millimetres().movePointRight(3).setScale(0, mode).longValueExact();
  }

  private static Length length(long micrometres) {
    return Length.of(BigDecimal.valueOf(micrometres, 3), LengthUnit.MM);
  }

  /** An item prepared for packing: its orientations in micrometres and exact lengths. */
  private record Prepared(CartonItem item, int index, List<long[]> sizes, List<Dimensions> placed,
      BigDecimal volume) {}

  private static Prepared prepare(CartonItem item, int index) {
    Dimensions d = item.dimensions();
    Length[] s = {d.length(), d.width(), d.height()};
    int[][] perms;
    if (!item.mayRotate()) {
      perms = new int[][] {{0, 1, 2}};
    } else if (item.keepUpright()) {
      perms = new int[][] {{0, 1, 2}, {1, 0, 2}};
    } else {
      perms = new int[][] {{0, 1, 2}, {1, 0, 2}, {0, 2, 1}, {2, 0, 1}, {1, 2, 0}, {2, 1, 0}};
    }
    List<long[]> sizes = new ArrayList<>();
    List<Dimensions> placed = new ArrayList<>();
    Set<List<Long>> seen = new HashSet<>();
    for (int[] p : perms) {
      long[] size = {micrometres(s[p[0]], RoundingMode.CEILING), micrometres(s[p[1]], RoundingMode.CEILING),
          micrometres(s[p[2]], RoundingMode.CEILING)};
      if (seen.add(List.of(size[0], size[1], size[2]))) {
        sizes.add(size);
        placed.add(new Dimensions(s[p[0]], s[p[1]], s[p[2]]));
      }
    }
    return new Prepared(item, index, sizes, placed, d.cubicMillimetres());
  }

  /** A box being filled. */
  private static final class Fill {
    final BoxType box;
    final long[] inner;
    final List<long[]> boxes = new ArrayList<>(); // x, y, z, dx, dy, dz
    final List<long[]> points = new ArrayList<>();
    final List<Placement> placements = new ArrayList<>();
    final List<Prepared> items = new ArrayList<>();
    boolean limited; // whether a placed item limits the load on top of it
    Weight gross;

    Fill(BoxType box) {
      this.box = box;
      this.inner = new long[] {micrometres(box.inner().length(), RoundingMode.FLOOR),
          micrometres(box.inner().width(), RoundingMode.FLOOR), micrometres(box.inner().height(), RoundingMode.FLOOR)};
      this.points.add(new long[] {0, 0, 0});
      this.gross = box.emptyWeight();
    }

    boolean tryAdd(Prepared item) {
      Weight after = gross.plus(item.item().weight());
      if (after.exceeds(box.maxWeight())) {
        return false;
      }
      for (int pi = 0; pi < points.size(); pi++) {
        long[] p = points.get(pi);
        for (int oi = 0; oi < item.sizes().size(); oi++) {
          long[] s = item.sizes().get(oi);
          if (p[0] + s[0] > inner[0] || p[1] + s[1] > inner[1] || p[2] + s[2] > inner[2]) {
            continue;
          }
          long[] at = {p[0], p[1], p[2], s[0], s[1], s[2]};
          if (overlaps(at) || !bearable(item, at)) {
            continue;
          }
          place(item, oi, p);
          pointFilled = true;
          points.remove(pi);
          addPoint(new long[] {p[0] + s[0], p[1], p[2]});
          addPoint(new long[] {p[0], p[1] + s[1], p[2]});
          addPoint(new long[] {p[0], p[1], p[2] + s[2]});
          return true;
        }
      }
      return false;
    }

    /** Whether two placed blocks (x, y, z, dx, dy, dz) overlap seen from above. */
    private static boolean footprintsOverlap(long[] a, long[] b) {
      return a[0] < b[0] + b[3] && b[0] < a[0] + a[3] && a[1] < b[1] + b[4] && b[1] < a[1] + a[4];
    }

    /**
     * Whether {@code item} placed as block {@code at} keeps every load within its limit. The load on an item is
     * the weight of every item reachable upwards from it (higher, with overlapping footprints, step by step), each
     * counted once. Only the new item and the items it rests on, directly or through others, carry more than
     * before, so only their limits are checked, and only when some item has one.
     */
    private boolean bearable(Prepared item, long[] at) {
      if (!limited && item.item().maxLoadOnTop().isEmpty()) {
        return true;
      }
      List<long[]> all = new ArrayList<>(boxes);
      all.add(at);
      int added = all.size() - 1;
      boolean[] under = reach(all, added, false);
      for (int i = 0; i <= added; i++) {
        java.util.Optional<Weight> limit = i == added ? item.item().maxLoadOnTop()
            : under[i] ? items.get(i).item().maxLoadOnTop() : java.util.Optional.empty();
        if (limit.isEmpty()) {
          continue;
        }
        boolean[] over = reach(all, i, true);
        BigDecimal load = BigDecimal.ZERO;
        for (int j = 0; j < added; j++) {
          load = over[j] ? load.add(items.get(j).item().weight().grams()) : load;
        }
        load = over[added] ? load.add(item.item().weight().grams()) : load;
        if (load.compareTo(limit.get().grams()) > 0) {
          return false;
        }
      }
      return true;
    }

    /** The blocks reachable from block {@code from} going up (or down) through stacked blocks. */
    private static boolean[] reach(List<long[]> all, int from, boolean up) {
      boolean[] reached = new boolean[all.size()];
      int[] todo = new int[all.size()];
      int size = 0;
      todo[size++] = from;
      while (size > 0) {
        long[] b = all.get(todo[--size]);
        for (int j = 0; j < all.size(); j++) {
          long[] other = all.get(j);
          boolean stacked = up ? other[2] >= b[2] + b[5] : b[2] >= other[2] + other[5];
          if (!reached[j] && stacked && footprintsOverlap(other, b)) {
            reached[j] = true;
            todo[size++] = j;
          }
        }
      }
      return reached;
    }

    /** Records {@code item} in orientation {@code oi} at {@code p}; the caller has checked that it fits. */
    void place(Prepared item, int oi, long[] p) {
      long[] s = item.sizes().get(oi);
      limited |= item.item().maxLoadOnTop().isPresent();
      boxes.add(new long[] {p[0], p[1], p[2], s[0], s[1], s[2]});
      placements.add(new Placement(item.item().id(), length(p[0]), length(p[1]), length(p[2]),
          item.placed().get(oi)));
      items.add(item);
      gross = gross.plus(item.item().weight());
    }

    // shelf filling: rows along x, rows stacked along y, layers up z; items as given (orientation 0)
    long shelfX;
    long shelfY;
    long shelfZ;
    long rowDepth;
    long layerHeight;

    boolean pointFilled;

    boolean tryShelf(Prepared item) {
      if (pointFilled || gross.plus(item.item().weight()).exceeds(box.maxWeight())) {
        return false;
      }
      long[] s = item.sizes().get(0);
      if (s[0] > inner[0] || s[1] > inner[1] || s[2] > inner[2]) {
        return false;
      }
      long x = shelfX;
      long y = shelfY;
      long z = shelfZ;
      long row = rowDepth;
      long layer = layerHeight;
      if (x + s[0] > inner[0]) {
        x = 0;
        y += row;
        row = 0;
      }
      if (y + s[1] > inner[1]) {
        x = 0;
        y = 0;
        z += layer;
        row = 0;
        layer = 0;
      }
      if (z + s[2] > inner[2] || !bearable(item, new long[] {x, y, z, s[0], s[1], s[2]})) {
        return false;
      }
      place(item, 0, new long[] {x, y, z});
      shelfX = x + s[0];
      shelfY = y;
      shelfZ = z;
      rowDepth = Math.max(row, s[1]);
      layerHeight = Math.max(layer, s[2]);
      return true;
    }

    private void addPoint(long[] p) {
      if (p[0] >= inner[0] || p[1] >= inner[1] || p[2] >= inner[2]) {
        return;
      }
      int i = 0;
      while (i < points.size() && compare(points.get(i), p) < 0) {
        i++;
      }
      if (i < points.size() && compare(points.get(i), p) == 0) {
        return;
      }
      points.add(i, p);
    }

    private static int compare(long[] a, long[] b) {
      int c = Long.compare(a[2], b[2]);
      if (c == 0) {
        c = Long.compare(a[1], b[1]);
      }
      return c != 0 ? c : Long.compare(a[0], b[0]);
    }

    private boolean overlaps(long[] at) {
      for (long[] b : boxes) {
        if (footprintsOverlap(at, b) && at[2] < b[2] + b[5] && b[2] < at[2] + at[5]) {
          return true;
        }
      }
      return false;
    }
  }

  private static Fill fill(BoxType box, List<Prepared> items) {
    Fill f = new Fill(box);
    for (Prepared item : items) {
      f.tryAdd(item);
    }
    return f;
  }

  private MonetaryAmount cost(Fill f) {
    MonetaryAmount ship = shippingCost.apply(new Parcel(f.box.outer(), f.gross));
    return ship == null ? f.box.cost() : f.box.cost().add(ship);
  }

  private static BigDecimal innerVolume(BoxType b) {
    return b.inner().cubicMillimetres();
  }

  /**
   * Packs {@code items} into boxes of {@code catalog}.
   *
   * @throws InvalidInputException if there are no items or boxes, ids repeat, costs mix currencies, or an item fits
   *     no box of the catalog (by size or weight)
   */
  public Packing pack(List<CartonItem> items, List<BoxType> catalog) {
    Checks.nonEmpty("items", items);
    Checks.nonEmpty("catalog", catalog);
    if (items.stream().map(CartonItem::id).distinct().count() != items.size()) {
      throw new InvalidInputException("items", items.size() + " items", "item ids must be unique");
    }
    if (catalog.stream().map(b -> b.cost().getCurrency()).distinct().count() > 1) {
      throw new InvalidInputException("catalog", catalog.size() + " boxes", "box costs must share one currency");
    }
    List<BoxType> boxes = catalog.stream().sorted(Comparator.comparing((BoxType b) -> b.cost())
        .thenComparing(Cartonizer::innerVolume).thenComparing(BoxType::id)).toList();
    List<Prepared> prepared = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      prepared.add(prepare(items.get(i), i));
    }
    prepared.sort(Comparator.comparing(Prepared::volume).reversed()
        .thenComparing(p -> p.item().weight(), Comparator.reverseOrder()).thenComparing(p -> p.item().id()));
    for (Prepared p : prepared) {
      if (boxes.stream().noneMatch(b -> new Fill(b).tryAdd(p))) {
        throw new InvalidInputException("items[" + p.index() + "]", p.item().id(),
            "fits no box of the catalog by size or weight");
      }
    }
    List<Fill> best = shrink(boxByBox(prepared, boxes), boxes);
    List<List<Fill>> plans = new ArrayList<>(List.of(shrink(firstFitDecreasing(prepared, boxes, false), boxes),
        shrink(firstFitDecreasing(prepared, boxes, true), boxes)));
    if (prepared.stream().anyMatch(p -> p.item().maxLoadOnTop().isPresent())) {
      // the sturdiest first (no limit, then the highest), so that what bears less is placed later, on top
      List<Prepared> sturdyFirst = new ArrayList<>(prepared);
      sturdyFirst.sort(Comparator.comparing((Prepared p) -> p.item().maxLoadOnTop().isPresent())
          .thenComparing(p -> p.item().maxLoadOnTop().orElse(Weight.ZERO), Comparator.reverseOrder()));
      plans.add(shrink(boxByBox(sturdyFirst, boxes), boxes));
      plans.add(shrink(firstFitDecreasing(sturdyFirst, boxes, false), boxes));
    }
    for (List<Fill> plan : plans) {
      if (better(plan, best) < 0) {
        best = plan;
      }
    }
    return result(best);
  }

  private List<Fill> boxByBox(List<Prepared> items, List<BoxType> boxes) {
    List<Prepared> remaining = new ArrayList<>(items);
    List<Fill> result = new ArrayList<>();
    while (!remaining.isEmpty()) {
      Fill choice = null;
      for (BoxType b : boxes) {
        Fill f = fill(b, remaining);
        if (f.items.isEmpty()) {
          continue;
        }
        if (choice == null || betterFill(f, choice, remaining.size())) {
          choice = f;
        }
      }
      result.add(choice);
      remaining.removeAll(choice.items);
    }
    return result;
  }

  /** Whether {@code a} beats {@code b}: takes everything at a lower cost, or else more volume. */
  private boolean betterFill(Fill a, Fill b, int remaining) {
    boolean allA = a.items.size() == remaining;
    boolean allB = b.items.size() == remaining;
    if (allA != allB) {
      return allA;
    }
    if (!allA) {
      int c = volume(a).compareTo(volume(b));
      if (c != 0) {
        return c > 0;
      }
    }
    int c = cost(a).compareTo(cost(b));
    if (c != 0) {
      return c < 0;
    }
    c = innerVolume(a.box).compareTo(innerVolume(b.box));
    return c != 0 ? c < 0 : a.box.id().compareTo(b.box.id()) < 0;
  }

  private static BigDecimal volume(Fill f) {
    return f.items.stream().map(Prepared::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** First-fit decreasing into the largest box, filling each box by extreme points or, with {@code shelves}, in shelves. */
  private static List<Fill> firstFitDecreasing(List<Prepared> items, List<BoxType> boxes, boolean shelves) {
    BoxType largest = boxes.stream().max(Comparator.comparing(Cartonizer::innerVolume)
        .thenComparing(BoxType::maxWeight).thenComparing(BoxType::id, Comparator.reverseOrder())).orElseThrow();
    List<Fill> open = new ArrayList<>();
    for (Prepared item : items) {
      boolean placed = false;
      for (Fill f : open) {
        if (shelves ? f.tryShelf(item) : f.tryAdd(item)) {
          placed = true;
          break;
        }
      }
      if (!placed) {
        Fill f = new Fill(largest);
        if (!(shelves ? f.tryShelf(item) : f.tryAdd(item))) {
          // the largest box cannot take it (shape or weight): the first box that can
          f = boxes.stream().map(Fill::new).filter(x -> x.tryAdd(item)).findFirst().orElseThrow();
        }
        open.add(f);
      }
    }
    return open;
  }

  /** Each box swapped for the cheapest box that holds all its items (refilled by extreme points). */
  private List<Fill> shrink(List<Fill> plan, List<BoxType> boxes) {
    List<Fill> result = new ArrayList<>();
    for (Fill f : plan) {
      Fill best = f;
      for (BoxType b : boxes) {
        Fill g = fill(b, f.items);
        if (g.items.size() == f.items.size() && betterFill(g, best, f.items.size())) {
          best = g;
        }
      }
      result.add(best);
    }
    return result;
  }

  private int better(List<Fill> a, List<Fill> b) {
    int c = Integer.compare(a.size(), b.size());
    if (c != 0) {
      return c;
    }
    c = total(a).compareTo(total(b));
    if (c != 0) {
      return c;
    }
    return a.stream().map(f -> innerVolume(f.box)).reduce(BigDecimal.ZERO, BigDecimal::add)
        .compareTo(b.stream().map(f -> innerVolume(f.box)).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private MonetaryAmount total(List<Fill> plan) {
    return plan.stream().map(this::cost).reduce(MonetaryAmount::add).orElseThrow();
  }

  private Packing result(List<Fill> plan) {
    List<PackedBox> packed = new ArrayList<>();
    BigDecimal itemVolume = BigDecimal.ZERO;
    BigDecimal boxVolume = BigDecimal.ZERO;
    MonetaryAmount boxCost = Amounts.zero(plan.get(0).box.cost().getCurrency());
    MonetaryAmount shipCost = boxCost;
    for (Fill f : plan) {
      BigDecimal v = volume(f);
      packed.add(new PackedBox(f.box, f.placements, f.gross, ratio(v, innerVolume(f.box))));
      itemVolume = itemVolume.add(v);
      boxVolume = boxVolume.add(innerVolume(f.box));
      boxCost = boxCost.add(f.box.cost());
      MonetaryAmount ship = shippingCost.apply(new Parcel(f.box.outer(), f.gross));
      if (ship != null) {
        shipCost = shipCost.add(ship);
      }
    }
    return new Packing(packed, boxCost, shipCost, ratio(itemVolume, boxVolume));
  }

  private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    return part.divide(whole, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_EVEN);
  }

}
