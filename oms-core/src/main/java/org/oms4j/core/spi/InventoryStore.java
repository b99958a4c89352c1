package org.oms4j.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Gtin;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.Movement;
import org.oms4j.core.inventory.PurchaseOrder;
import org.oms4j.core.inventory.ReconciliationReport;
import org.oms4j.core.inventory.Reservation;
import org.oms4j.core.inventory.ReservationId;
import org.oms4j.core.inventory.ReservationLine;
import org.oms4j.core.inventory.ReservationPolicy;
import org.oms4j.core.inventory.ReservationResult;
import org.oms4j.core.inventory.ReservationStatus;
import org.oms4j.core.inventory.StockLevel;

/**
 * Where stock counters, the movement ledger and reservations live. The in-memory default is {@code
 * InventoryStore.inMemory()}; a database adapter implements the same contract. {@code Inventory} validates
 * arguments before it calls the store; the store makes each call atomic.
 *
 * <h2>Concurrency contract</h2>
 * Each method is atomic: it applies in full or not at all, and concurrent calls behave as if run one after another.
 * In particular:
 * <ul>
 *   <li>{@link #reserve} checks available-to-promise (on hand - reserved - picked - damaged - quality control -
 *       safety stock, see {@link StockLevel#availableToPromise()}) and raises reserved for every line in one
 *       step. No interleaving of calls may ever make reserved + picked exceed on hand: a database adapter uses a
 *       conditional update ({@code ... SET reserved = reserved + ? WHERE ... AND on_hand - reserved - ... >= ?}) or
 *       row locks taken in a deterministic order (for example by SKU, then location) so that concurrent
 *       multi-line reservations cannot deadlock.
 *   <li>Reservation ids are unique: of concurrent reserves with one id, exactly one reserves; the others get its
 *       reservation back.
 *   <li>{@link #record} applies every movement's delta and appends it to the ledger in one step; with {@code
 *       guarded}, it refuses (changing nothing) when a quantity would go negative or available-to-promise below
 *       zero.
 *   <li>The reserved counter of a (SKU, location) always equals the sum of active reservations' lines there, and
 *       every other counter equals the sum of its ledger deltas.
 * </ul>
 *
 * <h2>Operations: exactly once across retries</h2>
 * The calls that are not idempotent by themselves ({@link #record}, {@link #count}, {@link #receive}, {@link #add},
 * {@link #release}, {@link #consume}, {@link #move}) take an {@link Operation}. The store records its id with the
 * change in the same atomic step, together with what the call returned. A later call under a recorded id changes
 * nothing and returns the recorded result if its {@link Operation#request() request} is the same, else throws
 * {@link org.oms4j.core.IdempotencyConflictException}; of concurrent calls under one id, exactly one applies. A
 * call that throws records nothing. So a caller whose call failed with {@link
 * org.oms4j.core.StoreUnavailableException} (outcome unknown or not) may repeat it under the same operation.
 */
public interface InventoryStore {
  /** A new, empty, thread-safe in-memory store. */
  static InventoryStore inMemory() {
    return new org.oms4j.core.internal.InMemoryInventoryStore();
  }

  /** Adds or replaces a location. */
  void putLocation(Location location);

  /** The location with this id. */
  Optional<Location> location(LocationId id);

  /** Every location, in id order. */
  List<Location> locations();

  /** Maps a barcode to a SKU (replacing an earlier mapping of the same GTIN). */
  void putBarcode(Gtin gtin, Sku sku);

  /** The SKU a barcode is mapped to. */
  Optional<Sku> skuOf(Gtin gtin);

  /** Whether the store has ever held the SKU anywhere. */
  boolean knows(Sku sku);

  /** The stock of a SKU at a location (all zero if never held there). */
  StockLevel stock(Sku sku, LocationId location);

  /** The stock of a SKU at every location that has held it, in location id order. */
  List<StockLevel> stock(Sku sku);

  /**
   * Hands {@code sink} the available-to-promise units ({@link StockLevel#availableToPromise()}) of a SKU at every
   * location that has held it, in no particular order: the read sourcing makes for every order. The default reads
   * {@link #stock(Sku)}; a store may override it with a cheaper read of the same figures (the in-memory store reads
   * them without taking a lock). Like every read, it may be overtaken by a concurrent write.
   */
  default void availableToPromise(Sku sku, ObjIntConsumer<LocationId> sink) {
    for (StockLevel level : stock(sku)) {
      sink.accept(level.locationId(), level.availableToPromise());
    }
  }

  /** Every (SKU, location) that has held stock. */
  List<StockLevel> allStock();

  /** Sets the safety stock of a SKU at a location. */
  void setSafetyStock(Sku sku, LocationId location, int units);

  /**
   * Applies movements and appends them to the ledger, atomically; once per operation.
   *
   * @param guarded whether to refuse movements that would make a quantity negative or promise more than is there
   * @return the movements as stored, with their ledger sequence numbers
   * @throws org.oms4j.core.inventory.InsufficientStockException if guarded and refused
   */
  List<Movement> record(Operation op, List<Movement> movements, boolean guarded);

  /**
   * Records a cycle count atomically: a {@link org.oms4j.core.inventory.MovementType#COUNT} movement whose quantity
   * is the variance between {@code count.counted()} and the on-hand quantity at that moment (possibly 0).
   *
   * @param count a COUNT movement with quantity 0 and the counted quantity set; the store fills in the variance
   * @return the movement as stored
   */
  Movement count(Operation op, Movement count);

  /** Adds or replaces a purchase order. */
  void putPurchaseOrder(PurchaseOrder order);

  /** The purchase order with this id. */
  Optional<PurchaseOrder> purchaseOrder(String id);

  /** Every purchase order with units still open. */
  List<PurchaseOrder> openPurchaseOrders();

  /**
   * Records a receipt against a purchase order: the order's received quantity and the movement, atomically.
   *
   * @throws org.oms4j.core.InvalidInputException if there is no such purchase order, the SKU is not on it, it goes
   *     to another location, or more units arrive than are open
   */
  Movement receive(Operation op, String purchaseOrderId, Movement receipt);

  /** The ledger of a SKU at a location, oldest first. */
  List<Movement> ledger(Sku sku, LocationId location);

  /**
   * Reserves a candidate's lines, or finds the reservation already stored under its id.
   *
   * @param candidate the reservation to make, status {@link ReservationStatus#ACTIVE}
   * @return the reservation stored under the id, and shortages; for {@link ReservationPolicy#ALL_OR_NOTHING} with
   *     a shortage, nothing is reserved and the reservation is empty
   */
  ReservationResult reserve(Reservation candidate, ReservationPolicy policy);

  /**
   * Adds units to the active reservation with this id if they are available to promise, atomically; creates the
   * reservation (replacing a completed one under the same id) when there is no active one. Unlike {@link #reserve}
   * each call adds, once per operation.
   *
   * @param template the reservation to create when there is none active: id, reference, times; its lines are
   *     ignored
   * @return the reservation after, or no reservation and the shortage when the units are not available
   */
  ReservationResult add(Operation op, Reservation template, ReservationLine units);

  /** The reservation with this id, active or completed (until purged). */
  Optional<Reservation> reservation(ReservationId id);

  /** Every active reservation. */
  List<Reservation> activeReservations();

  /**
   * Up to {@code max} active reservations whose time-to-live has passed at {@code now} (see {@link
   * Reservation#expiredAt}), the longest expired first. A database store answers from an index on the expiry, so
   * that expiring reservations does not read every active one.
   *
   * @throws IllegalArgumentException if {@code max} is not positive
   */
  List<Reservation> expiredBy(Instant now, int max);

  /**
   * Gives units of an active reservation back; once per operation.
   *
   * @param units the units to release; empty: all of them
   * @param whenEmpty the status when nothing remains ({@link ReservationStatus#RELEASED} or {@link
   *     ReservationStatus#EXPIRED})
   * @throws org.oms4j.core.IllegalTransitionException if the reservation is not active
   * @throws org.oms4j.core.InvalidInputException if it holds fewer units than asked, or does not exist
   */
  Reservation release(Operation op, ReservationId id, List<ReservationLine> units, ReservationStatus whenEmpty);

  /**
   * Takes units out of an active reservation and records movements for them (pick, or commit on shipment),
   * atomically, once per operation. When nothing remains the reservation becomes {@link
   * ReservationStatus#COMMITTED}.
   *
   * @return the reservation after
   * @throws org.oms4j.core.IllegalTransitionException if the reservation is not active
   * @throws org.oms4j.core.InvalidInputException if it holds fewer units than the movements take
   */
  Reservation consume(Operation op, ReservationId id, List<Movement> movements);

  /**
   * Moves units of an active reservation to another location if available to promise there, atomically, once per
   * operation.
   *
   * @throws org.oms4j.core.inventory.InsufficientStockException if the new location lacks the units
   */
  Reservation move(Operation op, ReservationId id, ReservationLine units, LocationId to);

  /** Forgets a completed reservation; an active one is kept. */
  void purge(ReservationId id);

  /**
   * Forgets the operations made before {@code before} (by {@link Operation#at()}): a retry under one of their ids
   * is then applied again.
   *
   * @return how many were forgotten
   */
  int purgeOperations(Instant before);

  /**
   * Whether a call may fail after its change was applied, with the caller unable to tell (a remote store: the
   * connection drops before the reply). Then {@link org.oms4j.core.inventory.Inventory} gives every call an
   * operation id so that its retry applies it once; a store that never loses a reply (in memory) is given {@link
   * Operation#untracked} calls and records nothing for them. Default true.
   */
  default boolean mayLoseReplies() {
    return true;
  }

  /**
   * Compares every (SKU, location)'s counters with what its ledger and the active reservations say, on one
   * consistent snapshot, and with {@code repair} sets drifting counters to the derived values.
   */
  ReconciliationReport reconcile(boolean repair);
}
