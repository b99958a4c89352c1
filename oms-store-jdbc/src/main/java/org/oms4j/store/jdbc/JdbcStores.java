package org.oms4j.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL stores of oms4j over a {@link DataSource} the host supplies (pooled, with the PostgreSQL JDBC
 * driver): {@link #orderStore()} and {@link #inventoryStore()}, sharing one schema. Build with {@link #builder()}:
 *
 * <pre>{@code
 * JdbcStores stores = JdbcStores.builder().dataSource(pool).migrateOnStart(true).build();
 * OrderManagement oms = OrderManagement.builder()
 *     .store(stores.orderStore())
 *     .inventory(Inventory.builder().store(stores.inventoryStore()).build())
 *     .build();
 * }</pre>
 *
 * <p>Schema: the tables live in their own schema ({@code oms4j} unless {@link Builder#schema(String)} names
 * another), created by the Flyway migrations under {@value #MIGRATIONS_LOCATION}. Run them on start with {@link
 * Builder#migrateOnStart(boolean)}, call {@link #migrate()}, or let the host's own Flyway run that location with
 * the schema as its default schema. Thread-safe; create one per DataSource and share it.
 */
public final class JdbcStores {
  /** Where the migrations are on the class path, in Flyway's notation. */
  public static final String MIGRATIONS_LOCATION = "classpath:db/migration/oms4j";

  private static final Logger log = LoggerFactory.getLogger(JdbcStores.class);
  private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private final Database db;
  private final String schema;
  private final JdbcOrderStore orderStore;
  private final JdbcInventoryStore inventoryStore;

  private JdbcStores(Builder b) {
    this.schema = b.schema;
    this.db = new Database(b.dataSource, b.schema, b.maxAttempts, b.baseBackoff, b.maxBackoff);
    this.orderStore = new JdbcOrderStore(db, b.clock);
    this.inventoryStore = new JdbcInventoryStore(db);
  }

  /** A builder; {@link Builder#dataSource(DataSource)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The order store. */
  public JdbcOrderStore orderStore() {
    return orderStore;
  }

  /** The inventory store. */
  public JdbcInventoryStore inventoryStore() {
    return inventoryStore;
  }

  /** The schema the tables are in. */
  public String schema() {
    return schema;
  }

  /**
   * Brings the schema up to date with Flyway, creating it if needed. Safe to call from several instances at once:
   * Flyway serialises them with a PostgreSQL advisory lock.
   *
   * @return how many migrations ran
   * @throws StoreFailureException if a migration fails
   */
  public int migrate() {
    try {
      MigrateResult result = Flyway.configure(JdbcStores.class.getClassLoader())
          .dataSource(db.dataSource())
          .schemas(schema)
          .defaultSchema(schema)
          .locations(MIGRATIONS_LOCATION)
          .load()
          .migrate();
      if (result.migrationsExecuted > 0) {
        log.info("oms4j schema {} migrated to version {} ({} migrations run)", schema, result.targetSchemaVersion,
            result.migrationsExecuted);
      } else {
        log.debug("oms4j schema {} is up to date", schema);
      }
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreFailureException("migrating schema " + schema + " failed: " + e.getMessage(), e);
    }
  }

  /** Builds {@link JdbcStores}. */
  public static final class Builder {
    private DataSource dataSource;
    private String schema = "oms4j";
    private boolean migrateOnStart;
    private Clock clock = Clock.systemUTC();
    private int maxAttempts = 10;
    private Duration baseBackoff = Duration.ofMillis(2);
    private Duration maxBackoff = Duration.ofMillis(200);

    private Builder() {}

    /** The host's DataSource; required. It should pool connections, as every store call takes one. */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * The schema of the tables (default {@code oms4j}).
     *
     * @throws IllegalArgumentException unless it is a lower-case SQL identifier of at most 63 characters
     */
    public Builder schema(String schema) {
      requireNonNull(schema, "schema");
      if (!SCHEMA_NAME.matcher(schema).matches()) {
        throw new IllegalArgumentException("schema must match " + SCHEMA_NAME + ": " + schema);
      }
      this.schema = schema;
      return this;
    }

    /** Whether {@link #build()} runs the migrations (default false: the host runs them). */
    public Builder migrateOnStart(boolean migrate) {
      this.migrateOnStart = migrate;
      return this;
    }

    /**
     * The clock for the orders table's {@code updated_at} column; the UTC system clock unless set. Outbox entries
     * are stamped by the database's clock.
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How often a transaction is attempted when PostgreSQL reports a serialization failure or deadlock (default
     * 10), with exponential backoff and jitter between attempts.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * The backoff before the second attempt and its upper bound (defaults 2 ms and 200 ms); it doubles per attempt.
     *
     * @throws IllegalArgumentException if either is not positive or the first exceeds the second
     */
    public Builder backoff(Duration first, Duration max) {
      requireNonNull(first, "first");
      requireNonNull(max, "max");
      if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
        throw new IllegalArgumentException("backoff must be positive and first <= max: " + first + ", " + max);
      }
      this.baseBackoff = first;
      this.maxBackoff = max;
      return this;
    }

    /**
     * The stores, after running the migrations if {@link #migrateOnStart(boolean)} is set.
     *
     * @throws IllegalStateException if no DataSource was set
     * @throws StoreFailureException if a migration fails
     */
    public JdbcStores build() {
      if (dataSource == null) {
        throw new IllegalStateException("dataSource is required");
      }
      JdbcStores stores = new JdbcStores(this);
      if (migrateOnStart) {
        stores.migrate();
      }
      return stores;
    }
  }
}
