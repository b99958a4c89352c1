package org.oms4j.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.oms4j.core.Fixtures.ACTOR;
import static org.oms4j.core.Fixtures.T0;
import static org.oms4j.core.inventory.InventoryFixtures.A;
import static org.oms4j.core.inventory.InventoryFixtures.B;
import static org.oms4j.core.inventory.InventoryFixtures.C;
import static org.oms4j.core.inventory.InventoryFixtures.L1;
import static org.oms4j.core.inventory.InventoryFixtures.L2;
import static org.oms4j.core.inventory.InventoryFixtures.L3;
import static org.oms4j.core.inventory.InventoryFixtures.OFF;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oms4j.core.IdempotencyConflictException;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.CustomerTier;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.InventoryFixtures.MutableClock;
import org.oms4j.core.inventory.InventoryFixtures.Snapshot;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Model-based properties (STYLE.md section 5): random sequences of inventory commands run against {@link Inventory}
 * and against a simple model kept here; after every step the two agree and the invariants hold.
 *
 * <ul>
 *   <li>every counter of every (SKU, location) equals the model's; none is negative;
 *   <li>reserved + picked never exceeds on hand, unless a count found less stock (the model tracks it), and then
 *       {@link ReconciliationReport#overCommitted()} names exactly those cells;
 *   <li>units are conserved: each cell's ledger sums to its counters and matches the model's ledger, and {@code
 *       reconcile(false)} is consistent and changes nothing;
 *   <li>reserved equals the sum of the active reservations' lines; every reservation equals the model's;
 *   <li>a retried reserve returns the stored reservation and changes nothing;
 *   <li>a refused call (insufficient stock, invalid input, illegal transition, idempotency conflict) throws what
 *       the model predicts and changes nothing.
 * </ul>
 */
class InventoryProperties {
  static final List<Sku> SKUS = List.of(A, B, C); // C is never stocked until a command stocks it
  static final List<LocationId> LOCATIONS = List.of(L1, L2, L3);
  static final List<LocationId> ALL_LOCATIONS = List.of(L1, L2, L3, OFF);
  static final ReservationId UNKNOWN = ReservationId.of("R-UNKNOWN");
  static final Duration VIP_TTL = Duration.ofMinutes(20);
  static final Duration STANDARD_TTL = Duration.ofMinutes(5);
  static final Duration DEFAULT_TTL = Duration.ofMinutes(15);

  @Test
  void inventoryBehavesLikeItsModel() {
    qt().withExamples(400).withShrinkCycles(2_000)
        .forAll(setups(), lists().of(commands()).ofSizeBetween(1, 60))
        .checkAssert(InventoryProperties::run);
  }

  @Test
  void reservationHeavyRunsBehaveLikeTheModel() {
    qt().withExamples(150).withShrinkCycles(2_000)
        .forAll(setups(), lists().of(reservationCommands()).ofSizeBetween(20, 120))
        .checkAssert(InventoryProperties::run);
  }

  // ---------------------------------------------------------------- the run

  record Setup(boolean keepCompleted, boolean defaultTtl) {}

  static void run(Setup setup, List<Command> commands) {
    MutableClock clock = new MutableClock();
    Inventory.Builder builder = InventoryFixtures.builder(clock).keepCompletedReservations(setup.keepCompleted())
        .reservationTtl(CustomerTier.VIP, VIP_TTL).reservationTtl(CustomerTier.STANDARD, STANDARD_TTL);
    if (setup.defaultTtl()) {
      builder.defaultReservationTtl(DEFAULT_TTL);
    }
    Inventory inventory = InventoryFixtures.withLocations(builder.build());
    Model model = new Model(setup.keepCompleted(), setup.defaultTtl() ? Optional.of(DEFAULT_TTL) : Optional.empty());

    List<Command> all = new ArrayList<>(prelude());
    all.addAll(commands);
    for (int i = 0; i < all.size(); i++) {
      Command command = all.get(i);
      String at = "step " + i + ": " + command;
      Step step = command.step(model);
      Snapshot before = snapshot(inventory, model);

      Object[] result = new Object[1];
      Throwable thrown = catchThrowable(() -> result[0] = step.call().apply(inventory));

      if (step.refusal() != null) {
        assertThat(thrown).as(at).isExactlyInstanceOf(step.refusal());
        if (step.field() != null) {
          assertThat(((InvalidInputException) thrown).field()).as(at).isEqualTo(step.field());
        }
        assertThat(before.changesTo(snapshot(inventory, model))).as(at + " was refused and must change nothing")
            .isEmpty();
      } else {
        assertThat(thrown).as(at).isNull();
        if (step.expected() != null) {
          assertThat(result[0]).as(at).isEqualTo(step.expected());
        }
        step.apply().run();
        if (step.changesNothing()) {
          assertThat(before.changesTo(snapshot(inventory, model))).as(at + " must change nothing")
              .isEmpty();
        }
      }
      if (command instanceof Advance a) {
        clock.advance(Duration.ofMinutes(a.minutes()));
      }
      for (CellModel c : model.cells.values()) {
        c.countFoundLess &= c.free() < 0; // until the gap is closed again
      }
      checkInvariants(at, inventory, model);
    }
  }

  static List<Command> prelude() {
    return List.of(new Stock(MovementType.RECEIVE, A, L1, 10), new Stock(MovementType.RECEIVE, A, L2, 5),
        new Stock(MovementType.RECEIVE, B, L2, 6), new Stock(MovementType.RECEIVE, B, L3, 4),
        new SafetyStock(A, L1, 1));
  }

  static Snapshot snapshot(Inventory inventory, Model model) {
    List<ReservationId> ids = new ArrayList<>(model.ids);
    ids.add(UNKNOWN);
    return Snapshot.of(inventory, SKUS, ALL_LOCATIONS, ids);
  }

  static void checkInvariants(String at, Inventory inventory, Model model) {
    // counters equal the model's; none negative; no oversell unless a count found less
    Map<Key, Integer> reservedByActive = new LinkedHashMap<>();
    for (Reservation r : inventory.store().activeReservations()) {
      for (ReservationLine l : r.lines()) {
        reservedByActive.merge(new Key(l.sku(), l.locationId()), l.quantity(), Integer::sum);
      }
    }
    Set<StockLevel> overCommitted = new HashSet<>();
    for (Sku sku : SKUS) {
      assertThat(inventory.store().knows(sku)).as(at + ": knows " + sku).isEqualTo(model.knows(sku));
      // the lock-free read sourcing uses hands out what the locked reads say (in any order)
      Map<LocationId, Integer> read = new LinkedHashMap<>();
      inventory.availableToPromise(sku, read::put);
      Map<LocationId, Integer> levels = new LinkedHashMap<>();
      inventory.stock(sku).forEach(level -> levels.put(level.locationId(), level.availableToPromise()));
      assertThat(read).as(at + ": available to promise of " + sku).containsExactlyInAnyOrderEntriesOf(levels);
      for (LocationId loc : ALL_LOCATIONS) {
        Key key = new Key(sku, loc);
        CellModel m = model.cell(key);
        StockLevel s = inventory.stock(sku, loc);
        assertThat(s).as(at + ": " + key).isEqualTo(m.level(key));
        assertThat(List.of(s.onHand(), s.reserved(), s.picked(), s.damaged(), s.qualityControl(), s.safetyStock(),
            s.inTransit())).as(at + ": no negative quantity at " + key).allSatisfy(q -> assertThat(q).isNotNegative());
        if (s.reserved() + s.picked() > s.onHand()) {
          assertThat(m.countFoundLess).as(at + ": oversold at " + key + " without a short count: " + s).isTrue();
          overCommitted.add(s);
        }
        assertThat(s.reserved()).as(at + ": reserved = sum of active reservations at " + key)
            .isEqualTo(reservedByActive.getOrDefault(key, 0));
        List<Movement> ledger = inventory.ledger(sku, loc);
        assertThat(ledger.stream().map(e -> new Entry(e.type(), e.quantity())).toList())
            .as(at + ": ledger of " + key).isEqualTo(m.ledger);
        StockDelta sum = ledger.stream().map(Movement::delta).reduce(StockDelta.NONE, StockDelta::plus);
        assertThat(sum).as(at + ": ledger sums to the counters at " + key)
            .isEqualTo(new StockDelta(s.onHand(), s.picked(), s.damaged(), s.qualityControl(), s.inTransit()));
      }
    }
    assertThat(inventory.store().allStock()).as(at + ": cells held")
        .extracting(s -> new Key(s.sku(), s.locationId()))
        .containsExactlyInAnyOrderElementsOf(model.cells.keySet());

    // reservations equal the model's
    for (ReservationId id : model.ids) {
      assertThat(inventory.reservation(id)).as(at + ": reservation " + id)
          .isEqualTo(Optional.ofNullable(model.stored.get(id)).map(ResModel::toReservation));
    }
    assertThat(inventory.reservation(UNKNOWN)).isEmpty();
    assertThat(inventory.store().activeReservations()).extracting(Reservation::id).as(at + ": active reservations")
        .containsExactlyInAnyOrderElementsOf(model.stored.values().stream()
            .filter(r -> r.status == ReservationStatus.ACTIVE).map(r -> r.id).toList());

    // reconciliation agrees and changes nothing
    Snapshot before = snapshot(inventory, model);
    ReconciliationReport report = inventory.reconcile(false);
    assertThat(report.consistent()).as(at + ": consistent " + report).isTrue();
    assertThat(report.repaired()).isFalse();
    assertThat(report.cellsChecked()).as(at).isEqualTo(model.cells.size());
    assertThat(report.overCommitted()).as(at + ": over-committed").containsExactlyInAnyOrderElementsOf(overCommitted);
    assertThat(before.changesTo(snapshot(inventory, model))).as(at + ": reconcile(false) changed something")
        .isEmpty();
  }

  // ---------------------------------------------------------------- generators

  static Gen<Setup> setups() {
    return booleans().all().zip(booleans().all(), Setup::new);
  }

  static Gen<Sku> skus() {
    return Generate.pick(SKUS);
  }

  static Gen<LocationId> locations() {
    return Generate.pick(LOCATIONS);
  }

  /** Mostly active locations; now and then the inactive one. */
  static Gen<LocationId> reservableLocations() {
    return Generate.frequency(Pair.of(12, locations()), Pair.of(1, Generate.constant(OFF)));
  }

  static final List<MovementType> STOCK_TYPES = List.of(MovementType.RECEIVE, MovementType.RECEIVE_FOR_PUT_AWAY,
      MovementType.PUT_AWAY, MovementType.QUALITY_HOLD, MovementType.QUALITY_RELEASE, MovementType.DAMAGE,
      MovementType.DISPOSE, MovementType.RETURN_TO_STOCK, MovementType.SHIP, MovementType.UNPICK,
      MovementType.TRANSFER_RECEIVE);

  /** The cells the prelude stocks, mostly (so that picked, damaged, in-transit units build up somewhere); any. */
  static Gen<Key> cells() {
    Gen<Key> any = skus().zip(locations(), Key::new);
    Gen<Key> hot = Generate.pick(List.of(new Key(A, L1), new Key(A, L2), new Key(B, L2)));
    return Generate.frequency(Pair.of(2, hot), Pair.of(1, any));
  }

  /** Movements that take units out of a state; {@link Drain} aims them at a cell that has some. */
  static final List<MovementType> DRAIN_TYPES = List.of(MovementType.PUT_AWAY, MovementType.QUALITY_RELEASE,
      MovementType.DISPOSE, MovementType.SHIP, MovementType.UNPICK, MovementType.TRANSFER_RECEIVE);

  static Gen<Command> stockCommands() {
    Gen<Integer> qty = integers().between(0, 4); // 0 is refused
    Gen<Command> receive = cells().zip(integers().between(1, 8),
        (c, q) -> new Stock(MovementType.RECEIVE, c.sku(), c.loc(), q));
    Gen<Command> other = Generate.pick(STOCK_TYPES).zip(cells(), qty, (t, c, q) -> new Stock(t, c.sku(), c.loc(), q));
    Gen<Command> adjust = cells().zip(integers().between(-6, 6), (c, d) -> new Adjust(c.sku(), c.loc(), d));
    Gen<Command> count = cells().zip(integers().between(-1, 12), (c, n) -> new Count(c.sku(), c.loc(), n));
    Gen<Command> transfer = cells().zip(locations(), qty, (c, to, q) -> new Transfer(c.sku(), c.loc(), to, q));
    Gen<Command> safety = cells().zip(integers().between(0, 3), (c, u) -> new SafetyStock(c.sku(), c.loc(), u));
    Gen<Command> drain = Generate.pick(DRAIN_TYPES).zip(integers().between(0, 10), integers().between(1, 3),
        Drain::new);
    return Generate.frequency(Pair.of(6, receive), Pair.of(8, other), Pair.of(5, drain), Pair.of(3, adjust),
        Pair.of(3, count), Pair.of(4, transfer), Pair.of(1, safety));
  }

  static Gen<Command> reserveCommands() {
    Gen<ReservationLine> line = Generate.frequency(
        Pair.of(12, cells().zip(integers().between(1, 6), (c, q) -> ReservationLine.of(c.sku(), c.loc(), q))),
        Pair.of(1, skus().zip(integers().between(1, 6), (s, q) -> ReservationLine.of(s, OFF, q))));
    Gen<List<ReservationLine>> lines = lists().of(line).ofSizeBetween(1, 3).map(InventoryProperties::distinctCells);
    Gen<ReservationPolicy> policy = Generate.enumValues(ReservationPolicy.class);
    Gen<Integer> ttlChoice = integers().between(0, 4);
    Gen<Integer> minutes = integers().between(1, 30);
    return lines.zip(policy, ttlChoice, minutes, Reserve::new);
  }

  static Gen<Command> reservationCommands() {
    Gen<Integer> k = integers().between(0, 40);
    Gen<Integer> small = integers().between(1, 4);
    Gen<Integer> qty = integers().between(0, 4);
    Gen<Command> retry = k.map(Retry::new);
    Gen<Command> conflict = k.map(Conflict::new);
    Gen<Command> release = k.map(Release::new);
    Gen<Command> releasePart = k.zip(k, small, ReleasePart::new);
    Gen<Command> commit = k.map(Commit::new);
    Gen<Command> pick = k.zip(k, qty, Pick::new);
    Gen<Command> move = k.zip(k, reservableLocations(), qty, MoveReservation::new);
    Gen<Command> advance = integers().between(1, 20).map(Advance::new);
    Gen<Command> expire = Generate.constant(new Expire());
    Gen<Command> receive = cells().zip(integers().between(1, 8),
        (c, q) -> new Stock(MovementType.RECEIVE, c.sku(), c.loc(), q));
    Gen<Command> ship = cells().zip(integers().between(1, 3),
        (c, q) -> new Stock(MovementType.SHIP, c.sku(), c.loc(), q));
    Gen<Command> count = cells().zip(integers().between(0, 10), (c, n) -> new Count(c.sku(), c.loc(), n));
    Gen<Command> drain = Generate.pick(List.of(MovementType.SHIP, MovementType.UNPICK))
        .zip(integers().between(0, 10), integers().between(1, 3), Drain::new);
    return Generate.frequency(Pair.of(12, reserveCommands()), Pair.of(3, retry), Pair.of(2, conflict),
        Pair.of(3, drain),
        Pair.of(4, release), Pair.of(4, releasePart), Pair.of(4, commit), Pair.of(5, pick), Pair.of(3, move),
        Pair.of(3, advance), Pair.of(2, expire), Pair.of(5, receive), Pair.of(3, ship), Pair.of(2, count));
  }

  static Gen<Command> commands() {
    return Generate.frequency(Pair.of(1, stockCommands()), Pair.of(1, reservationCommands()));
  }

  static List<ReservationLine> distinctCells(List<ReservationLine> lines) {
    Map<Key, ReservationLine> byCell = new LinkedHashMap<>();
    for (ReservationLine l : lines) {
      byCell.putIfAbsent(new Key(l.sku(), l.locationId()), l);
    }
    return List.copyOf(byCell.values());
  }

  // ---------------------------------------------------------------- the model

  record Key(Sku sku, LocationId loc) {
    @Override
    public String toString() {
      return sku + "@" + loc;
    }
  }

  record Entry(MovementType type, int quantity) {}

  /** onHand, picked, damaged, qualityControl, inTransit per unit; written out here, not taken from the code. */
  static int[] perUnit(MovementType type) {
    return switch (type) {
      case RECEIVE, ADJUST, RETURN_TO_STOCK, COUNT -> new int[] {1, 0, 0, 0, 0};
      case RECEIVE_FOR_PUT_AWAY -> new int[] {1, 0, 0, 1, 0};
      case PUT_AWAY, QUALITY_RELEASE -> new int[] {0, 0, 0, -1, 0};
      case QUALITY_HOLD -> new int[] {0, 0, 0, 1, 0};
      case PICK -> new int[] {0, 1, 0, 0, 0};
      case UNPICK -> new int[] {0, -1, 0, 0, 0};
      case SHIP -> new int[] {-1, -1, 0, 0, 0};
      case COMMIT, TRANSFER_OUT -> new int[] {-1, 0, 0, 0, 0};
      case DAMAGE -> new int[] {0, 0, 1, 0, 0};
      case DISPOSE -> new int[] {-1, 0, -1, 0, 0};
      case TRANSFER_IN_TRANSIT -> new int[] {0, 0, 0, 0, 1};
      case TRANSFER_RECEIVE -> new int[] {1, 0, 0, 0, -1};
    };
  }

  static final class CellModel {
    int onHand;
    int reserved;
    int picked;
    int damaged;
    int qualityControl;
    int safetyStock;
    int inTransit;
    boolean countFoundLess;
    final List<Entry> ledger = new ArrayList<>();

    /** Units neither spoken for nor unusable (before safety stock); negative only after a short count. */
    int free() {
      return onHand - reserved - picked - damaged - qualityControl;
    }

    int availableToPromise() {
      return Math.max(0, free() - safetyStock);
    }

    StockLevel level(Key k) {
      return new StockLevel(k.sku(), k.loc(), onHand, reserved, picked, damaged, qualityControl, safetyStock,
          inTransit);
    }

    /**
     * Whether a guarded movement may apply: no quantity goes negative, and it does not push free units below zero
     * (after a short count they may already be below; then it must not make that worse).
     */
    boolean allows(int[] d) {
      int oh = onHand + d[0];
      int p = picked + d[1];
      int dm = damaged + d[2];
      int qc = qualityControl + d[3];
      int it = inTransit + d[4];
      int freeAfter = oh - reserved - p - dm - qc;
      return oh >= 0 && p >= 0 && dm >= 0 && qc >= 0 && it >= 0 && (freeAfter >= 0 || freeAfter >= free());
    }

    void apply(MovementType type, int quantity) {
      int[] d = perUnit(type);
      onHand += d[0] * quantity;
      picked += d[1] * quantity;
      damaged += d[2] * quantity;
      qualityControl += d[3] * quantity;
      inTransit += d[4] * quantity;
      ledger.add(new Entry(type, quantity));
    }
  }

  static final class ResModel {
    final ReservationId id;
    final String reference;
    final List<ReservationLine> requested;
    final LinkedHashMap<Key, Integer> lines = new LinkedHashMap<>();
    ReservationStatus status = ReservationStatus.ACTIVE;
    final Instant createdAt;
    final Optional<Instant> expiresAt;

    ResModel(ReservationId id, String reference, List<ReservationLine> requested, Instant createdAt,
        Optional<Instant> expiresAt) {
      this.id = id;
      this.reference = reference;
      this.requested = requested;
      this.createdAt = createdAt;
      this.expiresAt = expiresAt;
    }

    int held(Key k) {
      return lines.getOrDefault(k, 0);
    }

    boolean expiredAt(Instant now) {
      return status == ReservationStatus.ACTIVE && expiresAt.isPresent() && !now.isBefore(expiresAt.get());
    }

    Reservation toReservation() {
      List<ReservationLine> held = new ArrayList<>();
      lines.forEach((k, q) -> held.add(ReservationLine.of(k.sku(), k.loc(), q)));
      return new Reservation(id, reference, requested, held, status, createdAt, expiresAt);
    }
  }

  static final class Model {
    final boolean keepCompleted;
    final Optional<Duration> defaultTtl;
    Instant now = T0;
    final Map<Key, CellModel> cells = new LinkedHashMap<>();
    final Map<ReservationId, ResModel> stored = new LinkedHashMap<>();
    /** Every fresh request sent, in order. */
    final List<ReservationRequest> issued = new ArrayList<>();
    /** Every reservation id used. */
    final List<ReservationId> ids = new ArrayList<>();

    Model(boolean keepCompleted, Optional<Duration> defaultTtl) {
      this.keepCompleted = keepCompleted;
      this.defaultTtl = defaultTtl;
    }

    /** The cell, or an empty one that is not stored. */
    CellModel cell(Key k) {
      CellModel c = cells.get(k);
      return c != null ? c : new CellModel();
    }

    CellModel held(Key k) {
      return cells.computeIfAbsent(k, x -> new CellModel());
    }

    boolean knows(Sku sku) {
      return cells.keySet().stream().anyMatch(k -> k.sku().equals(sku));
    }

    /** Mostly an active reservation's id; else any id used before, or one never used. */
    ReservationId id(int k) {
      List<ReservationId> active = stored.values().stream().filter(r -> r.status == ReservationStatus.ACTIVE)
          .map(r -> r.id).toList();
      if (k < 30 && !active.isEmpty()) {
        return active.get(k % active.size());
      }
      int n = ids.size();
      return k % (n + 1) == n ? UNKNOWN : ids.get(k % (n + 1));
    }

    /** A cell of the reservation: one it holds, else one it asked for, else A@L1. */
    Key cellOf(ReservationId id, int k) {
      ResModel r = stored.get(id);
      if (r != null && !r.lines.isEmpty()) {
        List<Key> keys = new ArrayList<>(r.lines.keySet());
        return keys.get(k % keys.size());
      }
      for (ReservationRequest req : issued) {
        if (req.id().equals(id)) {
          ReservationLine l = req.lines().get(k % req.lines().size());
          return new Key(l.sku(), l.locationId());
        }
      }
      return new Key(A, L1);
    }

    /** Completes a reservation: it holds nothing more, and is forgotten unless completed ones are kept. */
    void complete(ResModel r, ReservationStatus status) {
      r.status = status;
      r.lines.clear();
      if (!keepCompleted) {
        stored.remove(r.id);
      }
    }

    /** Gives back {@code q} units of {@code k}; the reservation completes with {@code whenEmpty}. */
    void take(ResModel r, Key k, int q, ReservationStatus whenEmpty) {
      int left = r.held(k) - q;
      if (left == 0) {
        r.lines.remove(k);
      } else {
        r.lines.put(k, left);
      }
      held(k).reserved -= q;
      if (r.lines.isEmpty()) {
        complete(r, whenEmpty);
      }
    }

    /** The step of a reserve call: validation, retry or conflict, then all-or-nothing or partial. */
    Step reserve(ReservationRequest req) {
      Function<Inventory, Object> call = inv -> inv.reserve(req);
      for (int i = 0; i < req.lines().size(); i++) {
        ReservationLine l = req.lines().get(i);
        if (l.locationId().equals(OFF)) {
          return Step.refused(call, InvalidInputException.class, "lines[" + i + "].locationId");
        }
        if (!knows(l.sku())) {
          return Step.refused(call, InvalidInputException.class, "lines[" + i + "].sku");
        }
      }
      ResModel existing = stored.get(req.id());
      if (existing != null) {
        if (!existing.requested.equals(req.lines()) || !existing.reference.equals(req.reference())) {
          return Step.refused(call, IdempotencyConflictException.class, null);
        }
        return new Step(call, null, null,
            new ReservationResult(Optional.of(existing.toReservation()), List.of()), () -> {}, true);
      }
      List<Shortage> shortages = new ArrayList<>();
      int[] grant = new int[req.lines().size()];
      int granted = 0;
      for (int i = 0; i < grant.length; i++) {
        ReservationLine l = req.lines().get(i);
        int available = cell(new Key(l.sku(), l.locationId())).availableToPromise();
        grant[i] = Math.min(available, l.quantity());
        granted += grant[i];
        if (available < l.quantity()) {
          shortages.add(new Shortage(l.sku(), l.locationId(), l.quantity(), available));
        }
      }
      if ((req.policy() == ReservationPolicy.ALL_OR_NOTHING && !shortages.isEmpty()) || granted == 0) {
        return new Step(call, null, null, new ReservationResult(Optional.empty(), shortages), () -> {}, true);
      }
      Optional<Duration> ttl = req.ttl().or(() -> req.customerTier().flatMap(Model::tierTtl)).or(() -> defaultTtl);
      ResModel r = new ResModel(req.id(), req.reference(), req.lines(), now, ttl.map(now::plus));
      for (int i = 0; i < grant.length; i++) {
        if (grant[i] > 0) {
          ReservationLine l = req.lines().get(i);
          r.lines.put(new Key(l.sku(), l.locationId()), grant[i]);
        }
      }
      return new Step(call, null, null, new ReservationResult(Optional.of(r.toReservation()), shortages), () -> {
        stored.put(r.id, r);
        r.lines.forEach((k, q) -> held(k).reserved += q);
      }, false);
    }

    /** The step of guarded movements (applied together). */
    Step movements(Function<Inventory, Object> call, List<Key> keys, List<MovementType> types, int quantity) {
      for (int i = 0; i < keys.size(); i++) {
        if (!cell(keys.get(i)).allows(times(perUnit(types.get(i)), quantity))) {
          return Step.refused(call, InsufficientStockException.class, null);
        }
      }
      return Step.ok(call, () -> {
        for (int i = 0; i < keys.size(); i++) {
          held(keys.get(i)).apply(types.get(i), quantity);
        }
      });
    }

    static Optional<Duration> tierTtl(CustomerTier tier) {
      return tier == CustomerTier.VIP ? Optional.of(VIP_TTL)
          : tier == CustomerTier.STANDARD ? Optional.of(STANDARD_TTL) : Optional.empty();
    }

    static int[] times(int[] d, int q) {
      int[] r = new int[d.length];
      for (int i = 0; i < d.length; i++) {
        r[i] = d[i] * q;
      }
      return r;
    }

    /** Refusal when the reservation is unknown or not active; null when it is active. */
    Step requireActive(Function<Inventory, Object> call, ReservationId id) {
      ResModel r = stored.get(id);
      if (r == null) {
        return Step.refused(call, InvalidInputException.class, "reservationId");
      }
      if (r.status != ReservationStatus.ACTIVE) {
        return Step.refused(call, IllegalTransitionException.class, null);
      }
      return null;
    }
  }

  /**
   * What a command should do: the call, the refusal expected (or null), the result expected (or null: not
   * compared), the model update to run when it succeeds, and whether success leaves everything unchanged.
   */
  record Step(Function<Inventory, Object> call, Class<? extends Throwable> refusal, String field, Object expected,
      Runnable apply, boolean changesNothing) {
    static Step refused(Function<Inventory, Object> call, Class<? extends Throwable> refusal, String field) {
      return new Step(call, refusal, field, null, () -> {}, true);
    }

    static Step ok(Function<Inventory, Object> call, Runnable apply) {
      return new Step(call, null, null, null, apply, false);
    }
  }

  // ---------------------------------------------------------------- commands

  /** One generated command: it knows what it calls and what the model expects. */
  interface Command {
    Step step(Model m);
  }

  /** A single-cell movement of one of {@link #STOCK_TYPES}. */
  record Stock(MovementType type, Sku sku, LocationId loc, int quantity) implements Command {
    @Override
    public Step step(Model m) {
      Function<Inventory, Object> call = inv -> switch (type) {
        case RECEIVE -> inv.receive(sku, loc, quantity, ACTOR, "PO");
        case RECEIVE_FOR_PUT_AWAY -> inv.receiveForPutAway(sku, loc, quantity, ACTOR, "PO");
        case PUT_AWAY -> inv.putAway(sku, loc, quantity, ACTOR);
        case QUALITY_HOLD -> inv.qualityHold(sku, loc, quantity, ACTOR, "inspection");
        case QUALITY_RELEASE -> inv.qualityRelease(sku, loc, quantity, ACTOR);
        case DAMAGE -> inv.damage(sku, loc, quantity, ACTOR, "dented");
        case DISPOSE -> inv.dispose(sku, loc, quantity, ACTOR, "scrapped");
        case RETURN_TO_STOCK -> inv.returnToStock(sku, loc, quantity, ACTOR, "RMA");
        case SHIP -> inv.ship(sku, loc, quantity, ACTOR, "SHIPMENT");
        case UNPICK -> inv.unpick(sku, loc, quantity, ACTOR, "back to shelf");
        case TRANSFER_RECEIVE -> inv.receiveTransfer(sku, loc, quantity, ACTOR, "TRANSFER");
        default -> throw new AssertionError(type);
      };
      if (quantity <= 0) {
        return Step.refused(call, InvalidInputException.class, "quantity");
      }
      return m.movements(call, List.of(new Key(sku, loc)), List.of(type), quantity);
    }
  }

  /**
   * A {@link Stock} movement of one of {@link #DRAIN_TYPES} at the k-th cell holding units in the state it takes
   * from (quality control, damaged, picked, in transit), or at A@L1 if none does.
   */
  record Drain(MovementType type, int k, int quantity) implements Command {
    @Override
    public Step step(Model m) {
      List<Key> candidates = m.cells.entrySet().stream().filter(e -> {
        CellModel c = e.getValue();
        return switch (type) {
          case PUT_AWAY, QUALITY_RELEASE -> c.qualityControl > 0;
          case DISPOSE -> c.damaged > 0;
          case SHIP, UNPICK -> c.picked > 0;
          case TRANSFER_RECEIVE -> c.inTransit > 0;
          default -> throw new AssertionError(type);
        };
      }).map(Map.Entry::getKey).toList();
      Key key = candidates.isEmpty() ? new Key(A, L1) : candidates.get(k % candidates.size());
      return new Stock(type, key.sku(), key.loc(), quantity).step(m);
    }
  }

  record Adjust(Sku sku, LocationId loc, int delta) implements Command {
    @Override
    public Step step(Model m) {
      Function<Inventory, Object> call = inv -> inv.adjust(sku, loc, delta, ACTOR, "correction");
      if (delta == 0) {
        return Step.refused(call, InvalidInputException.class, "delta");
      }
      return m.movements(call, List.of(new Key(sku, loc)), List.of(MovementType.ADJUST), delta);
    }
  }

  record Count(Sku sku, LocationId loc, int counted) implements Command {
    @Override
    public Step step(Model m) {
      Function<Inventory, Object> call = inv -> inv.count(sku, loc, counted, ACTOR);
      if (counted < 0) {
        return Step.refused(call, InvalidInputException.class, "counted");
      }
      return Step.ok(call, () -> {
        CellModel c = m.held(new Key(sku, loc));
        c.apply(MovementType.COUNT, counted - c.onHand);
        if (c.free() < 0) {
          c.countFoundLess = true;
        }
      });
    }
  }

  record Transfer(Sku sku, LocationId from, LocationId to, int quantity) implements Command {
    @Override
    public Step step(Model m) {
      Function<Inventory, Object> call = inv -> inv.transfer(sku, from, to, quantity, ACTOR, "TRANSFER");
      if (from.equals(to)) {
        return Step.refused(call, InvalidInputException.class, "to");
      }
      if (quantity <= 0) {
        return Step.refused(call, InvalidInputException.class, "quantity");
      }
      return m.movements(call, List.of(new Key(sku, from), new Key(sku, to)),
          List.of(MovementType.TRANSFER_OUT, MovementType.TRANSFER_IN_TRANSIT), quantity);
    }
  }

  record SafetyStock(Sku sku, LocationId loc, int units) implements Command {
    @Override
    public Step step(Model m) {
      return Step.ok(inv -> {
        inv.setSafetyStock(sku, loc, units);
        return null;
      }, () -> m.held(new Key(sku, loc)).safetyStock = units);
    }
  }

  /** A fresh reserve under a new id; ttlChoice: 0 none, 1 explicit, 2 VIP, 3 STANDARD, 4 WHOLESALE (no TTL set). */
  record Reserve(List<ReservationLine> lines, ReservationPolicy policy, int ttlChoice, int minutes)
      implements Command {
    @Override
    public Step step(Model m) {
      ReservationId id = ReservationId.of("R" + m.ids.size());
      ReservationRequest.Builder b = ReservationRequest.builder().id(id).reference("order-" + id).addAllLines(lines)
          .policy(policy);
      switch (ttlChoice) {
        case 1 -> b.ttl(Duration.ofMinutes(minutes));
        case 2 -> b.customerTier(CustomerTier.VIP);
        case 3 -> b.customerTier(CustomerTier.STANDARD);
        case 4 -> b.customerTier(CustomerTier.WHOLESALE);
        default -> { }
      }
      ReservationRequest req = b.build();
      m.ids.add(id);
      m.issued.add(req);
      return m.reserve(req);
    }
  }

  /** The k-th request again, unchanged. */
  record Retry(int k) implements Command {
    @Override
    public Step step(Model m) {
      if (m.issued.isEmpty()) {
        return new Step(inv -> null, null, null, null, () -> {}, true);
      }
      return m.reserve(m.issued.get(k % m.issued.size()));
    }
  }

  /** The k-th request's id with one more unit on its first line. */
  record Conflict(int k) implements Command {
    @Override
    public Step step(Model m) {
      if (m.issued.isEmpty()) {
        return new Step(inv -> null, null, null, null, () -> {}, true);
      }
      ReservationRequest original = m.issued.get(k % m.issued.size());
      List<ReservationLine> lines = new ArrayList<>(original.lines());
      ReservationLine first = lines.get(0);
      lines.set(0, ReservationLine.of(first.sku(), first.locationId(), first.quantity() + 1));
      ReservationRequest.Builder b = ReservationRequest.builder().id(original.id()).reference(original.reference())
          .addAllLines(lines).policy(original.policy());
      original.ttl().ifPresent(b::ttl);
      original.customerTier().ifPresent(b::customerTier);
      return m.reserve(b.build());
    }
  }

  record Release(int k) implements Command {
    @Override
    public Step step(Model m) {
      ReservationId id = m.id(k);
      Function<Inventory, Object> call = inv -> inv.release(id);
      Step refused = m.requireActive(call, id);
      if (refused != null) {
        return refused;
      }
      ResModel r = m.stored.get(id);
      return Step.ok(call, () -> {
        r.lines.forEach((key, q) -> m.held(key).reserved -= q);
        m.complete(r, ReservationStatus.RELEASED);
      });
    }
  }

  record ReleasePart(int k, int line, int quantity) implements Command {
    @Override
    public Step step(Model m) {
      ReservationId id = m.id(k);
      Key key = m.cellOf(id, line);
      Function<Inventory, Object> call =
          inv -> inv.release(id, List.of(ReservationLine.of(key.sku(), key.loc(), quantity)));
      Step refused = m.requireActive(call, id);
      if (refused != null) {
        return refused;
      }
      ResModel r = m.stored.get(id);
      if (r.held(key) < quantity) {
        return Step.refused(call, InvalidInputException.class, "quantity");
      }
      return Step.ok(call, () -> m.take(r, key, quantity, ReservationStatus.RELEASED));
    }
  }

  record Commit(int k) implements Command {
    @Override
    public Step step(Model m) {
      ReservationId id = m.id(k);
      Function<Inventory, Object> call = inv -> inv.commit(id, ACTOR, "SHIPMENT");
      ResModel r = m.stored.get(id);
      if (r == null) {
        return Step.refused(call, InvalidInputException.class, "reservationId");
      }
      if (r.status != ReservationStatus.ACTIVE || r.expiredAt(m.now)) {
        return Step.refused(call, IllegalTransitionException.class, null);
      }
      for (Map.Entry<Key, Integer> e : r.lines.entrySet()) {
        if (m.cell(e.getKey()).onHand < e.getValue()) { // only after a short count
          return Step.refused(call, InsufficientStockException.class, null);
        }
      }
      return Step.ok(call, () -> {
        r.lines.forEach((key, q) -> {
          CellModel c = m.held(key);
          c.reserved -= q;
          c.apply(MovementType.COMMIT, q);
        });
        m.complete(r, ReservationStatus.COMMITTED);
      });
    }
  }

  record Pick(int k, int line, int quantity) implements Command {
    @Override
    public Step step(Model m) {
      ReservationId id = m.id(k);
      Key key = m.cellOf(id, line);
      Function<Inventory, Object> call = inv -> inv.pick(id, key.sku(), key.loc(), quantity, ACTOR);
      if (quantity <= 0) {
        return Step.refused(call, InvalidInputException.class, "quantity");
      }
      Step refused = m.requireActive(call, id);
      if (refused != null) {
        return refused;
      }
      ResModel r = m.stored.get(id);
      if (r.held(key) < quantity) {
        return Step.refused(call, InvalidInputException.class, "quantity");
      }
      return Step.ok(call, () -> {
        m.held(key).apply(MovementType.PICK, quantity);
        m.take(r, key, quantity, ReservationStatus.COMMITTED);
      });
    }
  }

  record MoveReservation(int k, int line, LocationId to, int quantity) implements Command {
    @Override
    public Step step(Model m) {
      ReservationId id = m.id(k);
      Key from = m.cellOf(id, line);
      Key target = new Key(from.sku(), to);
      Function<Inventory, Object> call = inv -> inv.move(id, from.sku(), from.loc(), to, quantity);
      if (to.equals(OFF)) {
        return Step.refused(call, InvalidInputException.class, "to");
      }
      if (quantity <= 0) {
        return Step.refused(call, InvalidInputException.class, "quantity");
      }
      Step refused = m.requireActive(call, id);
      if (refused != null) {
        return refused;
      }
      ResModel r = m.stored.get(id);
      if (r.held(from) < quantity) {
        return Step.refused(call, InvalidInputException.class, "quantity");
      }
      if (!from.equals(target) && m.cell(target).availableToPromise() < quantity) {
        return Step.refused(call, InsufficientStockException.class, null);
      }
      if (from.equals(target)) {
        return Step.ok(call, () -> { }); // a move to where the units already are changes nothing
      }
      return Step.ok(call, () -> {
        int left = r.held(from) - quantity;
        if (left == 0) {
          r.lines.remove(from);
        } else {
          r.lines.put(from, left);
        }
        r.lines.merge(target, quantity, Integer::sum);
        m.held(from).reserved -= quantity;
        m.held(target).reserved += quantity;
      });
    }
  }

  record Advance(int minutes) implements Command {
    @Override
    public Step step(Model m) {
      return Step.ok(inv -> null, () -> m.now = m.now.plus(Duration.ofMinutes(minutes)));
    }
  }

  record Expire() implements Command {
    @Override
    public Step step(Model m) {
      List<ResModel> due = m.stored.values().stream().filter(r -> r.expiredAt(m.now))
          .collect(Collectors.toList());
      return new Step(Inventory::expireDue, null, null, due.size(), () -> {
        for (ResModel r : due) {
          r.lines.forEach((key, q) -> m.held(key).reserved -= q);
          m.complete(r, ReservationStatus.EXPIRED);
        }
      }, due.isEmpty());
    }
  }
}
