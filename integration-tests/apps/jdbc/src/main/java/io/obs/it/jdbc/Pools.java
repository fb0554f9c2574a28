package io.obs.it.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Where a workload's connections come from: the driver itself ({@code none}), HikariCP, Tomcat JDBC,
 * H2's own {@code JdbcConnectionPool}, or {@code proxy}: a {@link Proxy} layer over HikariCP, the
 * way logging and tracing wrappers (p6spy, datasource-proxy) sit between an application and its pool,
 * whose every DataSource, Connection and Statement is a proxy of the one below.
 */
final class Pools {

  /** A source of connections that is closed after the workload. */
  interface Source extends Workload.Connections, AutoCloseable {
    @Override
    void close();
  }

  /** The JDBC types the {@code proxy} layer wraps wherever a call returns one. */
  private static final List<Class<?>> WRAPPED = List.of(DataSource.class, Connection.class, Statement.class,
      PreparedStatement.class, CallableStatement.class);

  private Pools() {}

  static Source open(String kind, String url, String user, int size) {
    switch (kind) {
      case "none":
        return source(() -> DriverManager.getConnection(url, user, ""), () -> { });
      case "hikari": {
        HikariDataSource pool = hikari(url, user, size, 30_000);
        return source(pool::getConnection, pool::close);
      }
      case "tomcat": {
        org.apache.tomcat.jdbc.pool.DataSource pool = tomcat(url, user, size);
        return source(pool::getConnection, pool::close);
      }
      case "h2pool": {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, user, "");
        pool.setMaxConnections(size);
        return source(pool::getConnection, pool::dispose);
      }
      case "proxy": {
        HikariDataSource pool = hikari(url, user, size, 30_000);
        DataSource proxy = wrap(DataSource.class, pool);
        return source(proxy::getConnection, pool::close);
      }
      default:
        throw new IllegalArgumentException("pool " + kind);
    }
  }

  static HikariDataSource hikari(String url, String user, int size, long timeoutMillis) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword("");
    config.setMaximumPoolSize(size);
    config.setConnectionTimeout(timeoutMillis);
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }

  private static org.apache.tomcat.jdbc.pool.DataSource tomcat(String url, String user, int size) {
    PoolProperties config = new PoolProperties();
    config.setUrl(url);
    config.setDriverClassName(DriverManager.drivers().filter(d -> accepts(d, url)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no driver for " + url)).getClass().getName());
    config.setUsername(user);
    config.setPassword("");
    config.setMaxActive(size);
    config.setMaxIdle(size);
    config.setInitialSize(0);
    config.setMaxWait(30_000);
    return new org.apache.tomcat.jdbc.pool.DataSource(config);
  }

  private static boolean accepts(java.sql.Driver driver, String url) {
    try {
      return driver.acceptsURL(url);
    } catch (SQLException e) {
      return false;
    }
  }

  private static Source source(Workload.Connections opener, Runnable closer) {
    return new Source() {
      @Override
      public Connection get() throws SQLException {
        return opener.get();
      }

      @Override
      public void close() {
        closer.run();
      }
    };
  }

  private static <T> T wrap(Class<T> type, Object target) {
    return type.cast(Proxy.newProxyInstance(Pools.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return result != null && WRAPPED.contains(method.getReturnType()) ? wrap(method.getReturnType(), result) : result;
    }));
  }
}
