package io.obs.agent.pool;

/** Objects shaped like the pools' own classes where the agent reads them (names of members only). */
final class FakePools {

  private FakePools() {}

  static final String HIKARI = "com.zaxxer.hikari.pool.HikariPool";
  static final String DBCP2 = "org.apache.commons.dbcp2.BasicDataSource";
  static final String TOMCAT = "org.apache.tomcat.jdbc.pool.ConnectionPool";
  static final String H2 = "org.h2.jdbcx.JdbcConnectionPool";

  /** H2: {@code JdbcConnectionPool} with its queue of idle connections. */
  static final class H2 {
    private final java.util.Queue<Object> recycledConnections = new java.util.concurrent.ConcurrentLinkedQueue<>(
        java.util.List.of("a", "b"));

    public int getActiveConnections() {
      return 1;
    }

    public int getMaxConnections() {
      return 3;
    }
  }

  /** HikariCP: {@code HikariPool} with its {@code config}. */
  static final class Hikari {
    static final class Config {
      private final String poolName;

      Config(String poolName) {
        this.poolName = poolName;
      }

      public String getPoolName() {
        return poolName;
      }

      public int getMaximumPoolSize() {
        return 10;
      }

      public int getMinimumIdle() {
        return 2;
      }
    }

    final Config config;
    volatile int active = 3;

    Hikari(String poolName) {
      config = new Config(poolName);
    }

    public int getActiveConnections() {
      return active;
    }

    public int getIdleConnections() {
      return 7;
    }

    public int getThreadsAwaitingConnection() {
      return 4;
    }
  }

  /** DBCP2: {@code BasicDataSource} and its commons-pool {@code connectionPool}. */
  static class Dbcp2 {
    static final class Pool {
      public int getNumWaiters() {
        return 1;
      }
    }

    private final String jmxName;
    private final Pool connectionPool = new Pool();

    Dbcp2(String jmxName) {
      this.jmxName = jmxName;
    }

    public String getJmxName() {
      return jmxName;
    }

    public int getNumActive() {
      return 5;
    }

    public int getNumIdle() {
      return 0;
    }

    public synchronized int getMaxTotal() {
      return 5;
    }

    public synchronized int getMaxIdle() {
      return 8;
    }

    public synchronized int getMinIdle() {
      return 0;
    }
  }

  /** Tomcat JDBC: {@code ConnectionPool} and its {@code PoolProperties}. */
  static final class Tomcat {
    static final class Properties {
      private final String name;

      Properties(String name) {
        this.name = name;
      }

      public String getName() {
        return name;
      }
    }

    private final Properties properties;

    Tomcat(String name) {
      properties = new Properties(name);
    }

    public Properties getPoolProperties() {
      return properties;
    }

    public int getActive() {
      throw new IllegalStateException("closing");
    }

    public int getIdle() {
      return 2;
    }
  }
}
