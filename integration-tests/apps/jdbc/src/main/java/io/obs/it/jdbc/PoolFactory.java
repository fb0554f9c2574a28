package io.obs.it.jdbc;

import com.mchange.v2.c3p0.ComboPooledDataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.BasicDataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * One pool of {@code size} connections, {@code timeoutMillis} to wait for one, named {@code name} where the
 * library can; {@code tomcat-over-dbcp2} is a Tomcat JDBC pool whose connections come from a DBCP2 pool,
 * {@code h2pool} H2's {@code JdbcConnectionPool} over pgjdbc's {@code ConnectionPoolDataSource} (PostgreSQL only).
 */
final class PoolFactory {

  private PoolFactory() {}

  static DataSource open(String lib, String url, String user, String name, int size, int timeoutMillis) throws Exception {
    switch (lib) {
      case "hikari": {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(timeoutMillis);
        return new HikariDataSource(config);
      }
      case "dbcp2": {
        BasicDataSource ds = new BasicDataSource();
        ds.setUrl(url);
        ds.setUsername(user);
        ds.setMaxTotal(size);
        ds.setMaxIdle(size);
        ds.setMaxWait(Duration.ofMillis(timeoutMillis));
        return ds;
      }
      case "tomcat-over-dbcp2":
      case "tomcat": {
        PoolProperties p = new PoolProperties();
        if (lib.equals("tomcat")) {
          p.setUrl(url);
          p.setUsername(user);
        } else {
          p.setDataSource(open("dbcp2", url, user, name, size, timeoutMillis));
        }
        p.setName(name);
        p.setMaxActive(size);
        p.setMaxIdle(size);
        p.setMinIdle(0);
        p.setInitialSize(0);
        p.setMaxWait(timeoutMillis);
        org.apache.tomcat.jdbc.pool.DataSource ds = new org.apache.tomcat.jdbc.pool.DataSource(p);
        ds.createPool();
        return ds;
      }
      case "c3p0": {
        ComboPooledDataSource ds = new ComboPooledDataSource();
        ds.setJdbcUrl(url);
        ds.setUser(user);
        ds.setDataSourceName(name);
        ds.setMaxPoolSize(size);
        ds.setMinPoolSize(1);
        ds.setInitialPoolSize(1);
        ds.setCheckoutTimeout(timeoutMillis);
        return ds;
      }
      case "h2pool": {
        PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
        postgres.setURL(url);
        postgres.setUser(user);
        JdbcConnectionPool pool = JdbcConnectionPool.create(postgres);
        pool.setMaxConnections(size);
        pool.setLoginTimeout(Math.max(1, timeoutMillis / 1000));
        return pool;
      }
      default:
        throw new IllegalArgumentException(lib);
    }
  }

  static void close(DataSource ds) throws Exception {
    if (ds instanceof org.apache.tomcat.jdbc.pool.DataSource) {
      ((org.apache.tomcat.jdbc.pool.DataSource) ds).close();
    } else if (ds instanceof JdbcConnectionPool) {
      ((JdbcConnectionPool) ds).dispose();
    } else if (ds instanceof ComboPooledDataSource) {
      ((ComboPooledDataSource) ds).close();
    } else {
      ((AutoCloseable) ds).close();
    }
  }
}
