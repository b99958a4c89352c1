package org.oms4j.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.oms4j.core.IdempotencyConflictException;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.StoreUnavailableException;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Drift;
import org.oms4j.core.inventory.Gtin;
import org.oms4j.core.inventory.InsufficientStockException;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.Movement;
import org.oms4j.core.inventory.MovementType;
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
 * {@link InventoryStore} on PostgreSQL: one row of counters per (SKU, location) ({@code stock_cell}), an
 * append-only ledger ({@code movement}), reservations with their lines, locations, barcodes and purchase orders.
 *
 * <h2>How it stays consistent across application instances</h2>
 * <ul>
 *   <li>A single-line reservation is one statement: a conditional {@code UPDATE stock_cell SET reserved = reserved
 *       + q WHERE ... AND on_hand - reserved - picked - damaged - quality_control - safety_stock >= q} that
 *       inserts the reservation only if it matched. Everything else runs in a READ COMMITTED transaction that
 *       first locks the reservation row (if any), then the stock rows it touches with {@code SELECT ... ORDER BY
 *       sku, location_id FOR UPDATE}, so concurrent multi-line calls take their locks in one order and cannot
 *       deadlock; the new counters are computed under those locks.
 *   <li>CHECK constraints refuse negative counters and more units promised than are on hand (see the migration),
 *       as a last line of defence.
 *   <li>Reservation ids are the primary key: of concurrent reserves with one id, one inserts; the others find it.
 *   <li>Serialization failures and deadlocks (SQL states 40001, 40P01) are retried with backoff; a lost connection
 *       becomes {@link StoreUnavailableException}.
 *   <li>Every call that takes an {@link Operation} first inserts the operation's row ({@code INSERT ... ON
 *       CONFLICT DO NOTHING} on its id, the primary key) and stores its result there, in the transaction of the
 *       change: a concurrent call under the same id waits for that row, then finds it and returns the recorded
 *       result; so does a retry after the commit's reply was lost.
 * </ul>
 * Departures from the in-memory store: an unguarded movement that would make a counter negative is refused with
 * {@link StoreConstraintException}; a multi-line reservation with two lines on one (SKU, location) never promises
 * the same units twice.
 */
public final class JdbcInventoryStore implements InventoryStore {
  private static final String CELL_COLUMNS =
      "sku, location_id, on_hand, reserved, picked, damaged, quality_control, safety_stock, in_transit, counted_short";
  private static final String RESERVATION_COLUMNS =
      "id, reference, status, requested, lines, created_at, created_nanos, expires_at, expires_nanos";
  private static final String MOVEMENT_COLUMNS = "sequence, type, sku, location_id, quantity, d_on_hand, d_picked, "
      + "d_damaged, d_quality_control, d_in_transit, reference, actor_kind, actor_name, at, at_nanos, reason, counted";

  private final Database db;

  private final String putLocationSql;
  private final String locationSql;
  private final String locationsSql;
  private final String putBarcodeSql;
  private final String skuOfSql;
  private final String knowsSql;
  private final String cellSql;
  private final String cellsOfSkuSql;
  private final String allCellsSql;
  private final String setSafetyStockSql;
  private final String ensureCellsSql;
  private final String lockCellsSql;
  private final String lockAllCellsSql;
  private final String updateCellSql;
  private final String insertMovementSql;
  private final String ledgerSql;
  private final String putPurchaseOrderSql;
  private final String purchaseOrderSql;
  private final String lockPurchaseOrderSql;
  private final String openPurchaseOrdersSql;
  private final String fastReserveSql;
  private final String reservationSql;
  private final String lockReservationSql;
  private final String activeReservationsSql;
  private final String insertReservationSql;
  private final String updateReservationSql;
  private final String purgeSql;
  private final String fastReleaseSql;
  private final String ledgerSumsSql;
  private final String reservedSumsSql;
  private final String claimOperationSql;
  private final String operationSql;
  private final String operationResultSql;
  private final String purgeOperationsSql;
  private final String expiredSql;

  private static final TypeReference<List<Movement>> MOVEMENTS = new TypeReference<>() {};
  private static final TypeReference<Movement> MOVEMENT = new TypeReference<>() {};
  private static final TypeReference<Reservation> RESERVATION = new TypeReference<>() {};
  private static final TypeReference<ReservationResult> RESERVATION_RESULT = new TypeReference<>() {};

  JdbcInventoryStore(Database db) {
    this.db = db;
    putLocationSql = db.sql("INSERT INTO {s}.location (id, doc) VALUES (?, ?::jsonb) "
        + "ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc");
    locationSql = db.sql("SELECT doc FROM {s}.location WHERE id = ?");
    locationsSql = db.sql("SELECT doc FROM {s}.location ORDER BY id");
    putBarcodeSql = db.sql("INSERT INTO {s}.barcode (gtin, sku) VALUES (?, ?) "
        + "ON CONFLICT (gtin) DO UPDATE SET sku = EXCLUDED.sku");
    skuOfSql = db.sql("SELECT sku FROM {s}.barcode WHERE gtin = ?");
    knowsSql = db.sql("SELECT EXISTS (SELECT 1 FROM {s}.stock_cell WHERE sku = ?)");
    cellSql = db.sql("SELECT " + CELL_COLUMNS + " FROM {s}.stock_cell WHERE sku = ? AND location_id = ?");
    cellsOfSkuSql = db.sql("SELECT " + CELL_COLUMNS + " FROM {s}.stock_cell WHERE sku = ? ORDER BY location_id");
    allCellsSql = db.sql("SELECT " + CELL_COLUMNS + " FROM {s}.stock_cell ORDER BY sku, location_id");
    setSafetyStockSql = db.sql("INSERT INTO {s}.stock_cell (sku, location_id, safety_stock) VALUES (?, ?, ?) "
        + "ON CONFLICT (sku, location_id) DO UPDATE SET safety_stock = EXCLUDED.safety_stock");
    ensureCellsSql = db.sql("INSERT INTO {s}.stock_cell (sku, location_id) "
        + "SELECT k.sku, k.location_id FROM unnest(?::text[], ?::text[]) AS k(sku, location_id) "
        + "ORDER BY 1, 2 ON CONFLICT DO NOTHING");
    lockCellsSql = db.sql("SELECT " + CELL_COLUMNS + " FROM {s}.stock_cell WHERE (sku, location_id) IN "
        + "(SELECT k.sku, k.location_id FROM unnest(?::text[], ?::text[]) AS k(sku, location_id)) "
        + "ORDER BY sku, location_id FOR UPDATE");
    lockAllCellsSql = db.sql("SELECT " + CELL_COLUMNS + " FROM {s}.stock_cell ORDER BY sku, location_id "
        + "FOR UPDATE");
    updateCellSql = db.sql("UPDATE {s}.stock_cell SET on_hand = ?, reserved = ?, picked = ?, damaged = ?, "
        + "quality_control = ?, in_transit = ?, counted_short = ? WHERE sku = ? AND location_id = ?");
    insertMovementSql = db.sql("INSERT INTO {s}.movement (type, sku, location_id, quantity, d_on_hand, d_picked, "
        + "d_damaged, d_quality_control, d_in_transit, reference, actor_kind, actor_name, at, at_nanos, reason, "
        + "counted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ledgerSql = db.sql("SELECT " + MOVEMENT_COLUMNS + " FROM {s}.movement WHERE sku = ? AND location_id = ? "
        + "ORDER BY sequence");
    putPurchaseOrderSql = db.sql("INSERT INTO {s}.purchase_order (id, location_id, expected_on, open_units, doc) "
        + "VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT (id) DO UPDATE SET location_id = EXCLUDED.location_id, "
        + "expected_on = EXCLUDED.expected_on, open_units = EXCLUDED.open_units, doc = EXCLUDED.doc");
    purchaseOrderSql = db.sql("SELECT doc FROM {s}.purchase_order WHERE id = ?");
    lockPurchaseOrderSql = db.sql("SELECT doc FROM {s}.purchase_order WHERE id = ? FOR UPDATE");
    openPurchaseOrdersSql = db.sql("SELECT doc FROM {s}.purchase_order WHERE open_units > 0 "
        + "ORDER BY expected_on, id");
    fastReserveSql = db.sql("WITH c AS (UPDATE {s}.stock_cell SET reserved = reserved + ?, counted_short = false "
        + "WHERE sku = ? AND location_id = ? "
        + "AND on_hand - reserved - picked - damaged - quality_control - safety_stock >= ? RETURNING 1) "
        + "INSERT INTO {s}.reservation (id, reference, status, requested, lines, created_at, created_nanos, "
        + "expires_at, expires_nanos) SELECT ?, ?, 'ACTIVE', ?::jsonb, ?::jsonb, ?, ?, ?, ? FROM c");
    reservationSql = db.sql("SELECT " + RESERVATION_COLUMNS + " FROM {s}.reservation WHERE id = ?");
    lockReservationSql = db.sql("SELECT " + RESERVATION_COLUMNS + " FROM {s}.reservation WHERE id = ? FOR UPDATE");
    activeReservationsSql = db.sql("SELECT " + RESERVATION_COLUMNS + " FROM {s}.reservation "
        + "WHERE status = 'ACTIVE' ORDER BY id");
    insertReservationSql = db.sql("INSERT INTO {s}.reservation (reference, status, requested, lines, created_at, "
        + "created_nanos, expires_at, expires_nanos, id) VALUES (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)");
    updateReservationSql = db.sql("UPDATE {s}.reservation SET reference = ?, status = ?, requested = ?::jsonb, "
        + "lines = ?::jsonb, created_at = ?, created_nanos = ?, expires_at = ?, expires_nanos = ? WHERE id = ?");
    fastReleaseSql = db.sql("WITH r AS (SELECT id, lines -> 0 AS line FROM {s}.reservation "
        + "WHERE id = ? AND status = 'ACTIVE' AND jsonb_array_length(lines) = 1 FOR UPDATE), "
        + "c AS (UPDATE {s}.stock_cell s SET reserved = s.reserved - (r.line ->> 'quantity')::integer, "
        + "counted_short = s.counted_short AND s.on_hand - s.reserved + (r.line ->> 'quantity')::integer "
        + "- s.picked - s.damaged - s.quality_control < 0 "
        + "FROM r WHERE s.sku = r.line ->> 'sku' AND s.location_id = r.line ->> 'locationId' RETURNING 1) "
        + "UPDATE {s}.reservation x SET status = ?, lines = '[]'::jsonb FROM r WHERE x.id = r.id "
        + "AND EXISTS (SELECT 1 FROM c) RETURNING x." + RESERVATION_COLUMNS.replace(", ", ", x."));
    purgeSql = db.sql("DELETE FROM {s}.reservation WHERE id = ? AND status <> 'ACTIVE'");
    ledgerSumsSql = db.sql("SELECT sku, location_id, sum(d_on_hand), sum(d_picked), sum(d_damaged), "
        + "sum(d_quality_control), sum(d_in_transit) FROM {s}.movement GROUP BY sku, location_id");
    claimOperationSql = db.sql("INSERT INTO {s}.operation (id, request, result, recorded_at) "
        + "VALUES (?, ?, 'null'::jsonb, ?) ON CONFLICT DO NOTHING");
    operationSql = db.sql("SELECT request, result FROM {s}.operation WHERE id = ?");
    operationResultSql = db.sql("UPDATE {s}.operation SET result = ?::jsonb WHERE id = ?");
    purgeOperationsSql = db.sql("DELETE FROM {s}.operation WHERE recorded_at < ?");
    expiredSql = db.sql("SELECT " + RESERVATION_COLUMNS + " FROM {s}.reservation WHERE status = 'ACTIVE' "
        + "AND expires_at <= ? AND (expires_at < ? OR expires_nanos <= ?) "
        + "ORDER BY expires_at, expires_nanos, id LIMIT ?");
    reservedSumsSql = db.sql("SELECT l ->> 'sku', l ->> 'locationId', sum((l ->> 'quantity')::integer) "
        + "FROM {s}.reservation r CROSS JOIN LATERAL jsonb_array_elements(r.lines) AS l "
        + "WHERE r.status = 'ACTIVE' GROUP BY 1, 2");
  }

  // ---------------------------------------------------------------- operations

  /**
   * Runs work once per operation, inside the caller's transaction: claims the operation's row first (a concurrent
   * claimer of the same id waits for this transaction), and if it was already recorded returns its result instead.
   */
  private <T> T once(Connection c, Operation op, TypeReference<T> type, Database.Work<T> work) throws SQLException {
    if (!op.tracked()) { // the caller chose not to be able to repeat it under an id
      return work.run(c);
    }
    try (PreparedStatement ps = c.prepareStatement(claimOperationSql)) {
      ps.setString(1, op.id().value());
      ps.setString(2, op.request());
      ps.setObject(3, Codec.timestamp(op.at()));
      if (ps.executeUpdate() == 0) {
        return recorded(c, op, type);
      }
    }
    T result = work.run(c);
    try (PreparedStatement ps = c.prepareStatement(operationResultSql)) {
      ps.setString(1, Codec.json(result));
      ps.setString(2, op.id().value());
      ps.executeUpdate();
    }
    return result;
  }

  private <T> T recorded(Connection c, Operation op, TypeReference<T> type) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(operationSql)) {
      ps.setString(1, op.id().value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) { // recorded and purged between the two statements: run it as new
          throw new Database.Retry("operation " + op.id() + " purged concurrently");
        }
        String request = rs.getString(1);
        if (!request.equals(op.request())) {
          throw IdempotencyConflictException.forRequest("operation " + op.id(), request, op.request());
        }
        return Codec.read(rs.getString(2), type);
      }
    }
  }

  @Override
  public int purgeOperations(Instant before) {
    requireNonNull(before, "before");
    return db.autocommit("purge operations", c -> {
      try (PreparedStatement ps = c.prepareStatement(purgeOperationsSql)) {
        ps.setObject(1, Codec.timestamp(before));
        return ps.executeUpdate();
      }
    });
  }

  // ---------------------------------------------------------------- cells

  /** A (SKU, location). */
  private record Key(Sku sku, LocationId location) {
    static Key of(ReservationLine l) {
      return new Key(l.sku(), l.locationId());
    }

    static Key of(Movement m) {
      return new Key(m.sku(), m.locationId());
    }
  }

  /** A stock row read under its lock, changed in memory and written back. */
  private static final class Row {
    final Key key;
    int onHand;
    int reserved;
    int picked;
    int damaged;
    int qualityControl;
    int safetyStock;
    int inTransit;
    final boolean countedShort;
    boolean changed;

    Row(ResultSet rs) throws SQLException {
      key = new Key(Sku.of(rs.getString(1)), LocationId.of(rs.getString(2)));
      onHand = rs.getInt(3);
      reserved = rs.getInt(4);
      picked = rs.getInt(5);
      damaged = rs.getInt(6);
      qualityControl = rs.getInt(7);
      safetyStock = rs.getInt(8);
      inTransit = rs.getInt(9);
      countedShort = rs.getBoolean(10);
    }

    /** A row that does not exist yet: all zero. */
    Row(Key key) {
      this.key = key;
      this.countedShort = false;
    }

    int free() {
      return onHand - reserved - picked - damaged - qualityControl;
    }

    int available() {
      return Math.max(0, free() - safetyStock);
    }

    StockLevel level() {
      return new StockLevel(key.sku, key.location, onHand, reserved, picked, damaged, qualityControl, safetyStock,
          inTransit);
    }

    void apply(StockDelta d) {
      onHand += d.onHand();
      picked += d.picked();
      damaged += d.damaged();
      qualityControl += d.qualityControl();
      inTransit += d.inTransit();
      changed = true;
    }

    void reserve(int units) {
      reserved += units;
      changed = true;
    }
  }

  private static String[][] columns(Collection<Key> keys) {
    String[] skus = new String[keys.size()];
    String[] locations = new String[keys.size()];
    int i = 0;
    for (Key k : keys) {
      skus[i] = k.sku.value();
      locations[i++] = k.location.value();
    }
    return new String[][] {skus, locations};
  }

  /** Thrown inside a transaction when a stock row it needs does not exist yet. */
  private static final class MissingCells extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingCells() {
      super(null, null, false, false);
    }
  }

  /** Locks the rows of these cells in (SKU, location) order; with {@code required}, all must exist. */
  private Map<Key, Row> lock(Connection c, Collection<Key> keys, boolean required) throws SQLException {
    Map<Key, Row> rows = new HashMap<>();
    String[][] cols = columns(keys);
    try (PreparedStatement ps = c.prepareStatement(lockCellsSql)) {
      ps.setArray(1, c.createArrayOf("text", cols[0]));
      ps.setArray(2, c.createArrayOf("text", cols[1]));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Row r = new Row(rs);
          rows.put(r.key, r);
        }
      }
    }
    if (required && rows.size() < keys.size()) {
      throw new MissingCells();
    }
    return rows;
  }

  /** Creates missing stock rows, in its own short transaction so no later lock waits on an uncommitted insert. */
  private void ensure(Collection<Key> keys) {
    String[][] cols = columns(keys);
    db.autocommit("create stock rows", c -> {
      try (PreparedStatement ps = c.prepareStatement(ensureCellsSql)) {
        ps.setArray(1, c.createArrayOf("text", cols[0]));
        ps.setArray(2, c.createArrayOf("text", cols[1]));
        return ps.executeUpdate();
      }
    });
  }

  /** Runs a transaction that needs these stock rows, creating them first if it finds some missing. */
  private <T> T withCells(String what, Collection<Key> keys, Database.Work<T> work) {
    try {
      return db.transaction(what, work);
    } catch (MissingCells missing) {
      ensure(keys);
      return db.transaction(what, work);
    }
  }

  /**
   * Writes changed rows back. Only a count or an unguarded movement may leave a row over-committed (promised more
   * than on hand); every other change keeps the flag only while the row still is.
   */
  private void write(Connection c, Collection<Row> rows, boolean mayOverCommit) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(updateCellSql)) {
      int n = 0;
      for (Row r : rows) {
        if (!r.changed) {
          continue;
        }
        boolean shortNow = r.free() < 0 && (mayOverCommit || r.countedShort);
        ps.setInt(1, r.onHand);
        ps.setInt(2, r.reserved);
        ps.setInt(3, r.picked);
        ps.setInt(4, r.damaged);
        ps.setInt(5, r.qualityControl);
        ps.setInt(6, r.inTransit);
        ps.setBoolean(7, shortNow);
        ps.setString(8, r.key.sku.value());
        ps.setString(9, r.key.location.value());
        ps.addBatch();
        n++;
      }
      if (n > 0) {
        ps.executeBatch();
      }
    }
  }

  // ---------------------------------------------------------------- locations, barcodes, reads

  @Override
  public void putLocation(Location location) {
    requireNonNull(location, "location");
    String doc = Codec.json(location);
    db.autocommit("put location " + location.id(), c -> {
      try (PreparedStatement ps = c.prepareStatement(putLocationSql)) {
        ps.setString(1, location.id().value());
        ps.setString(2, doc);
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public Optional<Location> location(LocationId id) {
    requireNonNull(id, "id");
    return db.autocommit("read location " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement(locationSql)) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(Codec.read(rs.getString(1), Location.class)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<Location> locations() {
    return db.autocommit("read locations", c -> {
      List<Location> all = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(locationsSql); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          all.add(Codec.read(rs.getString(1), Location.class));
        }
      }
      return all;
    });
  }

  @Override
  public void putBarcode(Gtin gtin, Sku sku) {
    requireNonNull(gtin, "gtin");
    requireNonNull(sku, "sku");
    db.autocommit("put barcode " + gtin, c -> {
      try (PreparedStatement ps = c.prepareStatement(putBarcodeSql)) {
        ps.setString(1, gtin.value());
        ps.setString(2, sku.value());
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public Optional<Sku> skuOf(Gtin gtin) {
    requireNonNull(gtin, "gtin");
    return db.autocommit("read barcode " + gtin, c -> {
      try (PreparedStatement ps = c.prepareStatement(skuOfSql)) {
        ps.setString(1, gtin.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(Sku.of(rs.getString(1))) : Optional.empty();
        }
      }
    });
  }

  @Override
  public boolean knows(Sku sku) {
    requireNonNull(sku, "sku");
    return db.autocommit("read SKU " + sku, c -> {
      try (PreparedStatement ps = c.prepareStatement(knowsSql)) {
        ps.setString(1, sku.value());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getBoolean(1);
        }
      }
    });
  }

  @Override
  public StockLevel stock(Sku sku, LocationId location) {
    requireNonNull(sku, "sku");
    requireNonNull(location, "location");
    return db.autocommit("read stock of " + sku + " at " + location, c -> {
      try (PreparedStatement ps = c.prepareStatement(cellSql)) {
        ps.setString(1, sku.value());
        ps.setString(2, location.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? new Row(rs).level() : StockLevel.empty(sku, location);
        }
      }
    });
  }

  @Override
  public List<StockLevel> stock(Sku sku) {
    requireNonNull(sku, "sku");
    return db.autocommit("read stock of " + sku, c -> {
      try (PreparedStatement ps = c.prepareStatement(cellsOfSkuSql)) {
        ps.setString(1, sku.value());
        return levels(ps);
      }
    });
  }

  @Override
  public List<StockLevel> allStock() {
    return db.autocommit("read all stock", c -> {
      try (PreparedStatement ps = c.prepareStatement(allCellsSql)) {
        return levels(ps);
      }
    });
  }

  private static List<StockLevel> levels(PreparedStatement ps) throws SQLException {
    List<StockLevel> levels = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        levels.add(new Row(rs).level());
      }
    }
    return levels;
  }

  /** {@inheritDoc} Refused with {@link StoreConstraintException} if negative. */
  @Override
  public void setSafetyStock(Sku sku, LocationId location, int units) {
    requireNonNull(sku, "sku");
    requireNonNull(location, "location");
    db.autocommit("set safety stock of " + sku + " at " + location, c -> {
      try (PreparedStatement ps = c.prepareStatement(setSafetyStockSql)) {
        ps.setString(1, sku.value());
        ps.setString(2, location.value());
        ps.setInt(3, units);
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public List<Movement> ledger(Sku sku, LocationId location) {
    requireNonNull(sku, "sku");
    requireNonNull(location, "location");
    return db.autocommit("read ledger of " + sku + " at " + location, c -> {
      List<Movement> ledger = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(ledgerSql)) {
        ps.setString(1, sku.value());
        ps.setString(2, location.value());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ledger.add(movement(rs));
          }
        }
      }
      return ledger;
    });
  }

  private static Movement movement(ResultSet rs) throws SQLException {
    MovementType type = MovementType.valueOf(rs.getString(2));
    StockDelta delta = new StockDelta(rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10));
    int counted = rs.getInt(17);
    OptionalInt countedOpt = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(counted);
    return new Movement(rs.getLong(1), type, Sku.of(rs.getString(3)), LocationId.of(rs.getString(4)),
        rs.getInt(5), delta, Optional.ofNullable(rs.getString(11)),
        new Actor(Actor.Kind.valueOf(rs.getString(12)), rs.getString(13)), Codec.instant(rs, 14).orElseThrow(),
        Optional.ofNullable(rs.getString(16)), countedOpt);
  }

  // ---------------------------------------------------------------- movements

  @Override
  public List<Movement> record(Operation op, List<Movement> movements, boolean guarded) {
    requireNonNull(op, "op");
    List<Movement> list = List.copyOf(movements);
    List<Key> keys = distinctKeys(list);
    return withCells("record movements", keys, c -> once(c, op, MOVEMENTS, x -> {
      if (list.isEmpty()) {
        return List.of();
      }
      Map<Key, Row> rows = lock(c, keys, !guarded);
      if (rows.size() < keys.size()) {
        // judge guarded movements against empty rows before creating any, so that a refused call leaves no row
        // behind (and does not make a never-stocked SKU known)
        Map<Key, Row> view = new HashMap<>(rows);
        keys.forEach(k -> view.computeIfAbsent(k, Row::new));
        refuseUnsafe(view, list);
        throw new MissingCells();
      }
      return apply(c, rows, list, guarded);
    }));
  }

  private static List<Key> distinctKeys(List<Movement> movements) {
    Map<Key, Boolean> keys = new LinkedHashMap<>();
    for (Movement m : movements) {
      keys.put(Key.of(m), Boolean.TRUE);
    }
    return List.copyOf(keys.keySet());
  }

  /** Checks (if guarded), applies and appends movements to locked rows. */
  private List<Movement> apply(Connection c, Map<Key, Row> rows, List<Movement> movements, boolean guarded)
      throws SQLException {
    if (guarded) {
      refuseUnsafe(rows, movements);
    }
    for (Movement m : movements) {
      rows.get(Key.of(m)).apply(m.delta());
    }
    write(c, rows.values(), !guarded);
    return append(c, movements);
  }

  /**
   * Refuses movements that would make a quantity negative or promise units that are not there ({@link
   * StockLevel#admits}): after a count found fewer units than are spoken for, a movement that does not lower free
   * units further (a receipt, shipping picked units) still goes through.
   */
  private static void refuseUnsafe(Map<Key, Row> rows, List<Movement> movements) {
    Map<Key, StockDelta> sums = new LinkedHashMap<>();
    for (Movement m : movements) {
      sums.merge(Key.of(m), m.delta(), StockDelta::plus);
    }
    List<Shortage> shortages = new ArrayList<>();
    for (Map.Entry<Key, StockDelta> e : sums.entrySet()) {
      rows.get(e.getKey()).level().shortageFor(e.getValue()).ifPresent(shortages::add);
    }
    if (!shortages.isEmpty()) {
      throw new InsufficientStockException("movement refused: it would leave a negative quantity or promise "
          + "units that are not there", shortages);
    }
  }

  /** Appends movements to the ledger; returns them with their sequence numbers. */
  private List<Movement> append(Connection c, List<Movement> movements) throws SQLException {
    List<Movement> stored = new ArrayList<>(movements.size());
    try (PreparedStatement ps = c.prepareStatement(insertMovementSql, new String[] {"sequence"})) {
      for (Movement m : movements) {
        int i = 1;
        ps.setString(i++, m.type().name());
        ps.setString(i++, m.sku().value());
        ps.setString(i++, m.locationId().value());
        ps.setInt(i++, m.quantity());
        ps.setInt(i++, m.delta().onHand());
        ps.setInt(i++, m.delta().picked());
        ps.setInt(i++, m.delta().damaged());
        ps.setInt(i++, m.delta().qualityControl());
        ps.setInt(i++, m.delta().inTransit());
        ps.setString(i++, m.reference().orElse(null));
        ps.setString(i++, m.actor().kind().name());
        ps.setString(i++, m.actor().name());
        Codec.setInstant(ps, i, m.at());
        i += 2;
        ps.setString(i++, m.reason().orElse(null));
        if (m.counted().isPresent()) {
          ps.setInt(i, m.counted().getAsInt());
        } else {
          ps.setNull(i, Types.INTEGER);
        }
        ps.addBatch();
      }
      ps.executeBatch();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        for (Movement m : movements) {
          if (!keys.next()) {
            throw new SQLException("no sequence returned for movement " + m, "XX000");
          }
          stored.add(m.withSequence(keys.getLong(1)));
        }
      }
    }
    return stored;
  }

  @Override
  public Movement count(Operation op, Movement count) {
    requireNonNull(op, "op");
    requireNonNull(count, "count");
    Key key = Key.of(count);
    return withCells("record count", List.of(key), c -> once(c, op, MOVEMENT, x -> {
      Map<Key, Row> rows = lock(c, List.of(key), true);
      Row r = rows.get(key);
      int variance = count.counted().orElseThrow() - r.onHand;
      Movement m = new Movement(0, count.type(), count.sku(), count.locationId(), variance,
          count.type().perUnit().times(variance), count.reference(), count.actor(), count.at(), count.reason(),
          count.counted());
      return apply(c, rows, List.of(m), false).get(0);
    }));
  }

  // ---------------------------------------------------------------- purchase orders

  @Override
  public void putPurchaseOrder(PurchaseOrder order) {
    requireNonNull(order, "order");
    String doc = Codec.json(order);
    db.autocommit("put purchase order " + order.id(), c -> {
      try (PreparedStatement ps = c.prepareStatement(putPurchaseOrderSql)) {
        ps.setString(1, order.id());
        ps.setString(2, order.locationId().value());
        ps.setObject(3, order.expectedOn());
        ps.setInt(4, openUnits(order));
        ps.setString(5, doc);
        return ps.executeUpdate();
      }
    });
  }

  private static int openUnits(PurchaseOrder order) {
    int open = 0;
    for (PurchaseOrder.Line l : order.lines()) {
      open += l.open();
    }
    return open;
  }

  @Override
  public Optional<PurchaseOrder> purchaseOrder(String id) {
    requireNonNull(id, "id");
    return db.autocommit("read purchase order " + id, c -> purchaseOrder(c, purchaseOrderSql, id));
  }

  private static Optional<PurchaseOrder> purchaseOrder(Connection c, String sql, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Codec.read(rs.getString(1), PurchaseOrder.class)) : Optional.empty();
      }
    }
  }

  @Override
  public List<PurchaseOrder> openPurchaseOrders() {
    return db.autocommit("read open purchase orders", c -> {
      List<PurchaseOrder> open = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(openPurchaseOrdersSql); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          open.add(Codec.read(rs.getString(1), PurchaseOrder.class));
        }
      }
      return open;
    });
  }

  @Override
  public Movement receive(Operation op, String purchaseOrderId, Movement receipt) {
    requireNonNull(op, "op");
    requireNonNull(purchaseOrderId, "purchaseOrderId");
    requireNonNull(receipt, "receipt");
    Key key = Key.of(receipt);
    return withCells("receive against " + purchaseOrderId, List.of(key), c -> once(c, op, MOVEMENT, x -> {
      PurchaseOrder po = purchaseOrder(c, lockPurchaseOrderSql, purchaseOrderId).orElseThrow(
          () -> new InvalidInputException("reference", purchaseOrderId, "no such purchase order"));
      if (!po.locationId().equals(receipt.locationId())) {
        throw new InvalidInputException("locationId", receipt.locationId(),
            "purchase order " + po.id() + " goes to " + po.locationId());
      }
      PurchaseOrder next = po.received(receipt.sku(), receipt.quantity());
      Map<Key, Row> rows = lock(c, List.of(key), true);
      Movement stored = apply(c, rows, List.of(receipt), true).get(0);
      try (PreparedStatement ps = c.prepareStatement(putPurchaseOrderSql)) {
        ps.setString(1, next.id());
        ps.setString(2, next.locationId().value());
        ps.setObject(3, next.expectedOn());
        ps.setInt(4, openUnits(next));
        ps.setString(5, Codec.json(next));
        ps.executeUpdate();
      }
      return stored;
    }));
  }

  // ---------------------------------------------------------------- reservations: reads and writes

  @Override
  public Optional<Reservation> reservation(ReservationId id) {
    requireNonNull(id, "id");
    return db.autocommit("read reservation " + id, c -> load(c, id, false));
  }

  private Optional<Reservation> load(Connection c, ReservationId id, boolean forUpdate) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(forUpdate ? lockReservationSql : reservationSql)) {
      ps.setString(1, id.value());
      List<Reservation> found = reservations(ps);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  private static List<Reservation> reservations(PreparedStatement ps) throws SQLException {
    List<Reservation> found = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        found.add(new Reservation(ReservationId.of(rs.getString(1)), rs.getString(2), Codec.lines(rs.getString(4)),
            Codec.lines(rs.getString(5)), ReservationStatus.valueOf(rs.getString(3)),
            Codec.instant(rs, 6).orElseThrow(), Codec.instant(rs, 8)));
      }
    }
    return found;
  }

  /** Stores a reservation: inserted, or replacing the stored one. */
  private void store(Connection c, Reservation r, boolean exists) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(exists ? updateReservationSql : insertReservationSql)) {
      ps.setString(1, r.reference());
      ps.setString(2, r.status().name());
      ps.setString(3, Codec.lines(r.requested()));
      ps.setString(4, Codec.lines(r.lines()));
      Codec.setInstant(ps, 5, r.createdAt());
      Codec.setInstant(ps, 7, r.expiresAt());
      ps.setString(9, r.id().value());
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!exists && "23505".equals(e.getSQLState())) {
        throw new Database.Retry("reservation " + r.id() + " created concurrently");
      }
      throw e;
    }
  }

  /** {@inheritDoc} From the partial index of active reservations by expiry. */
  @Override
  public List<Reservation> expiredBy(Instant now, int max) {
    requireNonNull(now, "now");
    if (max <= 0) {
      throw new IllegalArgumentException("max must be positive: " + max);
    }
    return db.autocommit("read expired reservations", c -> {
      try (PreparedStatement ps = c.prepareStatement(expiredSql)) {
        ps.setObject(1, Codec.timestamp(now));
        ps.setObject(2, Codec.timestamp(now));
        ps.setInt(3, now.getNano());
        ps.setInt(4, max);
        return reservations(ps);
      }
    });
  }

  @Override
  public List<Reservation> activeReservations() {
    return db.autocommit("read active reservations", c -> {
      try (PreparedStatement ps = c.prepareStatement(activeReservationsSql)) {
        return reservations(ps);
      }
    });
  }

  // ---------------------------------------------------------------- reserve, add

  @Override
  public ReservationResult reserve(Reservation candidate, ReservationPolicy policy) {
    requireNonNull(candidate, "candidate");
    requireNonNull(policy, "policy");
    if (candidate.lines().size() == 1 && fastReserve(candidate)) {
      return new ReservationResult(Optional.of(candidate), List.of());
    }
    return db.transaction("reserve " + candidate.id(), c -> {
      Optional<Reservation> existing = load(c, candidate.id(), true);
      if (existing.isPresent()) {
        return retried(existing.get(), candidate);
      }
      List<ReservationLine> lines = candidate.lines();
      List<Key> keys = new ArrayList<>(lines.size());
      for (ReservationLine l : lines) {
        keys.add(Key.of(l));
      }
      Map<Key, Row> rows = lock(c, keys, false);
      Map<Key, Integer> left = new HashMap<>();
      for (Row r : rows.values()) {
        left.put(r.key, r.available());
      }
      List<Shortage> shortages = new ArrayList<>(0);
      int[] grant = new int[lines.size()];
      int granted = 0;
      for (int i = 0; i < grant.length; i++) {
        ReservationLine line = lines.get(i);
        int available = left.getOrDefault(keys.get(i), 0);
        grant[i] = Math.min(available, line.quantity());
        granted += grant[i];
        left.put(keys.get(i), available - grant[i]);
        if (available < line.quantity()) {
          shortages.add(new Shortage(line.sku(), line.locationId(), line.quantity(), available));
        }
      }
      if ((policy == ReservationPolicy.ALL_OR_NOTHING && !shortages.isEmpty()) || granted == 0) {
        return new ReservationResult(Optional.empty(), shortages);
      }
      Reservation made = candidate;
      if (!shortages.isEmpty()) {
        List<ReservationLine> got = new ArrayList<>(grant.length);
        for (int i = 0; i < grant.length; i++) {
          if (grant[i] > 0) {
            got.add(ReservationLine.of(lines.get(i).sku(), lines.get(i).locationId(), grant[i]));
          }
        }
        made = candidate.holding(got, ReservationStatus.ACTIVE);
      }
      for (int i = 0; i < grant.length; i++) {
        if (grant[i] > 0) {
          rows.get(keys.get(i)).reserve(grant[i]);
        }
      }
      write(c, rows.values(), false);
      store(c, made, false);
      return new ReservationResult(Optional.of(made), shortages);
    });
  }

  /**
   * The common case in one statement: a conditional update of the stock row that inserts the reservation only if
   * it matched. False when the units are not available or the id is taken (the general path then decides).
   */
  private boolean fastReserve(Reservation candidate) {
    ReservationLine line = candidate.lines().get(0);
    String requested = Codec.lines(candidate.requested());
    String held = Codec.lines(candidate.lines());
    return db.autocommit("reserve " + candidate.id(), c -> {
      try (PreparedStatement ps = c.prepareStatement(fastReserveSql)) {
        int i = 1;
        ps.setInt(i++, line.quantity());
        ps.setString(i++, line.sku().value());
        ps.setString(i++, line.locationId().value());
        ps.setInt(i++, line.quantity());
        ps.setString(i++, candidate.id().value());
        ps.setString(i++, candidate.reference());
        ps.setString(i++, requested);
        ps.setString(i++, held);
        Codec.setInstant(ps, i, candidate.createdAt());
        i += 2;
        Codec.setInstant(ps, i, candidate.expiresAt());
        return ps.executeUpdate() == 1;
      } catch (SQLException e) {
        if ("23505".equals(e.getSQLState())) {
          return false; // the id is taken: a retry
        }
        throw e;
      }
    });
  }

  /** A retry under a known id: the stored reservation if the request is the same, else a conflict. */
  private static ReservationResult retried(Reservation stored, Reservation candidate) {
    if (!stored.requested().equals(candidate.requested()) || !stored.reference().equals(candidate.reference())) {
      throw new IdempotencyConflictException("reservation " + candidate.id(), stored.reference());
    }
    return new ReservationResult(Optional.of(stored), List.of());
  }

  @Override
  public ReservationResult add(Operation op, Reservation template, ReservationLine units) {
    requireNonNull(op, "op");
    requireNonNull(template, "template");
    requireNonNull(units, "units");
    Key key = Key.of(units);
    return db.transaction("add to reservation " + template.id(), c -> once(c, op, RESERVATION_RESULT, x -> {
      Optional<Reservation> current = load(c, template.id(), true);
      Row row = lock(c, List.of(key), false).get(key);
      int available = row == null ? 0 : row.available(); // never stocked there: refused, and no row is created
      if (row == null || available < units.quantity()) {
        return new ReservationResult(Optional.empty(),
            List.of(new Shortage(units.sku(), units.locationId(), units.quantity(), available)));
      }
      row.reserve(units.quantity());
      write(c, List.of(row), false);
      boolean active = current.isPresent() && current.get().status() == ReservationStatus.ACTIVE;
      Reservation base = active ? current.get() : new Reservation(template.id(), template.reference(), List.of(),
          List.of(), ReservationStatus.ACTIVE, template.createdAt(), template.expiresAt());
      Reservation next = base.plus(units);
      store(c, next, current.isPresent());
      return new ReservationResult(Optional.of(next), List.of());
    }));
  }


  // ---------------------------------------------------------------- release, consume, move, purge

  @Override
  public Reservation release(Operation op, ReservationId id, List<ReservationLine> units,
      ReservationStatus whenEmpty) {
    requireNonNull(op, "op");
    requireNonNull(id, "id");
    List<ReservationLine> asked = List.copyOf(units);
    requireNonNull(whenEmpty, "whenEmpty");
    return db.transaction("release reservation " + id, c -> once(c, op, RESERVATION, x -> {
      if (asked.isEmpty()) {
        Optional<Reservation> released = fastRelease(c, id, whenEmpty);
        if (released.isPresent()) {
          return released.get();
        }
      }
      Reservation r = requireActive(id, load(c, id, true), "RELEASE");
      List<ReservationLine> give = asked.isEmpty() ? r.lines() : asked;
      Reservation next = asked.isEmpty() ? r.holding(List.of(), whenEmpty) : r.less(asked, whenEmpty);
      Map<Key, Integer> given = sum(give);
      Map<Key, Row> rows = lock(c, given.keySet(), true);
      for (Map.Entry<Key, Integer> e : given.entrySet()) {
        rows.get(e.getKey()).reserve(-e.getValue());
      }
      write(c, rows.values(), false);
      store(c, next, true);
      return next;
    }));
  }

  /**
   * The common case in one statement: the whole of an active single-line reservation goes back. Empty when the
   * reservation is not active, does not exist or holds several lines (the locking path then decides), so that
   * stock rows are only ever locked one at a time or in (SKU, location) order.
   */
  private Optional<Reservation> fastRelease(Connection c, ReservationId id, ReservationStatus whenEmpty)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(fastReleaseSql)) {
      ps.setString(1, id.value());
      ps.setString(2, whenEmpty.name());
      List<Reservation> found = reservations(ps);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  @Override
  public Reservation consume(Operation op, ReservationId id, List<Movement> movements) {
    requireNonNull(op, "op");
    requireNonNull(id, "id");
    List<Movement> list = List.copyOf(movements);
    return db.transaction("consume reservation " + id, c -> once(c, op, RESERVATION, x -> {
      Reservation r = requireActive(id, load(c, id, true), list.isEmpty() ? "CONSUME" : list.get(0).type().name());
      List<ReservationLine> taken = new ArrayList<>(list.size());
      for (Movement m : list) {
        taken.add(ReservationLine.of(m.sku(), m.locationId(), m.quantity()));
      }
      Reservation next = r.less(taken, ReservationStatus.COMMITTED);
      Map<Key, Integer> units = sum(taken);
      Map<Key, Row> rows = lock(c, units.keySet(), true);
      // as in memory: a typed shortage, not the CHECK constraint's failure, when a count left fewer on hand
      InsufficientStockException.refuseUnitsNotOnHand(list,
          (sku, location) -> rows.get(new Key(sku, location)).onHand);
      for (Map.Entry<Key, Integer> e : units.entrySet()) {
        rows.get(e.getKey()).reserve(-e.getValue());
      }
      for (Movement m : list) {
        rows.get(Key.of(m)).apply(m.delta());
      }
      write(c, rows.values(), false);
      append(c, list);
      store(c, next, true);
      return next;
    }));
  }

  @Override
  public Reservation move(Operation op, ReservationId id, ReservationLine units, LocationId to) {
    requireNonNull(op, "op");
    requireNonNull(id, "id");
    requireNonNull(units, "units");
    requireNonNull(to, "to");
    Key source = Key.of(units);
    Key target = new Key(units.sku(), to);
    List<Key> keys = source.equals(target) ? List.of(source) : List.of(source, target);
    return db.transaction("move reservation " + id, c -> once(c, op, RESERVATION, x -> {
      Reservation r = requireActive(id, load(c, id, true), "MOVE");
      Reservation next = r.moved(units, to); // also checks that it holds the units
      if (source.equals(target)) {
        return r; // a move to where the units already are changes nothing
      }
      Map<Key, Row> rows = lock(c, keys, false); // the source row exists: it holds the reserved units
      Row targetRow = rows.get(target);
      int available = targetRow == null ? 0 : targetRow.available(); // never stocked there: nothing to promise
      if (available < units.quantity()) {
        throw new InsufficientStockException("cannot move reservation " + id,
            List.of(new Shortage(units.sku(), to, units.quantity(), available)));
      }
      rows.get(source).reserve(-units.quantity());
      targetRow.reserve(units.quantity());
      write(c, rows.values(), false);
      store(c, next, true);
      return next;
    }));
  }

  @Override
  public void purge(ReservationId id) {
    requireNonNull(id, "id");
    db.autocommit("purge reservation " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement(purgeSql)) {
        ps.setString(1, id.value());
        return ps.executeUpdate();
      }
    });
  }

  private static Map<Key, Integer> sum(List<ReservationLine> lines) {
    Map<Key, Integer> sums = new LinkedHashMap<>();
    for (ReservationLine l : lines) {
      sums.merge(Key.of(l), l.quantity(), Integer::sum);
    }
    return sums;
  }

  private static Reservation requireActive(ReservationId id, Optional<Reservation> current, String event) {
    if (current.isEmpty()) {
      throw new InvalidInputException("reservationId", id, "no such reservation");
    }
    if (current.get().status() != ReservationStatus.ACTIVE) {
      throw new IllegalTransitionException("reservation " + id, current.get().status(), event, "");
    }
    return current.get();
  }



  // ---------------------------------------------------------------- reconciliation

  /**
   * {@inheritDoc} Without repair it reads one REPEATABLE READ snapshot and takes no locks; with repair it locks
   * every stock row (in order) first, so no reservation or movement commits in between.
   */
  @Override
  public ReconciliationReport reconcile(boolean repair) {
    Database.Work<ReconciliationReport> work = c -> {
      List<Row> rows = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(repair ? lockAllCellsSql : allCellsSql);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs));
        }
      }
      Map<Key, StockDelta> ledger = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(ledgerSumsSql); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ledger.put(new Key(Sku.of(rs.getString(1)), LocationId.of(rs.getString(2))),
              new StockDelta(Math.toIntExact(rs.getLong(3)), Math.toIntExact(rs.getLong(4)),
                  Math.toIntExact(rs.getLong(5)), Math.toIntExact(rs.getLong(6)), Math.toIntExact(rs.getLong(7))));
        }
      }
      Map<Key, Integer> reserved = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(reservedSumsSql); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reserved.put(new Key(Sku.of(rs.getString(1)), LocationId.of(rs.getString(2))),
              Math.toIntExact(rs.getLong(3)));
        }
      }
      List<Drift> drifts = new ArrayList<>();
      List<StockLevel> overCommitted = new ArrayList<>();
      for (Row r : rows) {
        StockDelta sum = ledger.getOrDefault(r.key, StockDelta.NONE);
        StockLevel derived =
            StockLevel.derived(r.key.sku, r.key.location, sum, reserved.getOrDefault(r.key, 0), r.safetyStock);
        StockLevel stored = r.level();
        if (!derived.equals(stored)) {
          drifts.add(new Drift(stored, derived));
          if (repair) {
            r.onHand = derived.onHand();
            r.reserved = derived.reserved();
            r.picked = derived.picked();
            r.damaged = derived.damaged();
            r.qualityControl = derived.qualityControl();
            r.inTransit = derived.inTransit();
            r.changed = true;
          }
        }
        if (r.level().overCommitted() > 0) {
          overCommitted.add(r.level());
        }
      }
      if (repair) {
        write(c, rows, true);
      }
      return new ReconciliationReport(rows.size(), drifts, repair, overCommitted);
    };
    return repair ? db.transaction("reconcile and repair", work) : db.snapshot("reconcile", work);
  }
}
