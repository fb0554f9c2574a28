package io.obs.agent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.obs.agent.db.DbSystem;
import io.obs.agent.db.SqlShape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DbClientMetricsTest {

  private static final long MS = 1_000_000;
  private static final SqlShape SELECT_USERS = new SqlShape("SELECT", "users");

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final AgentMetrics agentMetrics = new AgentMetrics(registry, new PrintStream(OutputStream.nullOutputStream()));

  private DbClientMetrics metrics(int limit) {
    return new DbClientMetrics(registry, new CardinalityGuard(limit, agentMetrics.overflowCounter(DbClientMetrics.DURATION)), false);
  }

  @Test
  void labelsAndErrorType() {
    DbClientMetrics metrics = metrics(100);
    metrics.record(DbSystem.POSTGRESQL, SELECT_USERS, null, 2 * MS);
    metrics.record(DbSystem.POSTGRESQL, new SqlShape("SELECT", "users"), null, 2 * MS);
    metrics.record(DbSystem.H2, SELECT_USERS, new SQLSyntaxErrorException(), 2 * MS);
    metrics.record(DbSystem.OTHER, SqlShape.UNKNOWN, null, 2 * MS);
    assertEquals(Map.of(
        "postgresql|SELECT|users|", 2L,
        "h2database|SELECT|users|java.sql.SQLSyntaxErrorException", 1L,
        "other_sql|||", 1L), DbCounts.of(registry));
  }

  @Test
  void exactBuckets() {
    DbClientMetrics metrics = metrics(100);
    metrics.record(DbSystem.MARIADB, SELECT_USERS, null, 7 * MS);
    List<String> lines = Scrape.lines(registry, "db_client_operation_duration_seconds_bucket");
    String[] bounds = {"0.001", "0.005", "0.01", "0.05", "0.1", "0.5", "1.0", "5.0", "10.0", "+Inf"};
    assertEquals(bounds.length, lines.size(), lines.toString());
    for (int i = 0; i < bounds.length; i++) {
      String expected = "db_client_operation_duration_seconds_bucket{db_collection_name=\"users\",db_operation_name=\"SELECT\","
          + "db_system_name=\"mariadb\",error_type=\"\",le=\"" + bounds[i] + "\"} " + (i < 2 ? 0 : 1);
      assertEquals(expected, lines.get(i));
    }
  }

  @Test
  void newLabelSetsPastTheLimitFoldIntoOther() {
    DbClientMetrics metrics = metrics(2);
    metrics.record(DbSystem.H2, new SqlShape("SELECT", "a"), null, MS);
    metrics.record(DbSystem.H2, new SqlShape("SELECT", "b"), null, MS);
    metrics.record(DbSystem.H2, new SqlShape("SELECT", "c"), null, MS);
    metrics.record(DbSystem.H2, new SqlShape("SELECT", "d"), null, MS);
    metrics.record(DbSystem.H2, new SqlShape("SELECT", "a"), null, MS);
    assertEquals(Map.of("h2database|SELECT|a|", 2L, "h2database|SELECT|b|", 1L, "h2database|_OTHER|_OTHER|", 2L),
        DbCounts.of(registry));
    assertEquals(List.of("obs_agent_metric_overflow_total{metric=\"db_client_operation_duration_seconds\"} 2.0"),
        Scrape.lines(registry, "obs_agent_metric_overflow_total"));
  }

  @Test
  void concurrentRecordingCountsExactly() throws InterruptedException {
    DbClientMetrics metrics = metrics(1000);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    for (int t = 0; t < 16; t++) {
      int thread = t;
      pool.execute(() -> {
        for (int i = 0; i < 1000; i++) {
          metrics.record(DbSystem.values()[i % 3], new SqlShape("INSERT", "t" + (i % 5)),
              thread % 2 == 0 ? null : new IllegalStateException(), MS);
        }
      });
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    Map<String, Long> counts = DbCounts.of(registry);
    assertEquals(30, counts.size());
    assertEquals(16_000L, counts.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(8L * 67, counts.get("postgresql|INSERT|t0|").longValue()); // i % 15 == 0: 67 of 1000
  }
}
