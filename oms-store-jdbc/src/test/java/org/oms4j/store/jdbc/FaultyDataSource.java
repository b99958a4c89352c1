package org.oms4j.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wraps a DataSource and breaks the connection at the n-th statement execution (or commit) after {@link
 * #failAt(int)}: the real connection is closed, as when the server or the network goes away, and the call throws
 * SQL state 08006. After {@link #loseReplyAt(int)} the n-th execution or commit goes through first, and then the
 * connection breaks before its reply arrives.
 */
final class FaultyDataSource implements DataSource {
  private final DataSource delegate;
  private final AtomicInteger countdown = new AtomicInteger(-1);
  private volatile boolean afterCall;
  private volatile boolean fired;

  FaultyDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /** Breaks the connection at the {@code n}-th execution or commit from now (1 = the next); 0 disarms. */
  void failAt(int n) {
    arm(n, false);
  }

  /** Lets the {@code n}-th execution or commit from now run, then breaks the connection (1 = the next); 0 disarms. */
  void loseReplyAt(int n) {
    arm(n, true);
  }

  private void arm(int n, boolean after) {
    afterCall = after;
    fired = false;
    countdown.set(n == 0 ? -1 : n);
  }

  /** Whether the armed fault has struck. */
  boolean fired() {
    return fired;
  }

  /** Runs a call on the real connection, breaking the connection before or after it when the countdown ends. */
  private Object call(Connection raw, Callable<Object> call) throws Throwable {
    boolean strike = countdown.get() > 0 && countdown.decrementAndGet() == 0;
    if (strike && !afterCall) {
      fail(raw);
    }
    Object result;
    try {
      result = call.call();
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (strike) {
      fail(raw);
    }
    return result;
  }

  private void fail(Connection raw) throws SQLException {
    fired = true;
    raw.close();
    throw new SQLException("An I/O error occurred while sending to the backend (injected)", "08006");
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection raw = delegate.getConnection();
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result;
          if (method.getName().equals("commit")) {
            result = call(raw, () -> method.invoke(raw, args));
          } else {
            try {
              result = method.invoke(raw, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }
          if (result instanceof PreparedStatement ps) {
            return statement(raw, ps);
          }
          return result;
        });
  }

  private PreparedStatement statement(Connection raw, PreparedStatement ps) {
    return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
          if (method.getName().startsWith("execute")) {
            return call(raw, () -> method.invoke(ps, args));
          }
          try {
            return method.invoke(ps, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
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
