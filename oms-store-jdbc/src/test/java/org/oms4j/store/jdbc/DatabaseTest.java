package org.oms4j.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.oms4j.core.StoreUnavailableException;
import org.oms4j.core.inventory.InsufficientStockException;

/** Retries, backoff and the translation of driver failures into typed exceptions, on a scripted connection. */
class DatabaseTest {
  /** Connections that record calls; commit fails with {@code commitFailure} if set. */
  static final class Scripted implements DataSource {
    final List<String> calls = new ArrayList<>();
    SQLException commitFailure;
    boolean autocommit = true;

    @Override
    public Connection getConnection() {
      return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            calls.add(method.getName());
            switch (method.getName()) {
              case "getAutoCommit":
                return autocommit;
              case "setAutoCommit":
                autocommit = (Boolean) args[0];
                return null;
              case "commit":
                if (commitFailure != null) {
                  throw commitFailure;
                }
                return null;
              case "isClosed":
                return false;
              default:
                return null;
            }
          });
    }

    @Override
    public Connection getConnection(String u, String p) {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) {
      return null;
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }

  final Scripted ds = new Scripted();
  final Database db = new Database(ds, "oms4j", 4, Duration.ofMillis(1), Duration.ofMillis(4));

  @Test
  void serializationFailuresAndDeadlocksAreRetriedThenSucceed() {
    AtomicInteger attempts = new AtomicInteger();
    String result = db.transaction("work", c -> {
      int n = attempts.incrementAndGet();
      if (n == 1) {
        throw new SQLException("could not serialize access", "40001");
      }
      if (n == 2) {
        throw new SQLException("deadlock detected", "40P01");
      }
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(attempts).hasValue(3);
    assertThat(ds.calls).filteredOn("rollback"::equals).hasSize(2);
    assertThat(ds.autocommit).isTrue(); // restored for the pool
  }

  @Test
  void aPoolThatHandsOutManualCommitConnectionsGetsThemBackSo() {
    ds.autocommit = false;
    db.autocommit("read", c -> 1);
    assertThat(ds.autocommit).isFalse();
    db.transaction("write", c -> 1);
    assertThat(ds.autocommit).isFalse();
    assertThat(ds.calls).contains("commit");
  }

  @Test
  void persistentConflictsBecomeATransientError() {
    assertThatThrownBy(() -> db.transaction("work", c -> {
      throw new SQLException("deadlock detected", "40P01");
    })).isInstanceOf(StoreUnavailableException.class).hasMessageContaining("4 attempts");
  }

  @Test
  void aLostConnectionBeforeCommitWroteNothing() {
    assertThatThrownBy(() -> db.transaction("work", c -> {
      throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
    })).isInstanceOfSatisfying(StoreUnavailableException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
    assertThat(ds.calls).filteredOn("getAutoCommit"::equals).hasSize(1); // not retried
  }

  @Test
  void aLostConnectionDuringCommitHasAnUnknownOutcome() {
    ds.commitFailure = new SQLException("connection reset", "08006");
    assertThatThrownBy(() -> db.transaction("work", c -> "x"))
        .isInstanceOfSatisfying(StoreUnavailableException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
  }

  @Test
  void constraintAndOtherFailuresAreTyped() {
    assertThatThrownBy(() -> db.autocommit("work", c -> {
      throw new SQLException("new row for relation \"stock_cell\" violates check constraint "
          + "\"stock_cell_not_oversold\"", "23514");
    })).isInstanceOfSatisfying(StoreConstraintException.class,
        e -> assertThat(e.constraint()).isEqualTo("stock_cell_not_oversold"));
    assertThatThrownBy(() -> db.autocommit("work", c -> {
      throw new SQLException("relation \"oms4j.orders\" does not exist", "42P01");
    })).isInstanceOf(StoreFailureException.class).hasMessageContaining("42P01");
  }

  @Test
  void domainFailuresRollBackAndPassThrough() {
    assertThatThrownBy(() -> db.transaction("work", c -> {
      throw new InsufficientStockException("no", List.of());
    })).isInstanceOf(InsufficientStockException.class);
    assertThat(ds.calls).contains("rollback").doesNotContain("commit");
  }

  @Test
  void theSchemaIsQuotedIntoStatements() {
    assertThat(db.sql("SELECT 1 FROM {s}.orders")).isEqualTo("SELECT 1 FROM \"oms4j\".orders");
    assertThatThrownBy(() -> JdbcStores.builder().schema("x; DROP TABLE y"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
