package org.oms4j.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oms4j.store.jdbc.TestData.ACTOR;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.OmsException;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Movement;
import org.oms4j.core.inventory.OperationId;
import org.oms4j.core.inventory.ReconciliationReport;
import org.oms4j.core.inventory.ReservationId;
import org.oms4j.core.inventory.ReservationLine;
import org.oms4j.core.inventory.ReservationPolicy;
import org.oms4j.core.inventory.ReservationRequest;
import org.oms4j.core.inventory.StockLevel;
import org.oms4j.core.spi.InventoryStore;
import org.quicktheories.core.Gen;

/**
 * Differential properties: random sequences of inventory commands (receipts, adjustments, reservations, adding to
 * and releasing them in part or in full, picks, commits, moves, counts, repeats under an operation id) run through
 * {@link Inventory} on the in-memory store and on PostgreSQL. After every command both gave the same result (or
 * refused it with the same exception type); at the end both hold the same stock, ledgers and reservations, no
 * counter is negative, nothing is promised beyond what is on hand, and counters equal the ledger and the active
 * reservations ({@code reconcile} finds no drift).
 */
class InventoryStoreProperties {
  static final List<Sku> SKUS = List.of(Sku.of("A"), Sku.of("B"));
  static final List<LocationId> LOCATIONS = List.of(LocationId.of("EAST"), LocationId.of("WEST"));
  static final int RESERVATIONS = 3;

  static TestPool dataSource;
  static JdbcStores stores;

  @BeforeAll
  static void startDatabase() {
    dataSource = TestDatabase.pool("inventory-properties", 4);
    stores = JdbcStores.builder().dataSource(dataSource).schema(TestDatabase.newSchema("properties"))
        .migrateOnStart(true).build();
  }

  @AfterAll
  static void closePool() {
    dataSource.close();
  }

  /** One command; the numbers pick SKUs, locations and reservations from small sets so that calls collide. */
  record Command(Kind kind, int reservation, int skuIndex, int locationIndex, int quantity, int other) {
    ReservationId id() {
      return ReservationId.of("R-" + reservation);
    }

    Sku sku() {
      return SKUS.get(skuIndex);
    }

    LocationId at() {
      return LOCATIONS.get(locationIndex);
    }

    LocationId elsewhere() {
      return LOCATIONS.get(1 - locationIndex);
    }

    ReservationLine line() {
      return ReservationLine.of(sku(), at(), quantity);
    }
  }

  enum Kind {
    RECEIVE, ADJUST, RESERVE, RESERVE_TWO_LINES, RESERVE_MORE, RELEASE, RELEASE_PART, PICK, COMMIT, COMMIT_PART,
    MOVE, COUNT, REPEAT_RECEIVE
  }

  static Gen<Command> commands() {
    return integers().between(0, Kind.values().length - 1)
        .zip(integers().between(0, RESERVATIONS - 1), integers().between(0, SKUS.size() - 1),
            integers().between(0, LOCATIONS.size() - 1), integers().between(1, 6),
            (k, r, s, l, q) -> new int[] {k, r, s, l, q})
        .zip(integers().between(0, 3), (a, o) -> new Command(Kind.values()[a[0]], a[1], a[2], a[3], a[4], o));
  }

  @Test
  void theInMemoryStoreAndPostgresqlAgreeOnEverySequenceOfCommands() {
    qt().withExamples(40).withShrinkCycles(200)
        .forAll(lists().of(commands()).ofSizeBetween(1, 25))
        .checkAssert(InventoryStoreProperties::agree);
  }

  static void agree(List<Command> commands) {
    TestDatabase.truncate(dataSource, stores.schema());
    InventoryStore memory = InventoryStore.inMemory();
    InventoryStore database = stores.inventoryStore();
    Inventory left = inventory(memory);
    Inventory right = inventory(database);
    for (int i = 0; i < commands.size(); i++) {
      Command c = commands.get(i);
      int step = i;
      Object expected = outcome(() -> run(left, c, step));
      Object actual = outcome(() -> run(right, c, step));
      assertThat(actual).as("command %d: %s", i, c).isEqualTo(expected);
    }
    assertThat(state(database)).isEqualTo(state(memory));
    boolean counted = commands.stream().anyMatch(c -> c.kind() == Kind.COUNT); // a count may find less than promised
    for (InventoryStore store : List.of(memory, database)) {
      ReconciliationReport report = store.reconcile(false);
      assertThat(report.drifts()).isEmpty();
      for (StockLevel level : store.allStock()) {
        assertThat(List.of(level.onHand(), level.reserved(), level.picked(), level.damaged(), level.qualityControl(),
            level.inTransit())).as("counters of %s", level).allSatisfy(n -> assertThat(n).isNotNegative());
        if (!counted) {
          assertThat(level.onHand() - level.reserved() - level.picked() - level.damaged() - level.qualityControl())
              .as("free units of %s", level).isNotNegative();
        }
      }
    }
  }

  private static Inventory inventory(InventoryStore store) {
    Inventory inventory = Inventory.builder().store(store).clock(TestData.clock()).ids(IdGenerator.sequential())
        .locationCacheTtl(Duration.ZERO).build();
    for (LocationId l : LOCATIONS) {
      inventory.putLocation(TestData.warehouse(l.value()));
    }
    return inventory;
  }

  /** What a command returned, with ledger sequences dropped (a database may skip some), or what it threw. */
  private static Object outcome(Supplier<Object> call) {
    try {
      Object result = call.get();
      return result instanceof Movement m ? m.withSequence(0) : result;
    } catch (OmsException e) {
      return e.getClass().getSimpleName();
    }
  }

  private static Object run(Inventory inv, Command c, int step) {
    return switch (c.kind()) {
      case RECEIVE -> inv.receive(c.sku(), c.at(), c.quantity(), ACTOR);
      case ADJUST -> inv.adjust(c.sku(), c.at(), c.other() % 2 == 0 ? -c.quantity() : c.quantity(), ACTOR, "found");
      case RESERVE -> inv.reserve(ReservationRequest.builder().id(c.id()).reference("order-" + c.reservation())
          .addLine(c.line()).build());
      case RESERVE_TWO_LINES -> inv.reserve(ReservationRequest.builder().id(c.id())
          .reference("order-" + c.reservation()).addLine(c.line())
          .addLine(ReservationLine.of(c.sku(), c.elsewhere(), 1 + c.other()))
          .policy(c.other() % 2 == 0 ? ReservationPolicy.ALL_OR_NOTHING : ReservationPolicy.PARTIAL).build());
      case RESERVE_MORE -> inv.reserveMore(c.id(), "order-" + c.reservation(), c.line());
      case RELEASE -> inv.release(c.id());
      case RELEASE_PART -> inv.release(c.id(), List.of(c.line()));
      case PICK -> inv.pick(c.id(), c.sku(), c.at(), c.quantity(), ACTOR);
      case COMMIT -> inv.commit(c.id(), ACTOR);
      case COMMIT_PART -> inv.commit(c.id(), List.of(c.line()), ACTOR, "S-" + step);
      case MOVE -> inv.move(c.id(), c.sku(), c.at(), c.elsewhere(), c.quantity());
      case COUNT -> inv.count(c.sku(), c.at(), c.quantity() + c.other(), ACTOR);
      case REPEAT_RECEIVE -> List.of(inv.receive(OperationId.of("op-" + c.other()), c.sku(), c.at(), c.quantity(),
          ACTOR, "DN-" + c.other()).withSequence(0)); // the same id again later: the first receipt, or refused
    };
  }

  /** Stock, ledgers without sequences, and the reservations. */
  private static List<Object> state(InventoryStore store) {
    List<Object> state = new ArrayList<>(store.allStock());
    for (StockLevel level : store.allStock()) {
      state.add(store.ledger(level.sku(), level.locationId()).stream().map(m -> m.withSequence(0)).toList());
    }
    for (int r = 0; r < RESERVATIONS; r++) {
      state.add(store.reservation(ReservationId.of("R-" + r)));
    }
    return state;
  }
}
