package io.obs.agent.bootstrap;

/**
 * What the agent runtime does for the connection-pool advice (HikariCP, DBCP2, Tomcat JDBC, c3p0).
 * No-ops here; the runtime installs a subclass through {@link PoolBridge#install}. Pools are passed
 * as plain objects and identified by the binary name of the pool class the advice was woven into.
 */
public class PoolHooks {

  /** A pool of class {@code type} was made (its configuration is final from now on), or is in use. */
  public void started(Object pool, String type) {}

  /** The pool was closed: its series disappear. */
  public void closed(Object pool) {}

  /** An outermost checkout from {@code pool} starts: its start time, never {@link CallDepth#NESTED}. */
  public long waitStart(Object pool) {
    return 1;
  }

  /**
   * That checkout returned a connection ({@code error} null) or threw {@code error}; {@code type} is
   * the pool class woven, so a pool first seen here (made before the agent was ready) is picked up.
   */
  public void waitEnd(Object pool, String type, long startNanos, Throwable error) {}

  /** The pool opened a new physical connection, or failed to. */
  public void created(Object pool, long startNanos, Throwable error) {}

  /** A connection borrowed at {@code borrowedAt} (the pool's own clock) went back to {@code pool}. */
  public void returned(Object pool, long borrowedAt) {}
}
