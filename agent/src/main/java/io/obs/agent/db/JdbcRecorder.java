package io.obs.agent.db;

import io.obs.agent.health.DbCheck;
import io.obs.agent.metrics.DbClientMetrics;
import io.obs.agent.log.OperationEvents;
import io.obs.agent.redact.Redactor;
import io.obs.agent.trace.DbSpans;
import io.obs.agent.trace.Tracing;
import io.obs.agent.util.WeakIdentityMap;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns what JDBC advice reports into {@code db_client_operation_duration_seconds}, DB spans,
 * slow-query events and the {@code db} readiness check. The SQL of a prepared statement is captured
 * where the statement is made ({@code Connection.prepareStatement/prepareCall}) and kept, scanned and
 * sanitised, against the statement in a weak identity map, together with its {@link DbTarget};
 * executing it then costs one map read. The target is read once per connection from
 * {@code getMetaData().getURL()}, which no driver answers with a round trip (the system from the
 * connection's class when it is a driver's own, else from the URL).
 */
public final class JdbcRecorder {

  private static final int MAX_STATEMENTS = 50_000;
  private static final int MAX_CONNECTIONS = 10_000;
  private static final int MAX_SQL_TEXTS = 2_000;
  private static final int MAX_URLS = 100;

  /** What is known of one statement object. */
  private static final class StatementInfo {
    final DbTarget target;
    final SqlShape shape;

    StatementInfo(DbTarget target, SqlShape shape) {
      this.target = target;
      this.shape = shape;
    }
  }

  private final WeakIdentityMap<StatementInfo> statements = new WeakIdentityMap<>(MAX_STATEMENTS);
  private final WeakIdentityMap<DbTarget> connections = new WeakIdentityMap<>(MAX_CONNECTIONS);
  /** Parsed targets by URL, for connections of a known driver class and for the others (pool proxies), so
   * that an app opening a connection per request parses its URL once. */
  private final ConcurrentHashMap<String, DbTarget> driverTargets = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, DbTarget> urlTargets = new ConcurrentHashMap<>();
  private final SqlShapes shapes = new SqlShapes(MAX_SQL_TEXTS);
  private final DbClientMetrics metrics;
  private final DbCheck health;
  private final Tracing tracing;
  private final OperationEvents events;
  private final Redactor redactor;

  /** @param health the readiness check, or null when it is switched off */
  public JdbcRecorder(DbClientMetrics metrics, DbCheck health, Tracing tracing, OperationEvents events, Redactor redactor) {
    this.metrics = metrics;
    this.health = health;
    this.tracing = tracing;
    this.events = events;
    this.redactor = redactor;
  }

  /** {@code connection.prepareStatement(sql..)} or {@code prepareCall} returned {@code statement}. */
  public void prepared(Object connection, Object statement, String sql) {
    if (statement != null) {
      statements.put(statement, new StatementInfo(target(connection), shapes.of(sql)));
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
      info = new StatementInfo(targetOfStatement(statement), SqlShape.UNKNOWN);
      statements.put(statement, info);
    }
    SqlShape shape = sql != null ? shapes.of(sql) : info.shape;
    if (batch) {
      shape = shape.batch();
    }
    long now = tracing.nowEpochNanos();
    Span span = DbSpans.start(tracing, info.target, shape, now, durationNanos);
    try (Scope exemplar = span.isRecording() ? span.makeCurrent() : null) {
      metrics.record(info.target.system(), shape, error, durationNanos);
    }
    events.queryEnded(span.getSpanContext(), info.target, shape, error, durationNanos);
    DbSpans.end(span, redactor, error, now);
    outcome(error);
  }

  /**
   * A statement or connection was closed. Forgetting it now keeps the weak keys from outliving it:
   * otherwise every one made since the last collection is copied by it (an app opening a connection
   * per request made the young pauses ten times longer).
   */
  public void closed(Object closed) {
    if (statements.remove(closed) == null) {
      connections.remove(closed);
    }
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

  DbTarget target(Object connection) {
    DbTarget target = connections.get(connection);
    if (target == null) {
      target = parsed(DbSystem.fromClassName(connection.getClass().getName()), url(connection));
      connections.put(connection, target);
    }
    return target;
  }

  private DbTarget parsed(DbSystem system, String url) {
    if (url == null) {
      return DbTarget.of(system, null);
    }
    ConcurrentHashMap<String, DbTarget> cache = system == null ? urlTargets : driverTargets;
    DbTarget target = cache.get(url);
    if (target == null || system != null && target.system() != system) {
      target = DbTarget.of(system, url);
      if (cache.size() < MAX_URLS) {
        cache.put(url, target);
      }
    }
    return target;
  }

  private DbTarget targetOfStatement(Object statement) {
    try {
      Connection connection = ((Statement) statement).getConnection();
      return connection == null ? DbTarget.UNKNOWN : target(connection);
    } catch (Throwable t) {
      return DbTarget.UNKNOWN;
    }
  }

  private static String url(Object connection) {
    try {
      return ((Connection) connection).getMetaData().getURL();
    } catch (Throwable brokenOrUnsupported) {
      return null;
    }
  }
}
