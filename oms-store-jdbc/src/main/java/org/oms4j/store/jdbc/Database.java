package org.oms4j.store.jdbc;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.oms4j.core.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs units of work on connections from the host's {@link DataSource}: in autocommit (one statement, one
 * transaction), in a READ COMMITTED transaction, or on a REPEATABLE READ read-only snapshot. Serialization failures
 * and deadlocks are retried with exponential backoff and jitter; {@link SQLException}s that remain are translated
 * into oms4j's exceptions. The connection's autocommit flag is restored before it goes back to the host's pool.
 */
final class Database {
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  private static final Pattern QUOTED_CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");

  /** A unit of work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Thrown by work to have the whole transaction rolled back and run again (a race it lost, such as a new key). */
  static final class Retry extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Retry(String why) {
      super(why, null, false, false);
    }
  }

  private final DataSource dataSource;
  private final String schema;
  private final int maxAttempts;
  private final Duration baseBackoff;
  private final Duration maxBackoff;

  Database(DataSource dataSource, String schema, int maxAttempts, Duration baseBackoff, Duration maxBackoff) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.maxAttempts = maxAttempts;
    this.baseBackoff = baseBackoff;
    this.maxBackoff = maxBackoff;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** {@code sql} with every {@code {s}} replaced by the quoted schema name. */
  String sql(String sql) {
    return sql.replace("{s}", '"' + schema + '"');
  }

  /** Runs work in autocommit mode: each statement is its own transaction. Retried on serialization failures. */
  <T> T autocommit(String what, Work<T> work) {
    return run(what, work, Mode.AUTOCOMMIT);
  }

  /** Runs work in one READ COMMITTED transaction, retried as a whole on serialization failures and deadlocks. */
  <T> T transaction(String what, Work<T> work) {
    return run(what, work, Mode.READ_COMMITTED);
  }

  /** Runs work on one REPEATABLE READ, read-only snapshot. */
  <T> T snapshot(String what, Work<T> work) {
    return run(what, work, Mode.SNAPSHOT);
  }

  private enum Mode {
    AUTOCOMMIT,
    READ_COMMITTED,
    SNAPSHOT
  }

  private <T> T run(String what, Work<T> work, Mode mode) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work, mode);
      } catch (Retry r) {
        if (attempt >= maxAttempts) {
          throw new StoreUnavailableException(what + ": gave up after " + attempt + " attempts (" + r.getMessage()
              + ")", false, r);
        }
        backoff(what, attempt);
      } catch (Failure f) {
        SQLException e = f.sql;
        if (retryable(e) && attempt < maxAttempts) {
          log.debug("{}: {} (SQL state {}), attempt {} of {}", what, e.getMessage(), e.getSQLState(), attempt,
              maxAttempts);
          backoff(what, attempt);
          continue;
        }
        throw translate(what, e, f.duringCommit, attempt);
      }
    }
  }

  /** An {@link SQLException} and whether it struck while committing. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final transient SQLException sql;
    final boolean duringCommit;

    Failure(SQLException sql, boolean duringCommit) {
      super(null, null, false, false);
      this.sql = sql;
      this.duringCommit = duringCommit;
    }
  }

  private <T> T once(Work<T> work, Mode mode) throws Failure {
    Connection c;
    try {
      c = dataSource.getConnection();
    } catch (SQLException e) {
      throw new Failure(e, false);
    }
    boolean committing = false;
    boolean restoreAutocommit = false;
    boolean original = true;
    try {
      original = c.getAutoCommit();
      boolean wanted = mode == Mode.AUTOCOMMIT;
      if (original != wanted) {
        c.setAutoCommit(wanted);
        restoreAutocommit = true;
      }
      if (mode == Mode.AUTOCOMMIT) {
        committing = true; // each statement commits as it runs: a connection lost while one runs may have written
        return work.run(c);
      }
      T result;
      try {
        if (mode == Mode.SNAPSHOT) {
          try (var st = c.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
          }
        }
        result = work.run(c);
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(c);
        throw e;
      }
      committing = true;
      c.commit();
      return result;
    } catch (SQLException e) {
      throw new Failure(e, committing);
    } finally {
      if (restoreAutocommit) {
        try {
          c.setAutoCommit(original);
        } catch (SQLException e) {
          log.debug("could not restore autocommit", e);
        }
      }
      try {
        c.close();
      } catch (SQLException e) {
        log.debug("could not close connection", e);
      }
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      if (!c.isClosed()) {
        c.rollback();
      }
    } catch (SQLException e) {
      log.debug("rollback failed", e);
    }
  }

  private void backoff(String what, int attempt) {
    long cap = Math.min(maxBackoff.toNanos(), baseBackoff.toNanos() << Math.min(attempt - 1, 20));
    long nanos = ThreadLocalRandom.current().nextLong(cap / 2, cap + 1);
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailableException(what + ": interrupted while backing off", false, e);
    }
  }

  /** Serialization failure or deadlock: PostgreSQL rolled the transaction back, so running it again is safe. */
  static boolean retryable(SQLException e) {
    String state = e.getSQLState();
    return "40001".equals(state) || "40P01".equals(state);
  }

  /** Whether the failure is a lost or refused connection or a server going away. */
  static boolean connectionLost(SQLException e) {
    String state = e.getSQLState();
    if (e instanceof SQLTransientConnectionException || e instanceof SQLRecoverableException) {
      return true;
    }
    if (state == null) {
      return false;
    }
    return state.startsWith("08") // connection exception
        || state.equals("57P01") // admin_shutdown
        || state.equals("57P02") // crash_shutdown
        || state.equals("57P03") // cannot_connect_now
        || state.startsWith("53"); // insufficient resources, e.g. too_many_connections
  }

  /** An oms4j exception for a failure that was not retried away. */
  RuntimeException translate(String what, SQLException e, boolean duringCommit, int attempts) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (retryable(e)) {
      return new StoreUnavailableException(what + ": still conflicting after " + attempts + " attempts: "
          + e.getMessage(), false, e);
    }
    if (connectionLost(e)) {
      return new StoreUnavailableException(what + ": database unavailable" + (duringCommit
          ? " while committing; the change may or may not be stored" : "; nothing was written") + ": "
          + e.getMessage(), duringCommit, e);
    }
    if (state.startsWith("23") || state.startsWith("22")) {
      String constraint = constraintOf(e).orElse(state);
      return new StoreConstraintException(what + " refused by the database (" + constraint + "); nothing was "
          + "written: " + e.getMessage(), constraint, e);
    }
    return new StoreFailureException(what + " failed (SQL state " + state + "); nothing was written: "
        + e.getMessage(), e);
  }

  /** The violated constraint's name: from the PostgreSQL driver's error fields if present, else from the text. */
  static java.util.Optional<String> constraintOf(SQLException e) {
    try {
      Method m = e.getClass().getMethod("getServerErrorMessage");
      Object details = m.invoke(e);
      if (details != null) {
        Object name = details.getClass().getMethod("getConstraint").invoke(details);
        if (name instanceof String && !((String) name).isEmpty()) {
          return java.util.Optional.of((String) name);
        }
      }
    } catch (ReflectiveOperationException | RuntimeException ignored) {
      // not the PostgreSQL driver: fall back to the message
    }
    Matcher m = QUOTED_CONSTRAINT.matcher(String.valueOf(e.getMessage()));
    return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
  }
}
