package io.obs.agent.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.obs.agent.health.DbCheck;
import io.obs.agent.metrics.CardinalityGuard;
import io.obs.agent.metrics.DbClientMetrics;
import io.obs.agent.log.EventLog;
import io.obs.agent.log.OperationEvents;
import io.obs.agent.trace.Tracing;
import io.obs.agent.metrics.DbCounts;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import io.obs.agent.TestRedactor;
import org.junit.jupiter.api.Test;

class JdbcRecorderTest {

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final DbCheck health = new DbCheck(2);
  private final JdbcRecorder recorder = new JdbcRecorder(new DbClientMetrics(registry,
      new CardinalityGuard(100, Counter.builder().name("overflow").register(registry).labelValues()), false), health, Tracing.off(),
      new OperationEvents(EventLog.none(), 500), TestRedactor.standard());
  private final AtomicInteger metadataCalls = new AtomicInteger();

  /** A pool's proxy connection: its class tells nothing, its URL does (or its getMetaData throws). */
  private Connection proxyConnection(String url) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getMetaData")) {
            metadataCalls.incrementAndGet();
            if (url == null) {
              throw new SQLException("not supported");
            }
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DatabaseMetaData.class},
                (p, m, a) -> m.getName().equals("getURL") ? url : null);
          }
          return null;
        });
  }

  private Statement statementOf(Connection connection) {
    return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class},
        (proxy, method, args) -> method.getName().equals("getConnection") ? connection : null);
  }

  @Test
  void preparedSqlIsRememberedPerStatementAndTheSystemPerConnection() {
    Connection connection = proxyConnection("jdbc:postgresql://127.0.0.1/test");
    Object insert = new Object();
    Object select = new Object();
    recorder.prepared(connection, insert, "INSERT INTO orders VALUES (?)");
    recorder.prepared(connection, select, "SELECT * FROM orders");
    for (int i = 0; i < 3; i++) {
      recorder.executed(1000, select, null, false, null);
    }
    recorder.executed(1000, insert, null, true, null);
    recorder.executed(1000, insert, null, false, new SQLException("duplicate", "23505"));
    assertEquals(Map.of(
        "postgresql|SELECT|orders|", 3L,
        "postgresql|BATCH INSERT|orders|", 1L,
        "postgresql|INSERT|orders|java.sql.SQLException", 1L), DbCounts.of(registry));
    assertEquals(1, metadataCalls.get());
  }

  @Test
  void closedStatementsAndConnectionsAreForgotten() {
    Connection connection = proxyConnection("jdbc:postgresql://127.0.0.1/test");
    Statement select = statementOf(connection);
    recorder.prepared(connection, select, "SELECT * FROM orders");
    recorder.executed(1000, select, null, false, null);
    recorder.closed(select);
    recorder.executed(1000, select, null, false, null); // its SQL is forgotten, its connection is not
    assertEquals(1, metadataCalls.get());
    recorder.closed(connection);
    recorder.prepared(connection, new Object(), "SELECT 1");
    assertEquals(2, metadataCalls.get(), "the closed connection's target was looked up again");
    assertEquals(Map.of("postgresql|SELECT|orders|", 1L, "postgresql|||", 1L), DbCounts.of(registry));
  }

  @Test
  void plainStatementsTakeTheSqlArgumentAndFindTheirConnectionOnce() {
    Statement statement = statementOf(proxyConnection("jdbc:mariadb://127.0.0.1/test"));
    recorder.executed(1000, statement, "DELETE FROM carts", false, null);
    recorder.executed(1000, statement, "UPDATE carts SET n = 1", false, null);
    recorder.executed(1000, statement, null, true, null);
    assertEquals(Map.of("mariadb|DELETE|carts|", 1L, "mariadb|UPDATE|carts|", 1L, "mariadb|BATCH||", 1L),
        DbCounts.of(registry));
    assertEquals(1, metadataCalls.get());
  }

  @Test
  void aDriverThatCannotTellIsOtherSql() {
    recorder.prepared(proxyConnection(null), "stmt", "SELECT 1");
    recorder.executed(1000, "stmt", null, false, null);
    recorder.executed(1000, new Object(), "SELECT 2", false, null); // not a Statement at all
    assertEquals(Map.of("other_sql|SELECT||", 2L), DbCounts.of(registry));
  }

  @Test
  void outcomesFeedTheReadinessCheck() {
    SQLException refused = new SQLException("refused", "08001");
    recorder.connected(refused);
    recorder.executed(1000, new Object(), "SELECT 1", false, refused);
    assertFalse(health.check().isUp());
    recorder.connected(null);
    assertEquals(true, health.check().isUp());
  }
}
