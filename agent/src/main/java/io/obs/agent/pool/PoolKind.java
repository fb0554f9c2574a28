package io.obs.agent.pool;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The pool libraries: which woven classes are theirs, where each gauge is read (a {@link MemberPath}
 * on the pool object the advice sees), the pool's own name, and what a checkout timeout throws.
 * A gauge the library does not have is absent, and so is its series.
 */
enum PoolKind {
  HIKARI("hikari", Set.of("com.zaxxer.hikari.pool.PoolBase", "com.zaxxer.hikari.pool.HikariPool"),
      "config.getPoolName", Set.of("java.sql.SQLTransientConnectionException"),
      "getActiveConnections", "getIdleConnections", "config.getMaximumPoolSize", null, "config.getMinimumIdle",
      "getThreadsAwaitingConnection"),
  DBCP2("dbcp2", Set.of("org.apache.commons.dbcp2.BasicDataSource"),
      "getJmxName", Set.of("java.util.NoSuchElementException"),
      "getNumActive", "getNumIdle", "getMaxTotal", "getMaxIdle", "getMinIdle", "connectionPool.getNumWaiters"),
  TOMCAT("tomcat", Set.of("org.apache.tomcat.jdbc.pool.ConnectionPool"),
      "getPoolProperties.getName", Set.of("org.apache.tomcat.jdbc.pool.PoolExhaustedException"),
      "getActive", "getIdle", "getPoolProperties.getMaxActive", "getPoolProperties.getMaxIdle",
      "getPoolProperties.getMinIdle", "getWaitCount"),
  C3P0("c3p0", Set.of("com.mchange.v2.c3p0.impl.AbstractPoolBackedDataSource"),
      "getDataSourceName", Set.of("com.mchange.v2.resourcepool.TimeoutException"),
      "getNumBusyConnectionsDefaultUser", "getNumIdleConnectionsDefaultUser", "getMaxPoolSize", null, "getMinPoolSize",
      "getNumThreadsAwaitingCheckoutDefaultUser"),
  /** H2's {@code JdbcConnectionPool}: no name, no waiter count, and its login timeout throws what a broken connection does. */
  H2("h2", Set.of("org.h2.jdbcx.JdbcConnectionPool"), null, Set.of(),
      "getActiveConnections", "recycledConnections.size", "getMaxConnections", null, null, null);

  private static final int MAX_CAUSES = 8;
  private static final MemberPath C3P0_IDENTITY = new MemberPath("getIdentityToken");

  private final String prefix;
  private final Set<String> classNames;
  private final MemberPath name;
  private final Set<String> timeouts;
  private final Map<PoolGauge, MemberPath> gauges = new EnumMap<>(PoolGauge.class);

  /** @param gaugePaths in {@link PoolGauge} order (used, idle, max, idle max, idle min, pending); null: none */
  PoolKind(String prefix, Set<String> classNames, String name, Set<String> timeouts, String... gaugePaths) {
    this.prefix = prefix;
    this.classNames = classNames;
    this.name = name == null ? null : new MemberPath(name);
    this.timeouts = timeouts;
    PoolGauge[] all = PoolGauge.values();
    for (int i = 0; i < all.length; i++) {
      if (gaugePaths[i] != null) {
        gauges.put(all[i], new MemberPath(gaugePaths[i]));
      }
    }
  }

  /** The kind whose woven class is {@code className}, or null. */
  static PoolKind of(String className) {
    for (PoolKind kind : values()) {
      if (kind.classNames.contains(className)) {
        return kind;
      }
    }
    return null;
  }

  /** Prefix of generated pool names ({@code hikari-1}). */
  String prefix() {
    return prefix;
  }

  /** Where {@code gauge} is read, or null when this library has no such value. */
  MemberPath gauge(PoolGauge gauge) {
    return gauges.get(gauge);
  }

  /**
   * The name the application gave the pool, or null: Tomcat's and c3p0's made-up defaults
   * ({@code Tomcat Connection Pool[1-1234]}, c3p0's identity token) are not names anyone chose.
   */
  String configuredName(Object pool) {
    if (name == null) {
      return null;
    }
    try {
      Object value = name.read(pool);
      String text = value == null ? "" : value.toString().trim();
      if (text.isEmpty() || this == TOMCAT && text.startsWith("Tomcat Connection Pool[")
          || this == C3P0 && text.equals(String.valueOf(C3P0_IDENTITY.read(pool)))) {
        return null;
      }
      return text;
    } catch (Throwable t) {
      return null;
    }
  }

  /** Whether a checkout timeout can be told from other failures ({@link #isTimeout}); else no timeout series. */
  boolean countsTimeouts() {
    return !timeouts.isEmpty();
  }

  /** Whether {@code error}, thrown by a checkout, is this library's "no connection within the timeout". */
  boolean isTimeout(Throwable error) {
    Throwable t = error;
    for (int i = 0; i < MAX_CAUSES && t != null; i++) {
      if (timeouts.contains(t.getClass().getName())) {
        return true;
      }
      t = t.getCause();
    }
    return false;
  }
}
