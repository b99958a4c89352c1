package org.oms4j.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.oms4j.core.ConcurrentUpdateException;
import org.oms4j.core.OrderNotFoundException;
import org.oms4j.core.StoreUnavailableException;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.json.OmsJson;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.RecordedEvent;
import org.oms4j.core.spi.ConsumerId;
import org.oms4j.core.spi.CreationOrder;
import org.oms4j.core.spi.InsertResult;
import org.oms4j.core.spi.OrderStore;
import org.oms4j.core.spi.OutboxEntry;

/**
 * {@link OrderStore} on PostgreSQL. Each order is one row: its JSON ({@link OmsJson}) in a {@code jsonb} column,
 * with its id, idempotency key (channel, external order id, a UNIQUE constraint), status and version in indexed
 * columns. Each insert and update is a single SQL statement, so the order row and its outbox rows are written in
 * one transaction:
 * <ul>
 *   <li>insert: {@code INSERT ... ON CONFLICT DO NOTHING} on the id and the idempotency key, then the new events
 *       into the outbox from the same {@code WITH} statement;
 *   <li>update: {@code UPDATE ... WHERE id = ? AND version = ?} (compare-and-set), the outbox rows only if it
 *       matched.
 * </ul>
 * Several application instances may share the tables. Deliver events with {@link #claim} and {@link
 * #acknowledge(ConsumerId, Collection)} (leases kept in the outbox rows, claimed with {@code FOR UPDATE SKIP
 * LOCKED}), with {@link #drain(int, Consumer)}, which holds the row locks while it delivers, or with {@link
 * #pendingEvents(long, int)} and {@link #acknowledge(Collection)}. Concurrent claimers and drainers never deliver
 * one order's events out of order.
 *
 * <p>Failures: {@link StoreUnavailableException} (transient; connection lost), {@link StoreConstraintException},
 * {@link StoreFailureException}; nothing is half-applied.
 */
public final class JdbcOrderStore implements OrderStore {
  private final Database db;
  private final Clock clock;
  private final OmsJson json = OmsJson.create();

  private final String insertSql;
  private final String updateSql;
  private final String selectByIdSql;
  private final String selectByKeySql;
  private final String selectByStatusSql;
  private final String oldestByStatusSql;
  private final String newestByStatusSql;
  private final String claimLeasedSql;
  private final String leaseSql;
  private final String acknowledgeHeldSql;
  private final String countSql;
  private final String pendingSql;
  private final String acknowledgeSql;
  private final String pendingOfOrderSql;
  private final String claimSql;
  private final String headsSql;

  JdbcOrderStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    String outboxInsert = "INSERT INTO {s}.outbox (order_id, sequence, event) "
        + "SELECT w.id, e.sequence, e.event::jsonb FROM w, unnest(?::bigint[], ?::text[]) AS e(sequence, event) "
        + "ORDER BY e.sequence RETURNING position, sequence";
    this.insertSql = db.sql("WITH w AS (INSERT INTO {s}.orders "
        + "(id, channel, external_order_id, status, version, created_at, created_nanos, updated_at, doc) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING RETURNING id) " + outboxInsert);
    this.updateSql = db.sql("WITH w AS (UPDATE {s}.orders SET status = ?, version = ?, updated_at = ?, "
        + "doc = ?::jsonb WHERE id = ? AND version = ? RETURNING id) " + outboxInsert);
    this.selectByIdSql = db.sql("SELECT doc, version FROM {s}.orders WHERE id = ?");
    this.selectByKeySql = db.sql("SELECT doc FROM {s}.orders WHERE channel = ? AND external_order_id = ?");
    this.selectByStatusSql = db.sql("SELECT doc FROM {s}.orders WHERE status = ?");
    this.oldestByStatusSql = db.sql("SELECT doc FROM {s}.orders WHERE status = ? "
        + "ORDER BY created_at, created_nanos, id LIMIT ?");
    this.newestByStatusSql = db.sql("SELECT doc FROM {s}.orders WHERE status = ? "
        + "ORDER BY created_at DESC, created_nanos DESC, id DESC LIMIT ?");
    this.claimLeasedSql = db.sql("SELECT position, order_id, event FROM {s}.outbox "
        + "WHERE lease_until IS NULL OR lease_until <= ? ORDER BY position LIMIT ? FOR UPDATE SKIP LOCKED");
    this.leaseSql = db.sql("UPDATE {s}.outbox SET claimed_by = ?, lease_until = ? WHERE position = ANY (?::bigint[])");
    this.acknowledgeHeldSql = db.sql("DELETE FROM {s}.outbox WHERE position = ANY (?::bigint[]) AND claimed_by = ?");
    this.countSql = db.sql("SELECT count(*) FROM {s}.orders");
    this.pendingSql = db.sql("SELECT position, event FROM {s}.outbox WHERE position > ? ORDER BY position LIMIT ?");
    this.acknowledgeSql = db.sql("DELETE FROM {s}.outbox WHERE position = ANY (?::bigint[])");
    this.pendingOfOrderSql = db.sql("SELECT position, event FROM {s}.outbox WHERE order_id = ? AND sequence > ? "
        + "AND sequence <= ? ORDER BY position");
    this.claimSql = db.sql("SELECT position, order_id, event FROM {s}.outbox "
        + "WHERE recorded_at <= now() - make_interval(secs => ?) AND (lease_until IS NULL OR lease_until <= ?) "
        + "ORDER BY position LIMIT ? FOR UPDATE SKIP LOCKED");
    this.headsSql = db.sql("SELECT order_id, position FROM {s}.outbox WHERE order_id = ANY (?::text[]) "
        + "ORDER BY order_id, position");
  }

  // ---------------------------------------------------------------- writes

  /**
   * {@inheritDoc}
   *
   * <p>Idempotent: a retry after a lost connection finds the order under its key and returns it with {@code
   * created} false.
   */
  @Override
  public InsertResult insert(Order order) {
    requireNonNull(order, "order");
    String doc = json.write(order);
    List<RecordedEvent> events = order.auditTrail();
    return db.autocommit("insert order " + order.id(), c -> {
      List<OutboxEntry> written;
      try (PreparedStatement ps = c.prepareStatement(insertSql)) {
        int i = 1;
        ps.setString(i++, order.id().value());
        ps.setString(i++, order.draft().channel().value());
        ps.setString(i++, order.draft().externalOrderId());
        ps.setString(i++, order.status().name());
        ps.setLong(i++, order.version());
        ps.setObject(i++, Codec.timestamp(order.createdAt()));
        ps.setInt(i++, order.createdAt().getNano());
        ps.setObject(i++, now());
        ps.setString(i++, doc);
        bindEvents(c, ps, i, events);
        written = entries(ps, events, 0);
      }
      if (!written.isEmpty()) {
        return new InsertResult(order, true, written);
      }
      Optional<Order> holder = findByExternalId(c, order.draft().channel(), order.draft().externalOrderId());
      if (holder.isPresent()) {
        return new InsertResult(holder.get(), false, List.of());
      }
      Optional<Order> sameId = find(c, order.id()).map(Stored::order);
      if (sameId.isPresent()) {
        throw new IllegalArgumentException("order id " + order.id() + " already used by channel "
            + sameId.get().draft().channel() + " order " + sameId.get().draft().externalOrderId());
      }
      // the winner of a race on the key was rolled back after we saw the conflict: try again
      throw new Database.Retry("idempotency key of order " + order.id() + " freed concurrently");
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>A retry of exactly this update (same order at the same version, for instance after a {@link
   * StoreUnavailableException} whose outcome was unknown) that finds it already stored succeeds without writing
   * anything and returns the entries of its events still in the outbox; it does not throw {@link
   * ConcurrentUpdateException}.
   */
  @Override
  public List<OutboxEntry> update(Order order, long expectedVersion) {
    requireNonNull(order, "order");
    String id = order.id().value();
    if (order.version() <= expectedVersion) {
      Optional<Stored> current = db.autocommit("read order " + id, c -> find(c, order.id()));
      if (current.isEmpty()) {
        throw new OrderNotFoundException(id);
      }
      if (current.get().version != expectedVersion) {
        throw new ConcurrentUpdateException("order " + id, expectedVersion, current.get().version);
      }
      throw new IllegalArgumentException("order " + id + " at version " + order.version() + " is not newer than "
          + expectedVersion);
    }
    List<RecordedEvent> trail = order.auditTrail();
    List<RecordedEvent> events = trail.subList((int) Math.min(expectedVersion, trail.size()), trail.size());
    String doc = json.write(order);
    return db.autocommit("update order " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement(updateSql)) {
        int i = 1;
        ps.setString(i++, order.status().name());
        ps.setLong(i++, order.version());
        ps.setObject(i++, now());
        ps.setString(i++, doc);
        ps.setString(i++, id);
        ps.setLong(i++, expectedVersion);
        bindEvents(c, ps, i, events);
        List<OutboxEntry> written = entries(ps, events, expectedVersion);
        if (!written.isEmpty()) {
          return written;
        }
      }
      Optional<Stored> current = find(c, order.id());
      if (current.isEmpty()) {
        throw new OrderNotFoundException(id);
      }
      if (current.get().version == order.version() && current.get().order.equals(order)) {
        return pendingOf(c, id, expectedVersion, order.version());
      }
      throw new ConcurrentUpdateException("order " + id, expectedVersion, current.get().version);
    });
  }

  private void bindEvents(Connection c, PreparedStatement ps, int from, List<RecordedEvent> events)
      throws SQLException {
    Long[] sequences = new Long[events.size()];
    String[] docs = new String[events.size()];
    for (int k = 0; k < docs.length; k++) {
      sequences[k] = events.get(k).sequence();
      docs[k] = json.write(events.get(k));
    }
    Array seq = c.createArrayOf("bigint", sequences);
    Array ev = c.createArrayOf("text", docs);
    ps.setArray(from, seq);
    ps.setArray(from + 1, ev);
  }

  /** The outbox entries a write returned, matched to its events by sequence. */
  private static List<OutboxEntry> entries(PreparedStatement ps, List<RecordedEvent> events, long firstSequence)
      throws SQLException {
    List<OutboxEntry> written = new ArrayList<>(events.size());
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long position = rs.getLong(1);
        long sequence = rs.getLong(2);
        written.add(new OutboxEntry(position, events.get((int) (sequence - firstSequence - 1))));
      }
    }
    written.sort((a, b) -> Long.compare(a.position(), b.position()));
    return written;
  }

  private List<OutboxEntry> pendingOf(Connection c, String orderId, long after, long upTo) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(pendingOfOrderSql)) {
      ps.setString(1, orderId);
      ps.setLong(2, after);
      ps.setLong(3, upTo);
      return readEntries(ps);
    }
  }

  // ---------------------------------------------------------------- reads

  private record Stored(Order order, long version) {}

  @Override
  public Optional<Order> find(OrderId id) {
    requireNonNull(id, "id");
    return db.autocommit("find order " + id, c -> find(c, id)).map(Stored::order);
  }

  private Optional<Stored> find(Connection c, OrderId id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(selectByIdSql)) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Stored(json.readOrder(rs.getString(1)), rs.getLong(2)))
            : Optional.empty();
      }
    }
  }

  @Override
  public Optional<Order> findByExternalId(SalesChannel channel, String externalOrderId) {
    requireNonNull(channel, "channel");
    requireNonNull(externalOrderId, "externalOrderId");
    return db.autocommit("find order " + channel + "/" + externalOrderId,
        c -> findByExternalId(c, channel, externalOrderId));
  }

  private Optional<Order> findByExternalId(Connection c, SalesChannel channel, String externalOrderId)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(selectByKeySql)) {
      ps.setString(1, channel.value());
      ps.setString(2, externalOrderId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(json.readOrder(rs.getString(1))) : Optional.empty();
      }
    }
  }

  @Override
  public List<Order> findByStatus(OrderStatus status) {
    requireNonNull(status, "status");
    return db.autocommit("find orders " + status, c -> {
      try (PreparedStatement ps = c.prepareStatement(selectByStatusSql)) {
        ps.setString(1, status.name());
        return readOrders(ps);
      }
    });
  }

  /** {@inheritDoc} From the index on (status, created_at, created_nanos, id). */
  @Override
  public List<Order> findByStatus(OrderStatus status, CreationOrder order, int limit) {
    requireNonNull(status, "status");
    requireNonNull(order, "order");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    String sql = order == CreationOrder.OLDEST_FIRST ? oldestByStatusSql : newestByStatusSql;
    return db.autocommit("find orders " + status, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, status.name());
        ps.setInt(2, limit);
        return readOrders(ps);
      }
    });
  }

  private List<Order> readOrders(PreparedStatement ps) throws SQLException {
    List<Order> found = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        found.add(json.readOrder(rs.getString(1)));
      }
    }
    return found;
  }

  @Override
  public long count() {
    return db.autocommit("count orders", c -> {
      try (PreparedStatement ps = c.prepareStatement(countSql); ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  // ---------------------------------------------------------------- outbox

  /** {@inheritDoc} A plain read: entries another instance is delivering are included. */
  @Override
  public List<OutboxEntry> pendingEvents(long afterPosition, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    if (max == 0) {
      return List.of();
    }
    return db.autocommit("read outbox", c -> {
      try (PreparedStatement ps = c.prepareStatement(pendingSql)) {
        ps.setLong(1, afterPosition);
        ps.setInt(2, max);
        return readEntries(ps);
      }
    });
  }

  private List<OutboxEntry> readEntries(PreparedStatement ps) throws SQLException {
    List<OutboxEntry> entries = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        entries.add(new OutboxEntry(rs.getLong(1), json.readEvent(rs.getString(2))));
      }
    }
    return entries;
  }

  @Override
  public void acknowledge(Collection<Long> positions) {
    requireNonNull(positions, "positions");
    if (positions.isEmpty()) {
      return;
    }
    Long[] array = positions.toArray(new Long[0]);
    db.autocommit("acknowledge outbox entries", c -> {
      try (PreparedStatement ps = c.prepareStatement(acknowledgeSql)) {
        ps.setArray(1, c.createArrayOf("bigint", array));
        return ps.executeUpdate();
      }
    });
  }

  /**
   * Claims up to {@code max} of the oldest undelivered outbox entries, hands them to {@code delivery} and removes
   * them when it returns, all in one transaction. Entries other drainers (in this or another process) hold are
   * skipped ({@code FOR UPDATE SKIP LOCKED}), and so is every entry of an order whose earlier entry another drainer
   * holds, so each order's events are delivered in sequence. If {@code delivery} throws, or the process dies, the
   * claim is rolled back and the entries are delivered again later: at least once, in order per order.
   *
   * @param max the largest batch
   * @param delivery receives the batch, oldest first; throws to leave it in the outbox
   * @return the number of entries delivered and removed
   * @throws IllegalArgumentException if {@code max} is not positive
   */
  public int drain(int max, Consumer<List<OutboxEntry>> delivery) {
    return drain(max, Duration.ZERO, delivery);
  }

  /**
   * Like {@link #drain(int, Consumer)}, but leaves entries younger than {@code minAge} (by the database's clock)
   * alone: with {@link org.oms4j.core.OrderManagement} delivering new events to its listeners itself, a background
   * drainer with a grace period of a few seconds only picks up what a failed listener or a crashed instance left,
   * instead of racing the inline delivery (which is allowed, at least once, but doubles the deliveries).
   *
   * @throws IllegalArgumentException if {@code max} is not positive or {@code minAge} is negative
   */
  public int drain(int max, Duration minAge, Consumer<List<OutboxEntry>> delivery) {
    if (max <= 0) {
      throw new IllegalArgumentException("max must be positive: " + max);
    }
    requireNonNull(minAge, "minAge");
    if (minAge.isNegative()) {
      throw new IllegalArgumentException("minAge must not be negative: " + minAge);
    }
    requireNonNull(delivery, "delivery");
    double seconds = minAge.toNanos() / 1e9;
    return db.transaction("drain outbox", c -> {
      List<OutboxEntry> batch;
      try (PreparedStatement ps = c.prepareStatement(claimSql)) {
        ps.setDouble(1, seconds);
        ps.setObject(2, now());
        ps.setInt(3, max);
        batch = inOrder(c, ps);
      }
      if (batch.isEmpty()) {
        return 0;
      }
      delivery.accept(batch);
      try (PreparedStatement ps = c.prepareStatement(acknowledgeSql)) {
        ps.setArray(1, c.createArrayOf("bigint", positions(batch)));
        ps.executeUpdate();
      }
      return batch.size();
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction: the claimable rows are locked with {@code FOR UPDATE SKIP LOCKED} (so a concurrent claimer
   * skips them, and then finds them leased), trimmed to each order's leading entries, and leased with {@code
   * claimed_by} and {@code lease_until}. Times are the caller's, so instances sharing the tables need clocks that
   * agree to well within a lease.
   */
  @Override
  public List<OutboxEntry> claim(ConsumerId consumer, int max, Instant now, Duration lease) {
    requireNonNull(consumer, "consumer");
    requireNonNull(now, "now");
    requireNonNull(lease, "lease");
    if (max <= 0) {
      throw new IllegalArgumentException("max must be positive: " + max);
    }
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive: " + lease);
    }
    return db.transaction("claim outbox entries for " + consumer, c -> {
      List<OutboxEntry> batch;
      try (PreparedStatement ps = c.prepareStatement(claimLeasedSql)) {
        ps.setObject(1, Codec.timestamp(now));
        ps.setInt(2, max);
        batch = inOrder(c, ps);
      }
      if (!batch.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement(leaseSql)) {
          ps.setString(1, consumer.value());
          ps.setObject(2, Codec.timestamp(now.plus(lease)));
          ps.setArray(3, c.createArrayOf("bigint", positions(batch)));
          ps.executeUpdate();
        }
      }
      return batch;
    });
  }

  @Override
  public int acknowledge(ConsumerId consumer, Collection<Long> positions) {
    requireNonNull(consumer, "consumer");
    requireNonNull(positions, "positions");
    if (positions.isEmpty()) {
      return 0;
    }
    Long[] array = positions.toArray(new Long[0]);
    return db.autocommit("acknowledge outbox entries of " + consumer, c -> {
      try (PreparedStatement ps = c.prepareStatement(acknowledgeHeldSql)) {
        ps.setArray(1, c.createArrayOf("bigint", array));
        ps.setString(2, consumer.value());
        return ps.executeUpdate();
      }
    });
  }

  /**
   * Runs a query that locks outbox rows (position, order id, event; oldest first) and keeps, per order, only the
   * entries up to the first of its pending entries the query did not return: those another transaction locks or
   * another consumer leases. Oldest first.
   */
  private List<OutboxEntry> inOrder(Connection c, PreparedStatement claim) throws SQLException {
    Map<String, List<OutboxEntry>> claimed = new LinkedHashMap<>();
    try (ResultSet rs = claim.executeQuery()) {
      while (rs.next()) {
        claimed.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
            .add(new OutboxEntry(rs.getLong(1), json.readEvent(rs.getString(3))));
      }
    }
    if (claimed.isEmpty()) {
      return List.of();
    }
    Map<String, List<Long>> pendingByOrder = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(headsSql)) {
      ps.setArray(1, c.createArrayOf("text", claimed.keySet().toArray(new String[0])));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          pendingByOrder.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
        }
      }
    }
    List<OutboxEntry> batch = new ArrayList<>();
    for (Map.Entry<String, List<OutboxEntry>> e : claimed.entrySet()) {
      List<Long> pending = pendingByOrder.getOrDefault(e.getKey(), List.of());
      List<OutboxEntry> mine = e.getValue();
      for (int k = 0; k < mine.size() && k < pending.size() && pending.get(k) == mine.get(k).position(); k++) {
        batch.add(mine.get(k));
      }
    }
    batch.sort((a, b) -> Long.compare(a.position(), b.position()));
    return List.copyOf(batch);
  }

  private static Long[] positions(List<OutboxEntry> entries) {
    Long[] positions = new Long[entries.size()];
    for (int k = 0; k < positions.length; k++) {
      positions[k] = entries.get(k).position();
    }
    return positions;
  }

  // ---------------------------------------------------------------- helpers

  private OffsetDateTime now() {
    return Codec.timestamp(clock.instant());
  }
}
