package org.oms4j.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal connection pool for tests and benchmarks (the module ships none: hosts bring theirs). Up to {@code size}
 * connections; a connection handed back is reused unless it was closed by a failure. No validation on borrow, so a
 * connection whose server process was killed fails on its next use, as it would in a pool without a test query.
 */
final class TestPool implements DataSource, AutoCloseable {
  private final String url;
  private final String user;
  private final Semaphore permits;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

  TestPool(String url, String user, int size) {
    this.url = url;
    this.user = user;
    this.permits = new Semaphore(size, true);
  }

  @Override
  public Connection getConnection() throws SQLException {
    try {
      if (!permits.tryAcquire(30, TimeUnit.SECONDS)) {
        throw new SQLException("no connection free within 30 s", "08001");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted", "08001", e);
    }
    try {
      Connection raw = idle.pollFirst();
      if (raw == null || raw.isClosed()) {
        raw = DriverManager.getConnection(url, user, "");
      }
      return wrap(raw);
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  private Connection wrap(Connection raw) {
    boolean[] returned = {false};
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            if (!returned[0]) {
              returned[0] = true;
              giveBack(raw);
            }
            return null;
          }
          if (method.getName().equals("isClosed") && returned[0]) {
            return true;
          }
          try {
            return method.invoke(raw, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private void giveBack(Connection raw) {
    try {
      if (!raw.isClosed()) {
        if (!raw.getAutoCommit()) {
          raw.rollback();
          raw.setAutoCommit(true);
        }
        idle.offerFirst(raw);
      }
    } catch (SQLException e) {
      closeQuietly(raw);
    } finally {
      permits.release();
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // already broken
    }
  }

  @Override
  public void close() {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      closeQuietly(c);
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException();
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
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
