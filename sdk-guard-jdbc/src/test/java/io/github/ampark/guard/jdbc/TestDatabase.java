package io.github.ampark.guard.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The database the tests run on: the real PostgreSQL named by {@code AMPARK_TEST_PG_URL} (with
 * {@code AMPARK_TEST_PG_USER} / {@code AMPARK_TEST_PG_PASSWORD}; {@code .ci/run} starts one), or,
 * for a quick local run without one, H2 in PostgreSQL mode. In CI ({@code CI=true}) a missing
 * server fails the tests instead.
 */
final class TestDatabase {
  static final String URL_VARIABLE = "AMPARK_TEST_PG_URL";

  private static TestDatabase instance;

  final String url;
  final boolean realPostgres;
  final PooledDataSource dataSource;

  private TestDatabase(String url, String user, String password, boolean realPostgres) {
    this.url = url;
    this.realPostgres = realPostgres;
    this.dataSource = new PooledDataSource(url, user, password);
  }

  static synchronized TestDatabase get() {
    if (instance == null) {
      String url = System.getenv(URL_VARIABLE);
      TestDatabase db;
      if (url != null && !url.isEmpty()) {
        db = new TestDatabase(url, System.getenv("AMPARK_TEST_PG_USER"), System.getenv("AMPARK_TEST_PG_PASSWORD"), true);
      } else if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true but " + URL_VARIABLE
            + " is not set: .ci/run must start PostgreSQL (.ci/services) before the build");
      } else {
        System.err.println("[sdk-guard-jdbc tests] " + URL_VARIABLE
            + " not set: using H2 in PostgreSQL mode (run `bash .ci/services start` for the real server)");
        db = new TestDatabase("jdbc:h2:mem:ampark-guard;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "", false);
      }
      db.runScript(JdbcDuplicateGuard.ddl()); // the shipped DDL, as a user would run it
      instance = db;
    }
    return instance;
  }

  void runScript(String script) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      StringBuilder sql = new StringBuilder();
      for (String line : script.split("\n")) {
        int comment = line.indexOf("--");
        sql.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
      }
      for (String statement : sql.toString().split(";")) {
        if (!statement.trim().isEmpty()) {
          s.execute(statement);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not run the DDL on " + url, e);
    }
  }

  /** A small connection pool (no pool library in the tests): connections are reused, never shared. */
  static class PooledDataSource implements DataSource {
    private final String url;
    private final String user;
    private final String password;
    private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();

    PooledDataSource(String url, String user, String password) {
      this.url = url;
      this.user = user;
      this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection real = idle.pollFirst();
      if (real == null) {
        real = DriverManager.getConnection(url, user, password);
      }
      Connection r = real;
      boolean[] closed = {false};
      InvocationHandler h = (proxy, method, args) -> {
        switch (method.getName()) {
          case "close":
            if (!closed[0]) {
              closed[0] = true;
              idle.offerFirst(r);
            }
            return null;
          case "isClosed":
            return closed[0] || r.isClosed();
          default:
            if (closed[0]) {
              throw new SQLException("connection returned to the pool");
            }
            try {
              return method.invoke(r, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
        }
      };
      return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
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
}
