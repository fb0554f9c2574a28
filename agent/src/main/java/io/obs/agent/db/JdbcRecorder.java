package io.obs.agent.db;

import io.obs.agent.health.DbCheck;
import io.obs.agent.metrics.DbClientMetrics;
import io.obs.agent.util.WeakIdentityMap;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Turns what JDBC advice reports into {@code db_client_operation_duration_seconds} and the
 * {@code db} readiness check. The SQL of a prepared statement is captured where the statement is
 * made ({@code Connection.prepareStatement/prepareCall}) and kept, scanned, against the statement
 * in a weak identity map, together with its database system; executing it then costs one map read.
 * The system is read once per connection: from the connection's class when it is a driver's own,
 * else (a pool's proxy) from {@code getMetaData().getURL()}, which no driver answers with a round trip.
 */
public final class JdbcRecorder {

  private static final int MAX_STATEMENTS = 50_000;
  private static final int MAX_CONNECTIONS = 10_000;
  private static final int MAX_SQL_TEXTS = 2_000;

  /** What is known of one statement object. */
  private static final class StatementInfo {
    final DbSystem system;
    final SqlShape shape;

    StatementInfo(DbSystem system, SqlShape shape) {
      this.system = system;
      this.shape = shape;
    }
  }

  private final WeakIdentityMap<StatementInfo> statements = new WeakIdentityMap<>(MAX_STATEMENTS);
  private final WeakIdentityMap<DbSystem> connections = new WeakIdentityMap<>(MAX_CONNECTIONS);
  private final SqlShapes shapes = new SqlShapes(MAX_SQL_TEXTS);
  private final DbClientMetrics metrics;
  private final DbCheck health;

  /** @param health the readiness check, or null when it is switched off */
  public JdbcRecorder(DbClientMetrics metrics, DbCheck health) {
    this.metrics = metrics;
    this.health = health;
  }

  /** {@code connection.prepareStatement(sql..)} or {@code prepareCall} returned {@code statement}. */
  public void prepared(Object connection, Object statement, String sql) {
    if (statement != null) {
      statements.put(statement, new StatementInfo(system(connection), shapes.of(sql)));
    }
  }

  /**
   * One outermost execution finished.
   *
   * @param sql the SQL argument, null for a prepared statement's own SQL
   * @param batch executeBatch or executeLargeBatch
   * @param error what it threw, or null
   */
  public void executed(long durationNanos, Object statement, String sql, boolean batch, Throwable error) {
    StatementInfo info = statements.get(statement);
    if (info == null) { // made before the agent was ready, or by createStatement()
      info = new StatementInfo(systemOfStatement(statement), SqlShape.UNKNOWN);
      statements.put(statement, info);
    }
    SqlShape shape = sql != null ? shapes.of(sql) : info.shape;
    metrics.record(info.system, batch ? shape.batch() : shape, error, durationNanos);
    outcome(error);
  }

  /** A connection was opened or borrowed ({@code Driver.connect}, {@code DataSource.getConnection}). */
  public void connected(Throwable error) {
    outcome(error);
  }

  private void outcome(Throwable error) {
    if (health != null) {
      health.outcome(error);
    }
  }

  DbSystem system(Object connection) {
    DbSystem system = DbSystem.fromClassName(connection.getClass().getName());
    if (system == null) {
      system = connections.get(connection);
      if (system == null) {
        system = systemFromUrl(connection);
        connections.put(connection, system);
      }
    }
    return system;
  }

  private DbSystem systemOfStatement(Object statement) {
    try {
      Connection connection = ((Statement) statement).getConnection();
      return connection == null ? DbSystem.OTHER : system(connection);
    } catch (Throwable t) {
      return DbSystem.OTHER;
    }
  }

  private static DbSystem systemFromUrl(Object connection) {
    try {
      return DbSystem.fromUrl(((Connection) connection).getMetaData().getURL());
    } catch (Throwable brokenOrUnsupported) {
      return DbSystem.OTHER;
    }
  }
}
