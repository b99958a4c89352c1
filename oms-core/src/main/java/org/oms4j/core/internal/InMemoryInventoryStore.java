package org.oms4j.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import org.oms4j.core.IdempotencyConflictException;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Drift;
import org.oms4j.core.inventory.Gtin;
import org.oms4j.core.inventory.InsufficientStockException;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.Movement;
import org.oms4j.core.inventory.OperationId;
import org.oms4j.core.inventory.PurchaseOrder;
import org.oms4j.core.inventory.ReconciliationReport;
import org.oms4j.core.inventory.Reservation;
import org.oms4j.core.inventory.ReservationId;
import org.oms4j.core.inventory.ReservationLine;
import org.oms4j.core.inventory.ReservationPolicy;
import org.oms4j.core.inventory.ReservationResult;
import org.oms4j.core.inventory.ReservationStatus;
import org.oms4j.core.inventory.Shortage;
import org.oms4j.core.inventory.StockDelta;
import org.oms4j.core.inventory.StockLevel;
import org.oms4j.core.spi.InventoryStore;
import org.oms4j.core.spi.Operation;

/**
 * The default {@link InventoryStore}. Each (SKU, location) is a cell with mutable counters, its own ledger and its
 * own lock, so operations on different SKUs run in parallel. Operations on a reservation run inside {@link
 * ConcurrentHashMap#compute} on its id and take the cells' locks in (SKU, location) order inside it; operations
 * without a reservation take only cell locks, and no code takes a reservation-map lock while holding a cell lock,
 * so there is no deadlock.
 */
public final class InMemoryInventoryStore implements InventoryStore {
  /** Reading order for listings: by SKU, then location. */
  private static final Comparator<Cell> CELL_ORDER =
      Comparator.comparing((Cell c) -> c.sku.value()).thenComparing(c -> c.location.value());
  /** Lock order: by creation, a total order that is cheap to compare. */
  private static final Comparator<Cell> LOCK_ORDER = Comparator.comparingLong(c -> c.rank);

  private final ConcurrentHashMap<LocationId, Location> locations = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Key, Cell> cells = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Sku, SkuCells> cellsBySku = new ConcurrentHashMap<>();
  // Sized so that its bins spread over many cache lines: threads changing different reservations would otherwise
  // keep writing to the same lines of a small table (false sharing), which cost a third of 2-thread throughput.
  private final ConcurrentHashMap<ReservationId, Reservation> reservations = new ConcurrentHashMap<>(1 << 14);
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong cellRanks = new AtomicLong();
  private final ConcurrentHashMap<Gtin, Sku> barcodes = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, PurchaseOrder> purchaseOrders = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<OperationId, Done> operations = new ConcurrentHashMap<>(1 << 10);
  private final ConcurrentSkipListSet<Expiry> expiries =
      new ConcurrentSkipListSet<>(Comparator.comparing(Expiry::at).thenComparing(Expiry::id));

  /** An empty store. */
  public InMemoryInventoryStore() {}

  private record Key(Sku sku, LocationId location) {
    // written out: the generated methods cost a fifth of a reservation here (a map key on every call)
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && sku.equals(k.sku) && location.equals(k.location);
    }

    @Override
    public int hashCode() {
      return 31 * sku.hashCode() + location.hashCode();
    }
  }

  /** One (SKU, location): counters, ledger, lock. */
  private static final class Cell {
    final Sku sku;
    final LocationId location;
    final long rank;
    final ReentrantLock lock = new ReentrantLock();
    final List<Movement> ledger = new ArrayList<>();
    int onHand;
    int reserved;
    int picked;
    int damaged;
    int qualityControl;
    int safetyStock;
    int inTransit;

    Cell(Sku sku, LocationId location, long rank) {
      this.sku = sku;
      this.location = location;
      this.rank = rank;
    }

    /** Where this cell publishes its available-to-promise units: {@code atpChunk[atpIndex]} (see {@link SkuCells}). */
    int[] atpChunk;
    int atpIndex;
    /** The units last published (guarded by the lock). */
    int publishedAtp;

    int available() {
      return Math.max(0, onHand - reserved - picked - damaged - qualityControl - safetyStock);
    }

    /** Publishes the available-to-promise units (only when they changed) and releases the lock. */
    void unlock() {
      int atp = available();
      if (atp != publishedAtp && atpChunk != null) { // stand-in cells (never stored) have no slot
        publishedAtp = atp;
        ATP.setRelease(atpChunk, atpIndex, atp);
      }
      lock.unlock();
    }

    StockLevel level() {
      return new StockLevel(sku, location, onHand, reserved, picked, damaged, qualityControl, safetyStock,
          inTransit);
    }

    void apply(StockDelta d) {
      onHand += d.onHand();
      picked += d.picked();
      damaged += d.damaged();
      qualityControl += d.qualityControl();
      inTransit += d.inTransit();
    }
  }

  /** Reads and writes published available-to-promise units (release on write, acquire on read). */
  private static final VarHandle ATP = MethodHandles.arrayElementVarHandle(int[].class);

  /**
   * Where a SKU is held, replaced as a whole when it reaches another location: the location ids in the order the
   * SKU reached them, and each cell's published available-to-promise units at the same position of fixed-size
   * chunks, which a reader takes from two small arrays instead of visiting every cell. Chunks are shared, never
   * copied, by later versions, so no publish is lost to a concurrent addition. It holds no cells: the garbage
   * collector then keeps these small arrays together rather than between each SKU's cells and ledgers, which made
   * sourcing's reads of 10,000 SKUs 12% slower.
   */
  private static final class SkuCells {
    static final int CHUNK = 16;
    static final SkuCells NONE = new SkuCells(new LocationId[0], new int[0][]);

    final LocationId[] ids;
    final int[][] chunks;
    /** {@code chunks[0]}, read without going through {@code chunks} (most SKUs are at 16 locations or fewer). */
    final int[] first;

    private SkuCells(LocationId[] ids, int[][] chunks) {
      this.ids = ids;
      this.chunks = chunks;
      this.first = chunks.length == 0 ? null : chunks[0];
    }

    /** These locations and a new cell's; gives the new cell its slot. */
    SkuCells with(Cell added) {
      int n = ids.length;
      int[][] nextChunks = chunks;
      if (n % CHUNK == 0) {
        nextChunks = Arrays.copyOf(chunks, chunks.length + 1);
        nextChunks[chunks.length] = new int[CHUNK];
      }
      added.atpChunk = nextChunks[n / CHUNK];
      added.atpIndex = n % CHUNK;
      LocationId[] nextIds = Arrays.copyOf(ids, n + 1);
      nextIds[n] = added.location;
      return new SkuCells(nextIds, nextChunks);
    }
  }

  // ---------------------------------------------------------------- locations and reads

  @Override
  public void putLocation(Location location) {
    locations.put(location.id(), location);
  }

  @Override
  public Optional<Location> location(LocationId id) {
    return Optional.ofNullable(locations.get(id));
  }

  @Override
  public List<Location> locations() {
    List<Location> all = new ArrayList<>(locations.values());
    all.sort(Comparator.comparing(l -> l.id().value()));
    return all;
  }

  @Override
  public void putBarcode(Gtin gtin, Sku sku) {
    barcodes.put(gtin, sku);
  }

  @Override
  public Optional<Sku> skuOf(Gtin gtin) {
    return Optional.ofNullable(barcodes.get(gtin));
  }

  @Override
  public boolean knows(Sku sku) {
    return cellsBySku.containsKey(sku);
  }

  @Override
  public StockLevel stock(Sku sku, LocationId location) {
    Cell cell = cells.get(new Key(sku, location));
    return cell == null ? StockLevel.empty(sku, location) : levelOf(cell);
  }

  @Override
  public List<StockLevel> stock(Sku sku) {
    SkuCells ofSku = cellsBySku.get(sku);
    if (ofSku == null) {
      return List.of();
    }
    LocationId[] byId = ofSku.ids.clone();
    Arrays.sort(byId, Comparator.comparing(LocationId::value));
    List<StockLevel> levels = new ArrayList<>(byId.length);
    for (LocationId location : byId) {
      Cell c = cells.get(new Key(sku, location));
      // a cell is listed here just before it enters the cell map, still empty
      levels.add(c == null ? StockLevel.empty(sku, location) : levelOf(c));
    }
    return levels;
  }

  @Override
  public void availableToPromise(Sku sku, ObjIntConsumer<LocationId> sink) {
    SkuCells ofSku = cellsBySku.get(sku);
    if (ofSku == null) {
      return;
    }
    LocationId[] ids = ofSku.ids;
    int[] chunk = ofSku.first;
    for (int i = 0; i < ids.length; i++) {
      if (i > 0 && i % SkuCells.CHUNK == 0) {
        chunk = ofSku.chunks[i / SkuCells.CHUNK];
      }
      sink.accept(ids[i], (int) ATP.getAcquire(chunk, i % SkuCells.CHUNK));
    }
  }

  @Override
  public List<StockLevel> allStock() {
    List<Cell> all = new ArrayList<>(cells.values());
    all.sort(CELL_ORDER);
    List<StockLevel> levels = new ArrayList<>(all.size());
    for (Cell c : all) {
      levels.add(levelOf(c));
    }
    return levels;
  }

  private static StockLevel levelOf(Cell cell) {
    cell.lock.lock();
    try {
      return cell.level();
    } finally {
      cell.unlock();
    }
  }

  @Override
  public void setSafetyStock(Sku sku, LocationId location, int units) {
    Cell cell = cell(sku, location);
    cell.lock.lock();
    try {
      cell.safetyStock = units;
    } finally {
      cell.unlock();
    }
  }

  @Override
  public List<Movement> ledger(Sku sku, LocationId location) {
    Cell cell = cells.get(new Key(sku, location));
    if (cell == null) {
      return List.of();
    }
    cell.lock.lock();
    try {
      return List.copyOf(cell.ledger);
    } finally {
      cell.unlock();
    }
  }

  private Cell cell(Sku sku, LocationId location) {
    return cells.computeIfAbsent(new Key(sku, location), k -> {
      // the location's own id instance where known, so that readers' lookups by it compare by identity
      Location known = locations.get(k.location());
      Cell c = new Cell(k.sku(), known == null ? k.location() : known.id(), cellRanks.incrementAndGet());
      // the read index keys on its own copy of the SKU's text: the garbage collector then keeps the key beside its
      // entry instead of beside the cells that share the caller's copy (every read compares the key's text)
      Sku ownKey = Sku.of(new String(k.sku().value().toCharArray()));
      cellsBySku.compute(ownKey, (key, ofSku) -> (ofSku == null ? SkuCells.NONE : ofSku).with(c));
      return c;
    });
  }

  // ---------------------------------------------------------------- movements

  @Override
  public List<Movement> record(Operation op, List<Movement> movements, boolean guarded) {
    return once(op, () -> record(movements, guarded));
  }

  private List<Movement> record(List<Movement> movements, boolean guarded) {
    if (guarded) {
      refuseBeforeCreatingCells(movements);
    }
    Cell[] touched = new Cell[movements.size()];
    for (int i = 0; i < touched.length; i++) {
      touched[i] = cell(movements.get(i).sku(), movements.get(i).locationId());
    }
    Cell[] locked = lockAll(touched);
    try {
      return applyMovements(movements, touched, guarded);
    } finally {
      unlockAll(locked);
    }
  }

  @Override
  public Movement count(Operation op, Movement count) {
    return once(op, () -> count(count));
  }

  private Movement count(Movement count) {
    Cell c = cell(count.sku(), count.locationId());
    c.lock.lock();
    try {
      int variance = count.counted().getAsInt() - c.onHand;
      Movement m = new Movement(0, count.type(), count.sku(), count.locationId(), variance,
          count.type().perUnit().times(variance), count.reference(), count.actor(), count.at(), count.reason(),
          count.counted());
      return applyMovements(List.of(m), new Cell[] {c}, false).get(0);
    } finally {
      c.unlock();
    }
  }

  @Override
  public void putPurchaseOrder(PurchaseOrder order) {
    purchaseOrders.put(order.id(), order);
  }

  @Override
  public Optional<PurchaseOrder> purchaseOrder(String id) {
    return Optional.ofNullable(purchaseOrders.get(id));
  }

  @Override
  public List<PurchaseOrder> openPurchaseOrders() {
    List<PurchaseOrder> open = new ArrayList<>();
    for (PurchaseOrder po : purchaseOrders.values()) {
      if (po.lines().stream().anyMatch(l -> l.open() > 0)) {
        open.add(po);
      }
    }
    open.sort(Comparator.comparing(PurchaseOrder::expectedOn).thenComparing(PurchaseOrder::id));
    return open;
  }

  @Override
  public Movement receive(Operation op, String purchaseOrderId, Movement receipt) {
    return once(op, () -> receive(purchaseOrderId, receipt));
  }

  private Movement receive(String purchaseOrderId, Movement receipt) {
    Movement[] stored = new Movement[1];
    purchaseOrders.compute(purchaseOrderId, (id, po) -> {
      if (po == null) {
        throw new InvalidInputException("reference", purchaseOrderId, "no such purchase order");
      }
      if (!po.locationId().equals(receipt.locationId())) {
        throw new InvalidInputException("locationId", receipt.locationId(),
            "purchase order " + id + " goes to " + po.locationId());
      }
      PurchaseOrder next = po.received(receipt.sku(), receipt.quantity());
      Cell c = cell(receipt.sku(), receipt.locationId()); // only once the receipt is accepted
      c.lock.lock();
      try {
        stored[0] = applyMovements(List.of(receipt), new Cell[] {c}, true).get(0);
      } finally {
        c.unlock();
      }
      return next;
    });
    return stored[0];
  }

  /**
   * If guarded movements touch cells that do not exist yet, checks them against empty stand-ins (and the existing
   * cells, locked) before creating any, so that a refused call leaves no empty cell behind and does not make a
   * never-stocked SKU {@linkplain #knows known}. {@link #record} checks again once the cells exist.
   */
  private void refuseBeforeCreatingCells(List<Movement> movements) {
    Cell[] existing = new Cell[movements.size()];
    Cell[] view = new Cell[movements.size()];
    Map<Key, Cell> standIns = new HashMap<>(0);
    for (int i = 0; i < view.length; i++) {
      Key key = new Key(movements.get(i).sku(), movements.get(i).locationId());
      existing[i] = cells.get(key);
      view[i] = existing[i] != null ? existing[i]
          : standIns.computeIfAbsent(key, k -> new Cell(k.sku(), k.location(), 0));
    }
    if (standIns.isEmpty()) {
      return;
    }
    Cell[] locked = lockAll(existing);
    try {
      check(movements, view);
    } finally {
      unlockAll(locked);
    }
  }

  /** Checks and applies movements to cells whose locks are held. */
  private List<Movement> applyMovements(List<Movement> movements, Cell[] touched, boolean guarded) {
    if (guarded) {
      check(movements, touched);
    }
    List<Movement> stored = new ArrayList<>(movements.size());
    for (int i = 0; i < touched.length; i++) {
      Movement m = movements.get(i).withSequence(sequence.incrementAndGet());
      touched[i].apply(m.delta());
      touched[i].ledger.add(m);
      stored.add(m);
    }
    return stored;
  }

  /**
   * Refuses movements that would make a quantity negative or promise units that are not there. After a count found
   * fewer units than are spoken for, free units are already below zero: a movement that does not lower them further
   * (a receipt, shipping picked units) still goes through.
   */
  private static void check(List<Movement> movements, Cell[] touched) {
    Map<Cell, StockDelta> sums = new HashMap<>();
    for (int i = 0; i < touched.length; i++) {
      sums.merge(touched[i], movements.get(i).delta(), StockDelta::plus);
    }
    List<Shortage> shortages = new ArrayList<>();
    for (Map.Entry<Cell, StockDelta> e : sums.entrySet()) {
      e.getKey().level().shortageFor(e.getValue()).ifPresent(shortages::add);
    }
    if (!shortages.isEmpty()) {
      throw new InsufficientStockException("movement refused: it would leave a negative quantity or promise "
          + "units that are not there", shortages);
    }
  }

  // ---------------------------------------------------------------- reservations

  // Every change to a reservation follows one pattern: read it, lock the cells it touches (in lock order), check
  // that it is still the same (compare-and-set on the reservation map), then change the cells' counters, all before
  // unlocking. So whoever holds a cell's lock sees its counters and the reservations that hold it agree, which
  // makes reconcile() a true snapshot even while reservations are made and released.

  @Override
  public ReservationResult reserve(Reservation candidate, ReservationPolicy policy) {
    Reservation existing = reservations.get(candidate.id());
    if (existing != null) {
      return retried(existing, candidate);
    }
    List<ReservationLine> lines = candidate.lines();
    if (lines.size() == 1) { // the common case, without arrays and sorting
      ReservationLine line = lines.get(0);
      Cell c = cells.get(new Key(line.sku(), line.locationId()));
      if (c == null) {
        return refused(List.of(new Shortage(line.sku(), line.locationId(), line.quantity(), 0)));
      }
      c.lock.lock();
      try {
        int available = c.available();
        int grant = Math.min(available, line.quantity());
        if (grant == 0 || (grant < line.quantity() && policy == ReservationPolicy.ALL_OR_NOTHING)) {
          return refused(List.of(new Shortage(line.sku(), line.locationId(), line.quantity(), available)));
        }
        Reservation made = grant == line.quantity() ? candidate
            : candidate.holding(List.of(ReservationLine.of(line.sku(), line.locationId(), grant)),
                ReservationStatus.ACTIVE);
        Reservation raced = reservations.putIfAbsent(candidate.id(), made);
        if (raced != null) {
          return retried(raced, candidate);
        }
        indexExpiry(made);
        c.reserved += grant;
        return new ReservationResult(Optional.of(made), grant == line.quantity() ? List.of()
            : List.of(new Shortage(line.sku(), line.locationId(), line.quantity(), available)));
      } finally {
        c.unlock();
      }
    }
    Cell[] touched = new Cell[lines.size()];
    for (int i = 0; i < touched.length; i++) {
      touched[i] = cells.get(new Key(lines.get(i).sku(), lines.get(i).locationId()));
    }
    Cell[] locked = lockAll(touched);
    try {
      List<Shortage> shortages = new ArrayList<>(0);
      int[] grant = new int[touched.length];
      int granted = 0;
      for (int i = 0; i < touched.length; i++) {
        ReservationLine line = lines.get(i);
        int available = touched[i] == null ? 0 : touched[i].available();
        grant[i] = Math.min(available, line.quantity());
        granted += grant[i];
        if (available < line.quantity()) {
          shortages.add(new Shortage(line.sku(), line.locationId(), line.quantity(), available));
        }
      }
      if ((policy == ReservationPolicy.ALL_OR_NOTHING && !shortages.isEmpty()) || granted == 0) {
        return refused(shortages);
      }
      Reservation made = candidate;
      if (!shortages.isEmpty()) {
        List<ReservationLine> got = new ArrayList<>(touched.length);
        for (int i = 0; i < touched.length; i++) {
          if (grant[i] > 0) {
            got.add(ReservationLine.of(lines.get(i).sku(), lines.get(i).locationId(), grant[i]));
          }
        }
        made = candidate.holding(got, ReservationStatus.ACTIVE);
      }
      Reservation raced = reservations.putIfAbsent(candidate.id(), made);
      if (raced != null) {
        return retried(raced, candidate);
      }
      indexExpiry(made);
      for (int i = 0; i < touched.length; i++) {
        if (grant[i] > 0) {
          touched[i].reserved += grant[i];
        }
      }
      return new ReservationResult(Optional.of(made), shortages);
    } finally {
      unlockAll(locked);
    }
  }

  private static ReservationResult refused(List<Shortage> shortages) {
    return new ReservationResult(Optional.empty(), shortages);
  }

  /** A retry under a known id: the stored reservation if the request is the same, else a conflict. */
  private static ReservationResult retried(Reservation stored, Reservation candidate) {
    if (!stored.requested().equals(candidate.requested()) || !stored.reference().equals(candidate.reference())) {
      throw new IdempotencyConflictException("reservation " + candidate.id(), stored.reference());
    }
    return new ReservationResult(Optional.of(stored), List.of());
  }

  /** Swaps {@code from} for {@code to} under the id if it is still {@code from} (null: absent). */
  private boolean swap(ReservationId id, Reservation from, Reservation to) {
    boolean swapped = from == null ? reservations.putIfAbsent(id, to) == null : reservations.replace(id, from, to);
    if (swapped) {
      indexExpiry(to);
    }
    return swapped;
  }

  /** An entry of the expiry index: a reservation's id under the expiry it had when it was indexed. */
  private record Expiry(Instant at, String id) {}

  /** Indexes an active reservation with a time-to-live by its expiry (again: a no-op). */
  private void indexExpiry(Reservation r) {
    if (r.status() == ReservationStatus.ACTIVE && r.expiresAt().isPresent()) {
      expiries.add(new Expiry(r.expiresAt().get(), r.id().value()));
    }
  }

  /** Whether the reservation stored under an index entry's id is active with that entry's expiry. */
  private boolean current(Expiry e) {
    return matches(reservations.get(ReservationId.of(e.id())), e);
  }

  private static boolean matches(Reservation r, Expiry e) {
    return r != null && r.status() == ReservationStatus.ACTIVE && r.expiresAt().equals(Optional.of(e.at()));
  }

  @Override
  public ReservationResult add(Operation op, Reservation template, ReservationLine units) {
    return once(op, () -> add(template, units));
  }

  private ReservationResult add(Reservation template, ReservationLine units) {
    Cell c = cells.get(new Key(units.sku(), units.locationId()));
    if (c == null) { // never stocked there: nothing to reserve, and no empty cell left behind
      return refused(List.of(new Shortage(units.sku(), units.locationId(), units.quantity(), 0)));
    }
    while (true) {
      Reservation current = reservations.get(template.id());
      boolean active = current != null && current.status() == ReservationStatus.ACTIVE;
      Reservation base = active ? current : new Reservation(template.id(), template.reference(), List.of(),
          List.of(), ReservationStatus.ACTIVE, template.createdAt(), template.expiresAt());
      Reservation next = base.plus(units);
      c.lock.lock();
      try {
        int available = c.available();
        if (available < units.quantity()) {
          return refused(List.of(new Shortage(units.sku(), units.locationId(), units.quantity(), available)));
        }
        if (!swap(template.id(), current, next)) {
          continue; // changed meanwhile: read it again
        }
        c.reserved += units.quantity();
        return new ReservationResult(Optional.of(next), List.of());
      } finally {
        c.unlock();
      }
    }
  }


  @Override
  public Optional<Reservation> reservation(ReservationId id) {
    return Optional.ofNullable(reservations.get(id));
  }

  @Override
  public List<Reservation> activeReservations() {
    List<Reservation> active = new ArrayList<>();
    for (Reservation r : reservations.values()) {
      if (r.status() == ReservationStatus.ACTIVE) {
        active.add(r);
      }
    }
    return active;
  }

  @Override
  public Reservation release(Operation op, ReservationId id, List<ReservationLine> units,
      ReservationStatus whenEmpty) {
    return once(op, () -> release(id, units, whenEmpty));
  }

  private Reservation release(ReservationId id, List<ReservationLine> units, ReservationStatus whenEmpty) {
    while (true) {
      Reservation r = requireActive(id, reservations.get(id), "RELEASE");
      List<ReservationLine> give = units.isEmpty() ? r.lines() : units;
      Reservation next = units.isEmpty() ? r.holding(List.of(), whenEmpty) : r.less(units, whenEmpty);
      if (give.size() == 1) {
        ReservationLine line = give.get(0);
        Cell c = cells.get(new Key(line.sku(), line.locationId()));
        c.lock.lock();
        try {
          if (!swap(id, r, next)) {
            continue;
          }
          c.reserved -= line.quantity();
          return next;
        } finally {
          c.unlock();
        }
      }
      Cell[] touched = cellsOf(give);
      Cell[] locked = lockAll(touched);
      try {
        if (!swap(id, r, next)) {
          continue;
        }
        for (int i = 0; i < touched.length; i++) {
          touched[i].reserved -= give.get(i).quantity();
        }
        return next;
      } finally {
        unlockAll(locked);
      }
    }
  }

  @Override
  public Reservation consume(Operation op, ReservationId id, List<Movement> movements) {
    return once(op, () -> consume(id, movements));
  }

  private Reservation consume(ReservationId id, List<Movement> movements) {
    String event = movements.isEmpty() ? "CONSUME" : movements.get(0).type().name();
    List<ReservationLine> taken = new ArrayList<>(movements.size());
    for (Movement m : movements) {
      taken.add(ReservationLine.of(m.sku(), m.locationId(), m.quantity()));
    }
    while (true) {
      Reservation r = requireActive(id, reservations.get(id), event);
      Reservation next = r.less(taken, ReservationStatus.COMMITTED);
      Cell[] touched = cellsOf(taken);
      Cell[] locked = lockAll(touched);
      try {
        if (reservations.get(id) != r) {
          continue; // changed meanwhile: judge the current one, not a stale copy
        }
        refuseUnitsNotOnHand(movements, touched);
        if (!swap(id, r, next)) {
          continue;
        }
        for (int i = 0; i < touched.length; i++) {
          touched[i].reserved -= taken.get(i).quantity();
        }
        applyMovements(movements, touched, false);
        return next;
      } finally {
        unlockAll(locked);
      }
    }
  }

  /**
   * Refuses to take more units off hand than are there. Reserved units always are, unless a count found fewer since:
   * then committing them would leave a negative quantity on hand.
   */
  private static void refuseUnitsNotOnHand(List<Movement> movements, Cell[] touched) {
    Map<Key, Cell> byKey = new HashMap<>();
    for (Cell c : touched) {
      byKey.put(new Key(c.sku, c.location), c);
    }
    InsufficientStockException.refuseUnitsNotOnHand(movements, (sku, location) -> byKey.get(new Key(sku, location))
        .onHand);
  }

  @Override
  public Reservation move(Operation op, ReservationId id, ReservationLine units, LocationId to) {
    return once(op, () -> move(id, units, to));
  }

  private Reservation move(ReservationId id, ReservationLine units, LocationId to) {
    Cell target = cells.get(new Key(units.sku(), to)); // null: never stocked there, nothing to promise
    Cell source = cells.get(new Key(units.sku(), units.locationId()));
    while (true) {
      Reservation r = requireActive(id, reservations.get(id), "MOVE");
      Reservation next = r.moved(units, to);
      Cell[] locked = lockAll(new Cell[] {source, target});
      try {
        if (source == target) {
          return r;
        }
        if (reservations.get(id) != r) {
          continue;
        }
        int available = target == null ? 0 : target.available();
        if (available < units.quantity()) {
          throw new InsufficientStockException("cannot move reservation " + id,
              List.of(new Shortage(units.sku(), to, units.quantity(), available)));
        }
        if (!swap(id, r, next)) {
          continue;
        }
        source.reserved -= units.quantity();
        target.reserved += units.quantity();
        return next;
      } finally {
        unlockAll(locked);
      }
    }
  }

  @Override
  public void purge(ReservationId id) {
    reservations.computeIfPresent(id, (k, r) -> r.status() == ReservationStatus.ACTIVE ? r : null);
  }

  /**
   * {@inheritDoc} From the expiry index, oldest expiry first: entries are added when a reservation with a
   * time-to-live becomes active and dropped here once they no longer match an active reservation, so only due and
   * stale entries are read.
   */
  @Override
  public List<Reservation> expiredBy(Instant now, int max) {
    if (max <= 0) {
      throw new IllegalArgumentException("max must be positive: " + max);
    }
    List<Reservation> due = new ArrayList<>();
    for (Expiry e : expiries) {
      if (due.size() == max || e.at().isAfter(now)) {
        break;
      }
      Reservation r = reservations.get(ReservationId.of(e.id()));
      if (matches(r, e)) {
        due.add(r);
      } else if (expiries.remove(e) && current(e)) {
        expiries.add(e); // made active again under this expiry meanwhile: keep it
      }
    }
    return due;
  }

  // ---------------------------------------------------------------- operations

  /** What an operation asked and returned, and when it was made. */
  private record Done(String request, Object result, Instant at) {}

  /**
   * Runs work once per operation id. The work runs inside {@link ConcurrentHashMap#computeIfAbsent} on the id, so
   * a concurrent call under the same id waits and then finds the result; work that throws records nothing. The
   * work never touches {@link #operations}, and code holding a cell lock never waits for an operation, so there is
   * no lock cycle.
   */
  @SuppressWarnings("unchecked")
  private <T> T once(Operation op, Supplier<T> work) {
    if (!op.tracked()) {
      return work.get();
    }
    Done done = operations.get(op.id());
    boolean[] ran = {false};
    if (done == null) {
      done = operations.computeIfAbsent(op.id(), k -> {
        ran[0] = true;
        return new Done(op.request(), work.get(), op.at());
      });
    }
    if (!ran[0] && !done.request().equals(op.request())) {
      throw IdempotencyConflictException.forRequest("operation " + op.id(), done.request(), op.request());
    }
    return (T) done.result();
  }

  /** False: a call in memory either returns or throws before it changed anything. */
  @Override
  public boolean mayLoseReplies() {
    return false;
  }

  @Override
  public int purgeOperations(Instant before) {
    int purged = 0;
    for (Map.Entry<OperationId, Done> e : operations.entrySet()) {
      if (e.getValue().at().isBefore(before) && operations.remove(e.getKey(), e.getValue())) {
        purged++;
      }
    }
    return purged;
  }

  private static Reservation requireActive(ReservationId id, Reservation current, String event) {
    if (current == null) {
      throw new InvalidInputException("reservationId", id, "no such reservation");
    }
    if (current.status() != ReservationStatus.ACTIVE) {
      throw new IllegalTransitionException("reservation " + id, current.status(), event, "");
    }
    return current;
  }



  private Cell[] cellsOf(List<ReservationLine> lines) {
    Cell[] touched = new Cell[lines.size()];
    for (int i = 0; i < touched.length; i++) {
      touched[i] = cells.get(new Key(lines.get(i).sku(), lines.get(i).locationId()));
    }
    return touched;
  }

  // ---------------------------------------------------------------- reconciliation

  @Override
  public ReconciliationReport reconcile(boolean repair) {
    Cell[] all = cells.values().toArray(new Cell[0]);
    Cell[] locked = lockAll(all);
    try {
      Map<Cell, Integer> reservedByCell = new HashMap<>();
      for (Reservation r : reservations.values()) {
        if (r.status() == ReservationStatus.ACTIVE) {
          for (ReservationLine l : r.lines()) {
            Cell c = cells.get(new Key(l.sku(), l.locationId()));
            reservedByCell.merge(c, l.quantity(), Integer::sum);
          }
        }
      }
      List<Drift> drifts = new ArrayList<>();
      List<StockLevel> overCommitted = new ArrayList<>();
      for (Cell c : locked) {
        StockDelta sum = StockDelta.NONE;
        for (Movement m : c.ledger) {
          sum = sum.plus(m.delta());
        }
        StockLevel derived =
            StockLevel.derived(c.sku, c.location, sum, reservedByCell.getOrDefault(c, 0), c.safetyStock);
        StockLevel stored = c.level();
        if (!derived.equals(stored)) {
          drifts.add(new Drift(stored, derived));
          if (repair) {
            c.onHand = derived.onHand();
            c.reserved = derived.reserved();
            c.picked = derived.picked();
            c.damaged = derived.damaged();
            c.qualityControl = derived.qualityControl();
            c.inTransit = derived.inTransit();
          }
        }
        if (c.level().overCommitted() > 0) {
          overCommitted.add(c.level());
        }
      }
      return new ReconciliationReport(all.length, drifts, repair, overCommitted);
    } finally {
      unlockAll(locked);
    }
  }

  // ---------------------------------------------------------------- locking

  /** Locks the distinct non-null cells in lock order (creation rank); returns them in that order. */
  private static Cell[] lockAll(Cell[] cells) {
    Cell[] sorted = distinctInLockOrder(cells);
    int i = 0;
    try {
      for (; i < sorted.length; i++) {
        sorted[i].lock.lock();
      }
    } catch (RuntimeException | Error e) {
      for (int j = 0; j < i; j++) {
        sorted[j].unlock();
      }
      throw e;
    }
    return sorted;
  }

  /** The distinct non-null cells sorted by rank; insertion sort, as a request has a handful of lines. */
  private static Cell[] distinctInLockOrder(Cell[] cells) {
    if (cells.length > 16) {
      return Arrays.stream(cells).filter(c -> c != null).distinct().sorted(LOCK_ORDER).toArray(Cell[]::new);
    }
    Cell[] sorted = new Cell[cells.length];
    int n = 0;
    for (Cell c : cells) {
      if (c == null) {
        continue;
      }
      int i = n;
      boolean duplicate = false;
      while (i > 0 && sorted[i - 1].rank >= c.rank) {
        if (sorted[i - 1] == c) {
          duplicate = true;
          break;
        }
        i--;
      }
      if (duplicate) {
        continue;
      }
      System.arraycopy(sorted, i, sorted, i + 1, n - i);
      sorted[i] = c;
      n++;
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }

  private static void unlockAll(Cell[] locked) {
    for (int i = locked.length - 1; i >= 0; i--) {
      locked[i].unlock();
    }
  }
}
