package org.oms4j.core.inventory;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.StoreUnavailableException;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.CustomerTier;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Checks;
import org.oms4j.core.spi.InventoryStore;
import org.oms4j.core.spi.Operation;

/**
 * Multi-location inventory: stock levels, the movement ledger and reservations. Build one with {@link #builder()};
 * it is thread-safe and meant to be shared. Every method checks its arguments first and throws {@link
 * InvalidInputException} (naming the field) or {@link IllegalTransitionException} before anything changes; the
 * {@link InventoryStore} then makes each change atomic.
 *
 * <p>Available to promise (ATP) = on hand - reserved - picked - damaged - quality control - safety stock, never
 * below zero; a reservation never takes more than ATP, so nothing is oversold however calls interleave.
 *
 * <h2>Retries</h2>
 * A store that loses its database connection throws {@link StoreUnavailableException}. Inventory then repeats the
 * store call (see {@link Builder#storeAttempts}), which is safe: reservations are idempotent by their id, and every
 * other change is made under an {@link OperationId} that the store records with it, so a repeat after a change
 * that was stored but whose reply was lost returns the first result and changes nothing. Inventory makes a new
 * operation id per call; the methods that take an {@code OperationId} let a caller that gets the exception (or
 * crashes) repeat the whole call itself, under its own id, just as safely.
 */
public final class Inventory {
  /** How many expired reservations {@link #expireDue()} asks the store for at a time. */
  private static final int EXPIRY_BATCH = 500;

  private final InventoryStore store;
  private final Clock clock;
  private final Optional<Duration> defaultTtl;
  private final Map<CustomerTier, Duration> ttlByTier;
  private final boolean keepCompleted;
  private final IdGenerator ids;
  private final int storeAttempts;
  private final Duration storeBackoff;
  private final Duration operationRetention;
  private final Map<SalesChannel, ChannelBuffer> buffers = new ConcurrentHashMap<>();
  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
  private final Set<Sku> changed = ConcurrentHashMap.newKeySet();
  private final Map<SalesChannel, Map<Sku, Integer>> published = new ConcurrentHashMap<>();

  private record Subscription(SalesChannel channel, Consumer<List<AtpUpdate>> listener) {}

  /** A location read from the store, and when; see {@link Builder#locationCacheTtl}. */
  private record CachedLocation(Optional<Location> location, Instant readAt) {}

  private final Duration locationCacheTtl;
  private final Map<LocationId, CachedLocation> locationCache = new ConcurrentHashMap<>();
  private volatile CachedLocations allLocations;

  private record CachedLocations(List<Location> locations, Instant readAt) {}

  private Inventory(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.defaultTtl = b.defaultTtl;
    this.ttlByTier = new EnumMap<>(b.ttlByTier);
    this.keepCompleted = b.keepCompleted;
    this.ids = b.ids;
    this.storeAttempts = b.storeAttempts;
    this.storeBackoff = b.storeBackoff;
    this.operationRetention = b.operationRetention;
    this.locationCacheTtl = b.locationCacheTtl;
  }

  /** A builder with an in-memory store, the UTC clock, no reservation TTL. */
  public static Builder builder() {
    return new Builder();
  }

  /** The store. */
  public InventoryStore store() {
    return store;
  }

  // ---------------------------------------------------------------- locations

  /** Adds or replaces a location. */
  public Location putLocation(Location location) {
    store.putLocation(requireNonNull(location, "location"));
    locationCache.remove(location.id());
    allLocations = null;
    return location;
  }

  /** The location with this id. */
  public Optional<Location> location(LocationId id) {
    return cachedLocation(requireNonNull(id, "id"));
  }

  /** Every location, by id (cached like single locations, see {@link Builder#locationCacheTtl}). */
  public List<Location> locations() {
    if (locationCacheTtl.isZero()) {
      return store.locations();
    }
    Instant now = clock.instant();
    CachedLocations cached = allLocations;
    if (cached == null || !now.isBefore(cached.readAt().plus(locationCacheTtl))) {
      cached = new CachedLocations(List.copyOf(store.locations()), now);
      allLocations = cached;
    }
    return cached.locations();
  }

  // ---------------------------------------------------------------- barcodes

  /** Maps a barcode (GTIN-8/12/13/14, check digit verified) to a SKU. */
  public void putBarcode(String barcode, Sku sku) {
    store.putBarcode(Gtin.parse(barcode), Checks.present("sku", sku));
  }

  /**
   * The SKU a scanned barcode stands for: use it as the input of a movement, e.g. {@code
   * inventory.receive(inventory.scan(code), location, 1, actor, po)}.
   *
   * @throws InvalidInputException naming the barcode if it is malformed, has a wrong check digit, or is unknown
   */
  public Sku scan(String barcode) {
    Gtin gtin = Gtin.parse(barcode);
    return store.skuOf(gtin)
        .orElseThrow(() -> new InvalidInputException("barcode", barcode, "no SKU is mapped to GTIN " + gtin));
  }

  // ---------------------------------------------------------------- stock

  /**
   * The stock of a SKU at a location.
   *
   * @throws InvalidInputException if the location is unknown
   */
  public StockLevel stock(Sku sku, LocationId location) {
    Checks.present("sku", sku);
    requireLocation("locationId", location);
    return store.stock(sku, location);
  }

  /** The stock of a SKU at every location that has held it. */
  public List<StockLevel> stock(Sku sku) {
    return store.stock(Checks.present("sku", sku));
  }

  /**
   * Hands {@code sink} the available-to-promise units of a SKU at every location that has held it (active or not),
   * in no particular order, allocating nothing: the read to use when deciding where an order ships from.
   */
  public void availableToPromise(Sku sku, ObjIntConsumer<LocationId> sink) {
    store.availableToPromise(Checks.present("sku", sku), requireNonNull(sink, "sink"));
  }

  /** Available to promise of a SKU at a location. */
  public int availableToPromise(Sku sku, LocationId location) {
    return stock(sku, location).availableToPromise();
  }

  /** Available to promise of a SKU across every active location. */
  public int availableToPromise(Sku sku) {
    int sum = 0;
    Instant now = clock.instant();
    for (StockLevel level : stock(sku)) {
      if (cachedLocation(level.locationId(), now).map(Location::active).orElse(false)) {
        sum += level.availableToPromise();
      }
    }
    return sum;
  }

  /** The ledger of a SKU at a location, oldest first. */
  public List<Movement> ledger(Sku sku, LocationId location) {
    Checks.present("sku", sku);
    requireLocation("locationId", location);
    return store.ledger(sku, location);
  }

  /**
   * Sets the safety stock held back from ATP.
   *
   * @throws InvalidInputException for a negative quantity or an unknown location
   */
  public void setSafetyStock(Sku sku, LocationId location, int units) {
    Checks.present("sku", sku);
    requireLocation("locationId", location);
    Checks.nonNegative("units", units);
    store.setSafetyStock(sku, location, units);
    touch(sku);
  }

  // ---------------------------------------------------------------- movements

  /** A blind receipt: units arrive, without a document, and are sellable at once. */
  public Movement receive(Sku sku, LocationId location, int quantity, Actor actor) {
    return receipt(Optional.empty(), MovementType.RECEIVE, sku, location, quantity, actor, null);
  }

  /**
   * Units arrive and are sellable at once. When {@code reference} names a purchase order given to {@link #expect},
   * the receipt counts against it (and is refused if the SKU is not on it or more arrive than are open); any other
   * reference (a delivery note) is recorded as it is.
   */
  public Movement receive(Sku sku, LocationId location, int quantity, Actor actor, String reference) {
    return receipt(Optional.empty(), MovementType.RECEIVE, sku, location, quantity, actor,
        requireReference(reference));
  }

  /**
   * Like {@link #receive(Sku, LocationId, int, Actor, String)}, once per operation: repeated under the same id
   * (after a {@link StoreUnavailableException}, say) it returns the first receipt and receives nothing more.
   *
   * @throws org.oms4j.core.IdempotencyConflictException if the id was used for another request
   */
  public Movement receive(OperationId operation, Sku sku, LocationId location, int quantity, Actor actor,
      String reference) {
    return receipt(Optional.of(Checks.present("operationId", operation)), MovementType.RECEIVE, sku, location,
        quantity, actor, requireReference(reference));
  }

  /** A blind receipt at the dock: units wait in quality control until {@link #putAway}. */
  public Movement receiveForPutAway(Sku sku, LocationId location, int quantity, Actor actor) {
    return receipt(Optional.empty(), MovementType.RECEIVE_FOR_PUT_AWAY, sku, location, quantity, actor, null);
  }

  /** Units arrive at the dock and wait in quality control until {@link #putAway}; see {@link #receive}. */
  public Movement receiveForPutAway(Sku sku, LocationId location, int quantity, Actor actor, String reference) {
    return receipt(Optional.empty(), MovementType.RECEIVE_FOR_PUT_AWAY, sku, location, quantity, actor,
        requireReference(reference));
  }

  private Movement receipt(Optional<OperationId> operation, MovementType type, Sku sku, LocationId location,
      int quantity, Actor actor, String reference) {
    Movement m = movement(type, sku, location, quantity, actor, reference, null, "quantity");
    if (reference != null && retrying(() -> store.purchaseOrder(reference)).isPresent()) {
      Movement received = once(operation, () -> "receive against " + reference + ": " + describe(m),
          op -> store.receive(op, reference, m));
      return changed(received);
    }
    return changed(record(operation, List.of(m), true)).get(0);
  }

  // ---------------------------------------------------------------- purchase orders and promised dates

  /**
   * Registers a purchase order: its open units count as incoming, and date {@link #availableBy} promises.
   *
   * @throws InvalidInputException if the location is unknown
   */
  public PurchaseOrder expect(PurchaseOrder order) {
    requireNonNull(order, "order");
    requireLocation("locationId", order.locationId());
    store.putPurchaseOrder(order);
    return order;
  }

  /** The purchase order with this id. */
  public Optional<PurchaseOrder> purchaseOrder(String id) {
    return store.purchaseOrder(requireNonNull(id, "id"));
  }

  /** Units of a SKU expected at a location on open purchase orders. */
  public int incoming(Sku sku, LocationId location) {
    int units = 0;
    for (PurchaseOrder po : store.openPurchaseOrders()) {
      if (po.locationId().equals(location)) {
        units += po.open(sku);
      }
    }
    return units;
  }

  /**
   * The first day by which {@code units} of a SKU can be promised across the network: today if available to
   * promise now, else the expected date of the purchase order that brings the total up to it.
   *
   * @param units units wanted, including any already waiting ahead (backorders) that must be served first
   * @return the date, or empty if even every open purchase order is not enough
   */
  public Optional<LocalDate> availableBy(Sku sku, int units) {
    Checks.present("sku", sku);
    Checks.nonNegative("units", units);
    int have = availableToPromise(sku);
    if (have >= units) {
      return Optional.of(LocalDate.now(clock));
    }
    for (PurchaseOrder po : store.openPurchaseOrders()) {
      have += po.open(sku);
      if (have >= units) {
        return Optional.of(po.expectedOn());
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- channels

  /** Sets what a channel is not shown of the network's available-to-promise. */
  public void setChannelBuffer(ChannelBuffer buffer) {
    buffers.put(requireNonNull(buffer, "buffer").channel(), buffer);
  }

  /** The buffer set for a channel, if any. */
  public Optional<ChannelBuffer> channelBuffer(SalesChannel channel) {
    requireNonNull(channel, "channel");
    // without buffers, no need to hash the channel (sourcing asks for every order, whose channel is cold in cache)
    return buffers.isEmpty() ? Optional.empty() : Optional.ofNullable(buffers.get(channel));
  }

  /** What a channel may sell of a SKU: network available-to-promise less the channel's buffer. */
  public int availableToPromise(SalesChannel channel, Sku sku) {
    requireNonNull(channel, "channel");
    int atp = availableToPromise(sku);
    ChannelBuffer buffer = buffers.get(channel);
    return buffer == null ? atp : buffer.visible(atp);
  }

  /**
   * Subscribes to a channel's stock feed: {@link #publishAtpChanges()} hands the listener what changed for the
   * channel since it last ran.
   */
  public void subscribeAtp(SalesChannel channel, Consumer<List<AtpUpdate>> listener) {
    subscriptions.add(new Subscription(requireNonNull(channel, "channel"), requireNonNull(listener, "listener")));
  }

  /**
   * Publishes to each subscribed channel the SKUs whose sellable quantity changed since the last call, one update
   * per SKU however many movements there were (coalesced). Call it on a schedule, e.g. every few seconds.
   *
   * @return the number of updates handed to listeners
   */
  public int publishAtpChanges() {
    if (subscriptions.isEmpty()) {
      changed.clear();
      return 0;
    }
    List<Sku> skus = new ArrayList<>(changed);
    changed.removeAll(skus);
    skus.sort(Comparator.comparing(Sku::value));
    int sent = 0;
    for (Subscription sub : subscriptions) {
      Map<Sku, Integer> last = published.computeIfAbsent(sub.channel(), c -> new ConcurrentHashMap<>());
      List<AtpUpdate> updates = new ArrayList<>();
      for (Sku sku : skus) {
        int now = availableToPromise(sub.channel(), sku);
        Integer before = last.put(sku, now);
        if (before == null || before != now) {
          updates.add(new AtpUpdate(sub.channel(), sku, now));
        }
      }
      if (!updates.isEmpty()) {
        sub.listener().accept(List.copyOf(updates));
        sent += updates.size();
      }
    }
    return sent;
  }

  /** Notes that a SKU's sellable quantity may have changed, for the channel feeds. */
  private void touch(Sku sku) {
    if (!subscriptions.isEmpty()) {
      changed.add(sku);
    }
  }

  private Movement changed(Movement m) {
    touch(m.sku());
    return m;
  }

  private List<Movement> changed(List<Movement> movements) {
    movements.forEach(this::changed);
    return movements;
  }

  private Reservation changed(Reservation r) {
    if (!subscriptions.isEmpty()) {
      r.requested().forEach(l -> touch(l.sku()));
    }
    return r;
  }

  private ReservationResult changed(ReservationResult result) {
    result.reservation().ifPresent(this::changed);
    return result;
  }


  /** Received units are put away and become sellable. */
  public Movement putAway(Sku sku, LocationId location, int quantity, Actor actor) {
    return move(MovementType.PUT_AWAY, sku, location, quantity, actor, null, null);
  }

  /** Units go into quality control (not sellable). */
  public Movement qualityHold(Sku sku, LocationId location, int quantity, Actor actor, String reason) {
    return move(MovementType.QUALITY_HOLD, sku, location, quantity, actor, null, requireReason(reason));
  }

  /** Units leave quality control. */
  public Movement qualityRelease(Sku sku, LocationId location, int quantity, Actor actor) {
    return move(MovementType.QUALITY_RELEASE, sku, location, quantity, actor, null, null);
  }

  /** Units are found damaged; they stay on hand but are not sellable. */
  public Movement damage(Sku sku, LocationId location, int quantity, Actor actor, String reason) {
    return move(MovementType.DAMAGE, sku, location, quantity, actor, null, requireReason(reason));
  }

  /** Damaged units are written off. */
  public Movement dispose(Sku sku, LocationId location, int quantity, Actor actor, String reason) {
    return move(MovementType.DISPOSE, sku, location, quantity, actor, null, requireReason(reason));
  }

  /** Customer-returned units go back to stock. */
  public Movement returnToStock(Sku sku, LocationId location, int quantity, Actor actor, String reference) {
    return move(MovementType.RETURN_TO_STOCK, sku, location, quantity, actor, requireReference(reference), null);
  }

  /** Picked units leave with a shipment. */
  public Movement ship(Sku sku, LocationId location, int quantity, Actor actor, String reference) {
    return move(MovementType.SHIP, sku, location, quantity, actor, requireReference(reference), null);
  }

  /** Picked units go back to the shelf. */
  public Movement unpick(Sku sku, LocationId location, int quantity, Actor actor, String reason) {
    return move(MovementType.UNPICK, sku, location, quantity, actor, null, requireReason(reason));
  }

  /**
   * A correction of the on-hand quantity, with a reason.
   *
   * @param delta units to add (positive) or remove (negative), not zero
   * @throws InsufficientStockException if it would leave fewer units than are reserved, picked or unusable
   */
  public Movement adjust(Sku sku, LocationId location, int delta, Actor actor, String reason) {
    return adjust(Optional.empty(), sku, location, delta, actor, reason);
  }

  /**
   * Like {@link #adjust(Sku, LocationId, int, Actor, String)}, once per operation: repeated under the same id it
   * returns the first adjustment and adjusts nothing more.
   *
   * @throws org.oms4j.core.IdempotencyConflictException if the id was used for another request
   */
  public Movement adjust(OperationId operation, Sku sku, LocationId location, int delta, Actor actor,
      String reason) {
    return adjust(Optional.of(Checks.present("operationId", operation)), sku, location, delta, actor, reason);
  }

  private Movement adjust(Optional<OperationId> operation, Sku sku, LocationId location, int delta, Actor actor,
      String reason) {
    if (delta == 0) {
      throw new InvalidInputException("delta", 0, "an adjustment must change something");
    }
    return changed(record(operation, List.of(movement(MovementType.ADJUST, sku, location, delta, actor, null,
        requireReason(reason), "delta")), true).get(0));
  }

  /**
   * Sends units to another location: they leave {@code from} now and are in transit at {@code to} until {@link
   * #receiveTransfer}.
   *
   * @return the two movements (out of {@code from}, in transit at {@code to})
   */
  public List<Movement> transfer(Sku sku, LocationId from, LocationId to, int quantity, Actor actor,
      String reference) {
    if (from != null && from.equals(to)) {
      throw new InvalidInputException("to", to, "a transfer needs two different locations");
    }
    requireReference(reference);
    Movement out = movement(MovementType.TRANSFER_OUT, sku, from, quantity, actor, reference, null, "quantity");
    Movement in = movement(MovementType.TRANSFER_IN_TRANSIT, sku, to, quantity, actor, reference, null,
        "quantity");
    return changed(record(Optional.empty(), List.of(out, in), true));
  }

  /** Transferred units arrive at {@code to}. */
  public Movement receiveTransfer(Sku sku, LocationId to, int quantity, Actor actor, String reference) {
    return move(MovementType.TRANSFER_RECEIVE, sku, to, quantity, actor, requireReference(reference), null);
  }

  /**
   * Records a cycle count: the variance between the counted quantity and on hand becomes a {@link
   * MovementType#COUNT} adjustment, naming who counted. A count records what is there, so it is never refused; if it
   * finds fewer units than are reserved and picked, {@link #reconcile} reports the SKU as over-committed.
   */
  public Movement count(Sku sku, LocationId location, int counted, Actor counter) {
    Checks.present("sku", sku);
    requireLocation("locationId", location);
    Checks.nonNegative("counted", counted);
    Checks.present("actor", counter);
    Movement count = new Movement(0, MovementType.COUNT, sku, location, 0, StockDelta.NONE, Optional.empty(),
        counter, clock.instant(), Optional.of("cycle count"), OptionalInt.of(counted));
    Movement stored = once(Optional.empty(), () -> "count " + describe(count), op -> store.count(op, count));
    return changed(stored);
  }

  private Movement move(MovementType type, Sku sku, LocationId location, int quantity, Actor actor,
      String reference, String reason) {
    return changed(record(Optional.empty(), List.of(movement(type, sku, location, quantity, actor, reference,
        reason, "quantity")), true).get(0));
  }

  private Movement movement(MovementType type, Sku sku, LocationId location, int quantity, Actor actor,
      String reference, String reason, String quantityField) {
    Checks.present("sku", sku);
    requireLocation("locationId", location);
    if (!type.signed()) {
      Checks.positive(quantityField, quantity);
    }
    Checks.present("actor", actor);
    if (reference != null) {
      Checks.text("reference", reference, 200);
    }
    return Movement.of(type, sku, location, quantity, Optional.ofNullable(reference), actor, clock.instant(),
        Optional.ofNullable(reason), OptionalInt.empty());
  }

  private List<Movement> record(Optional<OperationId> operation, List<Movement> movements, boolean guarded) {
    return once(operation, () -> "record" + (guarded ? " guarded: " : ": ") + describe(movements),
        op -> store.record(op, movements, guarded));
  }

  /**
   * Runs a store call that is not idempotent by itself under an operation (the caller's, or a new one), repeated
   * under the same operation while the store is unavailable.
   */
  private <T> T once(Optional<OperationId> operation, Supplier<String> request, Function<Operation, T> call) {
    Operation op;
    if (operation.isPresent()) {
      op = new Operation(operation.get(), request.get(), clock.instant());
    } else if (store.mayLoseReplies()) {
      op = new Operation(OperationId.of(ids.next(IdGenerator.Kind.OPERATION)), request.get(), clock.instant());
    } else {
      return call.apply(Operation.untracked()); // nothing to retry: the store never loses a reply
    }
    return retrying(() -> call.apply(op));
  }

  /** Runs an idempotent store call, repeated with backoff while the store is unavailable. */
  private <T> T retrying(Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (StoreUnavailableException e) {
        if (attempt >= storeAttempts) {
          throw e;
        }
        long nanos = storeBackoff.toNanos() << Math.min(attempt - 1, 16);
        try {
          Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** A movement as a request: what it asks, without its time. */
  private static String describe(Movement m) {
    StringBuilder b = new StringBuilder().append(m.type()).append(' ').append(m.quantity()).append(" x ")
        .append(m.sku()).append(" at ").append(m.locationId()).append(" by ").append(m.actor().kind()).append(' ')
        .append(m.actor().name());
    m.reference().ifPresent(r -> b.append(" ref ").append(r));
    m.reason().ifPresent(r -> b.append(" reason ").append(r));
    m.counted().ifPresent(c -> b.append(" counted ").append(c));
    return b.toString();
  }

  private static String describe(List<Movement> movements) {
    StringBuilder b = new StringBuilder();
    for (Movement m : movements) {
      b.append(b.length() == 0 ? "" : "; ").append(describe(m));
    }
    return b.toString();
  }

  private static String requireReference(String reference) {
    return Checks.text("reference", reference, 200);
  }

  private static String requireReason(String reason) {
    return Checks.text("reason", reason, 500);
  }

  private Location requireLocation(String field, LocationId id) {
    return requireLocation(field, id, cacheTime());
  }

  private Location requireLocation(String field, LocationId id, Instant now) {
    Checks.present(field, id);
    return cachedLocation(id, now).orElseThrow(() -> new InvalidInputException(field, id, "unknown location"));
  }

  /** The location, from the cache while it is younger than the cache TTL, else from the store. */
  private Optional<Location> cachedLocation(LocationId id) {
    return cachedLocation(id, cacheTime());
  }

  /** The time location-cache entries are judged by (no clock read when nothing is cached). */
  private Instant cacheTime() {
    return locationCacheTtl.isZero() ? Instant.EPOCH : clock.instant();
  }

  /** {@link #cachedLocation(LocationId)} at a time the caller has read already (one clock read per operation). */
  private Optional<Location> cachedLocation(LocationId id, Instant now) {
    if (locationCacheTtl.isZero()) {
      return store.location(id);
    }
    CachedLocation cached = locationCache.get(id);
    if (cached == null || !now.isBefore(cached.readAt().plus(locationCacheTtl))) {
      cached = new CachedLocation(store.location(id), now);
      locationCache.put(id, cached);
    }
    return cached.location();
  }

  // ---------------------------------------------------------------- reservations

  /**
   * Reserves stock. A retry with the same id returns the reservation made the first time and reserves nothing
   * more; the same id with different lines or reference is refused. Reservations whose time-to-live has passed
   * hold their stock until {@link #expireDue()} runs: call it on a schedule.
   *
   * @return the reservation and any shortages; for all-or-nothing with a shortage, no reservation
   * @throws InvalidInputException for an unknown SKU, an unknown or inactive location
   * @throws org.oms4j.core.IdempotencyConflictException if the id was used for a different request
   */
  public ReservationResult reserve(ReservationRequest request) {
    requireNonNull(request, "request");
    List<ReservationLine> lines = List.copyOf(request.lines());
    boolean partial = request.policy() == ReservationPolicy.PARTIAL;
    Instant now = clock.instant();
    for (int i = 0; i < lines.size(); i++) {
      ReservationLine line = lines.get(i);
      Optional<Location> location = cachedLocation(line.locationId(), now);
      if (location.isEmpty() || !location.get().active()) {
        for (int j = 0; j < i; j++) { // errors name the first bad line, whatever is wrong with it
          requireKnown(j, lines.get(j));
        }
        throw new InvalidInputException("lines[" + i + "].locationId", line.locationId(),
            location.isEmpty() ? "unknown location" : "location is inactive and takes no reservations");
      }
      if (partial) { // a partial reservation must not take some lines and then fail on another
        requireKnown(i, line);
      }
    }
    Optional<Instant> expiresAt = expiry(request, now);
    Reservation candidate = new Reservation(request.id(), request.reference(), lines, lines,
        ReservationStatus.ACTIVE, now, expiresAt);
    ReservationResult result = retrying(() -> store.reserve(candidate, request.policy()));
    if (!partial && result.reservation().isEmpty()) { // nothing was reserved: now say if a SKU is unknown
      for (int i = 0; i < lines.size(); i++) {
        requireKnown(i, lines.get(i));
      }
    }
    return changed(result);
  }

  private void requireKnown(int i, ReservationLine line) {
    if (!retrying(() -> store.knows(line.sku()))) {
      throw new InvalidInputException("lines[" + i + "].sku", line.sku(), "unknown SKU: never stocked anywhere");
    }
  }

  private Optional<Instant> expiry(ReservationRequest request, Instant now) {
    if (request.ttl().isPresent()) {
      return Optional.of(now.plus(request.ttl().get()));
    }
    if (request.customerTier().isPresent() && ttlByTier.containsKey(request.customerTier().get())) {
      return Optional.of(now.plus(ttlByTier.get(request.customerTier().get())));
    }
    return defaultTtl.isPresent() ? Optional.of(now.plus(defaultTtl.get())) : Optional.empty();
  }

  /**
   * Adds units to the active reservation with this id, or starts one, if the units are available to promise. Every
   * call adds (use {@link #reserve} for idempotent requests, or pass an {@link OperationId} to repeat one call
   * safely); a store call that fails as unavailable is repeated under the same operation. This is how orders grow
   * their reservations as their lines are allocated.
   *
   * @param id the reservation
   * @param reference what it is for (used when the reservation is created)
   * @param units what to add
   * @return the reservation after, or no reservation and the shortage (an inactive location has nothing
   *     available: a location closed after the caller chose it is a shortage there, not a bad request)
   * @throws InvalidInputException for an unknown SKU or an unknown location
   */
  public ReservationResult reserveMore(ReservationId id, String reference, ReservationLine units) {
    return reserveMore(Optional.empty(), id, reference, units);
  }

  /**
   * Like {@link #reserveMore(ReservationId, String, ReservationLine)}, once per operation: repeated under the same
   * id it returns the first result and adds nothing more.
   *
   * @throws org.oms4j.core.IdempotencyConflictException if the id was used for another request
   */
  public ReservationResult reserveMore(OperationId operation, ReservationId id, String reference,
      ReservationLine units) {
    return reserveMore(Optional.of(Checks.present("operationId", operation)), id, reference, units);
  }

  private ReservationResult reserveMore(Optional<OperationId> operation, ReservationId id, String reference,
      ReservationLine units) {
    Checks.present("reservationId", id);
    Checks.text("reference", reference, 200);
    Checks.present("units", units);
    Instant now = clock.instant();
    Location location = requireLocation("units.locationId", units.locationId(), now);
    if (!store.knows(units.sku())) {
      throw new InvalidInputException("units.sku", units.sku(), "unknown SKU: never stocked anywhere");
    }
    if (!location.active()) {
      return new ReservationResult(Optional.empty(),
          List.of(new Shortage(units.sku(), units.locationId(), units.quantity(), 0)));
    }
    Reservation template = new Reservation(id, reference, List.of(), List.of(), ReservationStatus.ACTIVE, now,
        defaultTtl.map(now::plus));
    ReservationResult result = once(operation, () -> "add to " + id + " for " + reference + ": " + units,
        op -> store.add(op, template, units));
    return changed(result);
  }

  /** The reservation with this id, active or completed (unless completed ones are not kept). */
  public Optional<Reservation> reservation(ReservationId id) {
    return store.reservation(requireNonNull(id, "id"));
  }

  /**
   * Releases a whole reservation.
   *
   * @throws InvalidInputException if there is no such reservation
   * @throws IllegalTransitionException if it is not active
   */
  public Reservation release(ReservationId id) {
    Checks.present("reservationId", id);
    return completed(release(Optional.empty(), id, List.of(), ReservationStatus.RELEASED));
  }

  /**
   * Releases part of a reservation.
   *
   * @throws InvalidInputException if it holds fewer units than given, or there is no such reservation
   * @throws IllegalTransitionException if it is not active
   */
  public Reservation release(ReservationId id, List<ReservationLine> units) {
    return release(Optional.empty(), id, units);
  }

  /**
   * Like {@link #release(ReservationId, List)}, once per operation: repeated under the same id it returns the first
   * result and releases nothing more.
   *
   * @throws org.oms4j.core.IdempotencyConflictException if the id was used for another request
   */
  public Reservation release(OperationId operation, ReservationId id, List<ReservationLine> units) {
    return release(Optional.of(Checks.present("operationId", operation)), id, units);
  }

  private Reservation release(Optional<OperationId> operation, ReservationId id, List<ReservationLine> units) {
    Checks.present("reservationId", id);
    Checks.nonEmpty("units", Checks.present("units", units));
    return completed(release(operation, id, List.copyOf(units), ReservationStatus.RELEASED));
  }

  private Reservation release(Optional<OperationId> operation, ReservationId id, List<ReservationLine> units,
      ReservationStatus whenEmpty) {
    return once(operation, () -> "release " + (units.isEmpty() ? "all" : units.toString()) + " of " + id + ", then "
        + whenEmpty, op -> store.release(op, id, units, whenEmpty));
  }

  /**
   * Commits a reservation on shipment: its remaining units leave stock ({@link MovementType#COMMIT}).
   *
   * @throws IllegalTransitionException if it is not active, or its TTL has passed (it is left for {@link
   *     #expireDue()})
   * @throws InsufficientStockException if a count found fewer units on hand than it takes (release those first)
   */
  public Reservation commit(ReservationId id, Actor actor) {
    return commit(id, actor, Checks.present("reservationId", id).value());
  }

  /**
   * Commits a reservation on shipment, naming the shipment: its remaining units leave stock ({@link
   * MovementType#COMMIT}).
   *
   * @throws IllegalTransitionException if it is not active, or its TTL has passed (it is left for {@link
   *     #expireDue()})
   * @throws InsufficientStockException if a count found fewer units on hand than it takes (release those first)
   */
  public Reservation commit(ReservationId id, Actor actor, String reference) {
    requireReference(reference);
    Reservation r = requireReservation(id);
    Checks.present("actor", actor);
    Instant now = clock.instant();
    if (r.expiredAt(now)) {
      throw new IllegalTransitionException("reservation " + id, ReservationStatus.EXPIRED, "COMMIT",
          "its time-to-live ended at " + r.expiresAt().orElseThrow());
    }
    List<Movement> movements = new ArrayList<>(r.lines().size());
    for (ReservationLine l : r.lines()) {
      movements.add(Movement.of(MovementType.COMMIT, l.sku(), l.locationId(), l.quantity(),
          Optional.of(reference), actor, now, Optional.empty(), OptionalInt.empty()));
    }
    if (movements.isEmpty()) {
      throw new IllegalTransitionException("reservation " + id, r.status(), "COMMIT", "nothing left to commit");
    }
    return completed(consume(Optional.empty(), id, movements));
  }

  private Reservation consume(Optional<OperationId> operation, ReservationId id, List<Movement> movements) {
    return once(operation, () -> "consume from " + id + ": " + describe(movements),
        op -> store.consume(op, id, movements));
  }

  /**
   * Commits part of a reservation on shipment: these units leave stock ({@link MovementType#COMMIT}); the rest stays
   * reserved.
   *
   * @throws InvalidInputException if the reservation holds fewer units
   * @throws IllegalTransitionException if it is not active
   */
  public Reservation commit(ReservationId id, List<ReservationLine> units, Actor actor, String reference) {
    return commit(Optional.empty(), id, units, actor, reference);
  }

  /**
   * Like {@link #commit(ReservationId, List, Actor, String)}, once per operation: repeated under the same id it
   * returns the first result and commits nothing more.
   *
   * @throws org.oms4j.core.IdempotencyConflictException if the id was used for another request
   */
  public Reservation commit(OperationId operation, ReservationId id, List<ReservationLine> units, Actor actor,
      String reference) {
    return commit(Optional.of(Checks.present("operationId", operation)), id, units, actor, reference);
  }

  private Reservation commit(Optional<OperationId> operation, ReservationId id, List<ReservationLine> units,
      Actor actor, String reference) {
    Checks.present("reservationId", id);
    Checks.nonEmpty("units", Checks.present("units", units));
    requireReference(reference);
    List<Movement> movements = new ArrayList<>(units.size());
    for (ReservationLine l : units) {
      movements.add(movement(MovementType.COMMIT, l.sku(), l.locationId(), l.quantity(), actor, reference, null,
          "units.quantity"));
    }
    return completed(consume(operation, id, movements));
  }

  /**
   * Picks reserved units: they leave the reservation and become picked stock, to leave with {@link #ship}.
   *
   * @throws InvalidInputException if the reservation holds fewer units
   * @throws IllegalTransitionException if it is not active
   */
  public Reservation pick(ReservationId id, Sku sku, LocationId location, int quantity, Actor actor) {
    return pick(Optional.empty(), id, sku, location, quantity, actor);
  }

  /**
   * Like {@link #pick(ReservationId, Sku, LocationId, int, Actor)}, once per operation: repeated under the same id
   * it returns the first result and picks nothing more.
   *
   * @throws org.oms4j.core.IdempotencyConflictException if the id was used for another request
   */
  public Reservation pick(OperationId operation, ReservationId id, Sku sku, LocationId location, int quantity,
      Actor actor) {
    return pick(Optional.of(Checks.present("operationId", operation)), id, sku, location, quantity, actor);
  }

  private Reservation pick(Optional<OperationId> operation, ReservationId id, Sku sku, LocationId location,
      int quantity, Actor actor) {
    Checks.present("reservationId", id);
    Movement m = movement(MovementType.PICK, sku, location, quantity, actor, id.value(), null, "quantity");
    return completed(consume(operation, id, List.of(m)));
  }

  /**
   * Moves reserved units to another location, if stock is available to promise there; atomically.
   *
   * @throws InsufficientStockException if the new location lacks the units
   */
  public Reservation move(ReservationId id, Sku sku, LocationId from, LocationId to, int quantity) {
    Checks.present("reservationId", id);
    Checks.present("sku", sku);
    requireLocation("from", from);
    Location target = requireLocation("to", to);
    if (!target.active()) {
      throw new InvalidInputException("to", to, "location is inactive and takes no reservations");
    }
    Checks.positive("quantity", quantity);
    ReservationLine units = ReservationLine.of(sku, from, quantity);
    Reservation moved = once(Optional.empty(), () -> "move " + units + " of " + id + " to " + to,
        op -> store.move(op, id, units, to));
    return changed(moved);
  }

  /**
   * Releases every active reservation whose time-to-live has passed (status {@link ReservationStatus#EXPIRED}),
   * asking the store for them in batches ({@link InventoryStore#expiredBy}), and forgets operations older than
   * {@link Builder#operationRetention}. Call it on a schedule, from any number of instances.
   *
   * @return how many expired
   */
  public int expireDue() {
    Instant now = clock.instant();
    int expired = 0;
    while (true) {
      List<Reservation> due = retrying(() -> store.expiredBy(now, EXPIRY_BATCH));
      int before = expired;
      for (Reservation r : due) {
        try {
          completed(release(Optional.empty(), r.id(), List.of(), ReservationStatus.EXPIRED));
          expired++;
        } catch (IllegalTransitionException | InvalidInputException raced) {
          // released, committed or expired by another thread or instance in the meantime (and, if completed
          // reservations are not kept, purged: then it no longer exists)
        }
      }
      if (due.size() < EXPIRY_BATCH || expired == before) {
        break;
      }
    }
    retrying(() -> store.purgeOperations(now.minus(operationRetention)));
    return expired;
  }

  /**
   * Checks counters against the ledger and the active reservations; with {@code repair}, fixes any drift.
   */
  public ReconciliationReport reconcile(boolean repair) {
    return store.reconcile(repair);
  }

  private Reservation requireReservation(ReservationId id) {
    Checks.present("reservationId", id);
    return store.reservation(id)
        .orElseThrow(() -> new InvalidInputException("reservationId", id, "no such reservation"));
  }

  /** Forgets a reservation that is no longer active, unless completed ones are kept for idempotent retries. */
  private Reservation completed(Reservation r) {
    changed(r);
    if (!keepCompleted && r.status() != ReservationStatus.ACTIVE) {
      retrying(() -> {
        store.purge(r.id());
        return r;
      });
    }
    return r;
  }

  /** Builds an {@link Inventory}. */
  public static final class Builder {
    private InventoryStore store = InventoryStore.inMemory();
    private Clock clock = Clock.systemUTC();
    private Optional<Duration> defaultTtl = Optional.empty();
    private final Map<CustomerTier, Duration> ttlByTier = new EnumMap<>(CustomerTier.class);
    private boolean keepCompleted = true;
    private Duration locationCacheTtl = Duration.ofSeconds(5);
    private IdGenerator ids = IdGenerator.random();
    private int storeAttempts = 3;
    private Duration storeBackoff = Duration.ofMillis(20);
    private Duration operationRetention = Duration.ofDays(1);

    private Builder() {}

    /** Makes the {@link OperationId}s of calls that are not given one; random UUIDs unless set. */
    public Builder ids(IdGenerator ids) {
      this.ids = requireNonNull(ids, "ids");
      return this;
    }

    /**
     * How often a store call is attempted while the store throws {@link StoreUnavailableException} (default 3), and
     * the pause before the second attempt (default 20 ms), doubled before each further one. The last exception is
     * thrown when every attempt failed.
     *
     * @throws InvalidInputException if attempts is below 1 or the backoff negative
     */
    public Builder storeAttempts(int attempts, Duration backoff) {
      if (attempts < 1) {
        throw new InvalidInputException("attempts", attempts, "must be at least 1");
      }
      if (backoff == null || backoff.isNegative()) {
        throw new InvalidInputException("backoff", backoff, "must be zero or positive");
      }
      this.storeAttempts = attempts;
      this.storeBackoff = backoff;
      return this;
    }

    /**
     * How long the store remembers operations (default one day): a repeat under an operation id older than this
     * is applied again. {@link Inventory#expireDue()} forgets older ones; the store keeps one small record per
     * change until then (in memory too), so schedule it, or shorten this, where changes are many.
     *
     * @throws InvalidInputException if not positive
     */
    public Builder operationRetention(Duration retention) {
      if (retention == null || retention.isNegative() || retention.isZero()) {
        throw new InvalidInputException("retention", retention, "must be positive");
      }
      this.operationRetention = retention;
      return this;
    }

    /**
     * How long a location read from the store is used before it is read again (default 5 s; zero: never cached).
     * Every reservation checks that its locations exist and are active; with a database store that read would
     * otherwise cost a round trip per call. A location changed through this {@code Inventory} is seen at once; one
     * changed through another application instance, within this time.
     *
     * @throws InvalidInputException if negative
     */
    public Builder locationCacheTtl(Duration ttl) {
      if (ttl == null || ttl.isNegative()) {
        throw new InvalidInputException("locationCacheTtl", ttl, "must be zero or positive");
      }
      this.locationCacheTtl = ttl;
      return this;
    }

    /** The store; in-memory unless set. */
    public Builder store(InventoryStore store) {
      this.store = requireNonNull(store, "store");
      return this;
    }

    /** The clock; UTC system clock unless set. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** The time-to-live of reservations that give none and whose customer tier has none. */
    public Builder defaultReservationTtl(Duration ttl) {
      this.defaultTtl = Optional.of(positive(ttl));
      return this;
    }

    /** The time-to-live of reservations for a customer tier (e.g. longer checkout holds for VIPs). */
    public Builder reservationTtl(CustomerTier tier, Duration ttl) {
      ttlByTier.put(requireNonNull(tier, "tier"), positive(ttl));
      return this;
    }

    /**
     * Whether released, committed and expired reservations are kept (default true), so that a retry arriving
     * after completion is still recognised and reserves nothing. Turn off to keep memory flat when callers never
     * retry late; {@link InventoryStore#purge} then runs on completion.
     */
    public Builder keepCompletedReservations(boolean keep) {
      this.keepCompleted = keep;
      return this;
    }

    private static Duration positive(Duration ttl) {
      if (ttl == null || ttl.isNegative() || ttl.isZero()) {
        throw new InvalidInputException("ttl", ttl, "must be positive");
      }
      return ttl;
    }

    /** The configured {@link Inventory}. */
    public Inventory build() {
      return new Inventory(this);
    }
  }
}
