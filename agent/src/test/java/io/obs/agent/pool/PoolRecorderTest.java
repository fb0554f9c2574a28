package io.obs.agent.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PoolRecorderTest {

  private final PrometheusRegistry prometheus = new PrometheusRegistry();
  private final PoolRegistry registry = new PoolRegistry(new PoolMetrics(prometheus));
  private final PoolRecorder recorder = new PoolRecorder(registry);
  /** The registry holds pools weakly: the tests hold theirs until they end. */
  private final List<Object> pools = new ArrayList<>();

  PoolRecorderTest() {
    PoolMetrics.registerGauges(prometheus, registry);
  }

  @Test
  void aHikariPoolGivesTheSeriesItHasAndNoOthers() throws IOException {
    recorder.started(held(new FakePools.Hikari("orders")), FakePools.HIKARI);
    assertEquals(List.of(
        "db_client_connection_count{db_client_connection_pool_name=\"orders\",db_client_connection_state=\"idle\"} 7.0",
        "db_client_connection_count{db_client_connection_pool_name=\"orders\",db_client_connection_state=\"used\"} 3.0",
        "db_client_connection_idle_min{db_client_connection_pool_name=\"orders\"} 2.0",
        "db_client_connection_max{db_client_connection_pool_name=\"orders\"} 10.0",
        "db_client_connection_pending_requests{db_client_connection_pool_name=\"orders\"} 4.0",
        "db_client_connection_timeouts_total{db_client_connection_pool_name=\"orders\"} 0.0"), samples());
  }

  @Test
  void checkoutsAreTimedTimeoutsCountedOtherFailuresIgnored() throws IOException {
    FakePools.Hikari pool = held(new FakePools.Hikari("p"));
    recorder.started(pool, FakePools.HIKARI);
    recorder.waitEnd(pool, FakePools.HIKARI, recorder.waitStart(pool), null);
    recorder.waitEnd(pool, FakePools.HIKARI, recorder.waitStart(pool), null);
    recorder.waitEnd(pool, FakePools.HIKARI, recorder.waitStart(pool), new SQLTransientConnectionException("timeout"));
    recorder.waitEnd(pool, FakePools.HIKARI, recorder.waitStart(pool), new SQLException("broken"));
    recorder.created(pool, System.nanoTime(), null);
    recorder.created(pool, System.nanoTime(), new SQLException("refused"));
    recorder.returned(pool, System.nanoTime());
    String text = text();
    assertTrue(text.contains("db_client_connection_wait_time_seconds_count{db_client_connection_pool_name=\"p\"} 2\n"), text);
    assertTrue(text.contains("db_client_connection_timeouts_total{db_client_connection_pool_name=\"p\"} 1.0\n"), text);
    assertTrue(text.contains("db_client_connection_create_time_seconds_count{db_client_connection_pool_name=\"p\"} 1\n"), text);
    assertTrue(text.contains("db_client_connection_use_time_seconds_count{db_client_connection_pool_name=\"p\"} 1\n"), text);
    assertTrue(text.contains("db_client_connection_wait_time_seconds_bucket{db_client_connection_pool_name=\"p\",le=\"5.0E-4\"}"), text);
  }

  @Test
  void aClosedPoolDisappears() throws IOException {
    FakePools.Hikari pool = held(new FakePools.Hikari("gone"));
    recorder.started(pool, FakePools.HIKARI);
    recorder.waitEnd(pool, FakePools.HIKARI, recorder.waitStart(pool), null);
    recorder.closed(pool);
    assertEquals(List.of(), samples());
    recorder.waitEnd(pool, FakePools.HIKARI, recorder.waitStart(pool), new SQLException("pool is closed"));
    assertEquals(List.of(), samples());
  }

  @Test
  void aPoolWithoutAStartHookIsPickedUpByItsFirstSuccessfulCheckout() throws IOException {
    FakePools.Dbcp2 pool = held(new FakePools.Dbcp2(null));
    recorder.waitEnd(pool, FakePools.DBCP2, recorder.waitStart(pool), new NoSuchElementException("Timeout waiting"));
    assertEquals(List.of(), samples());
    recorder.waitEnd(pool, FakePools.DBCP2, recorder.waitStart(pool), null);
    recorder.waitEnd(pool, FakePools.DBCP2, recorder.waitStart(pool), new SQLException("x", new NoSuchElementException()));
    assertEquals(List.of(
        "db_client_connection_count{db_client_connection_pool_name=\"dbcp2-1\",db_client_connection_state=\"idle\"} 0.0",
        "db_client_connection_count{db_client_connection_pool_name=\"dbcp2-1\",db_client_connection_state=\"used\"} 5.0",
        "db_client_connection_idle_max{db_client_connection_pool_name=\"dbcp2-1\"} 8.0",
        "db_client_connection_idle_min{db_client_connection_pool_name=\"dbcp2-1\"} 0.0",
        "db_client_connection_max{db_client_connection_pool_name=\"dbcp2-1\"} 5.0",
        "db_client_connection_pending_requests{db_client_connection_pool_name=\"dbcp2-1\"} 1.0",
        "db_client_connection_timeouts_total{db_client_connection_pool_name=\"dbcp2-1\"} 1.0",
        "db_client_connection_wait_time_seconds_count{db_client_connection_pool_name=\"dbcp2-1\"} 1"), samples());
  }

  @Test
  void anH2PoolHasNoNameNoWaiterCountAndNoTimeoutSeries() throws IOException {
    FakePools.H2 pool = held(new FakePools.H2());
    recorder.waitEnd(pool, FakePools.H2, recorder.waitStart(pool), null);
    recorder.waitEnd(pool, FakePools.H2, recorder.waitStart(pool), new SQLException("Login timeout"));
    assertEquals(List.of(
        "db_client_connection_count{db_client_connection_pool_name=\"h2-1\",db_client_connection_state=\"idle\"} 2.0",
        "db_client_connection_count{db_client_connection_pool_name=\"h2-1\",db_client_connection_state=\"used\"} 1.0",
        "db_client_connection_max{db_client_connection_pool_name=\"h2-1\"} 3.0",
        "db_client_connection_wait_time_seconds_count{db_client_connection_pool_name=\"h2-1\"} 1"), samples());
  }

  @Test
  void namesAreTheConfiguredOnesMadeUniqueElseGenerated() {
    assertEquals("dbcp2-1", registry.register(held(new FakePools.Dbcp2(null)), PoolKind.DBCP2).name);
    assertEquals("main", registry.register(held(new FakePools.Dbcp2("main")), PoolKind.DBCP2).name);
    assertEquals("main-dbcp2-3", registry.register(held(new FakePools.Dbcp2("main")), PoolKind.DBCP2).name);
    assertEquals("tomcat-1", registry.register(held(new FakePools.Tomcat("Tomcat Connection Pool[1-12345]")), PoolKind.TOMCAT).name);
    assertEquals("reports", registry.register(held(new FakePools.Tomcat("reports")), PoolKind.TOMCAT).name);
  }

  @Test
  void aGetterThatThrowsLeavesOutThatSeriesOnly() throws IOException {
    recorder.started(held(new FakePools.Tomcat("t")), FakePools.TOMCAT);
    assertEquals(List.of(
        "db_client_connection_count{db_client_connection_pool_name=\"t\",db_client_connection_state=\"idle\"} 2.0",
        "db_client_connection_timeouts_total{db_client_connection_pool_name=\"t\"} 0.0"), samples());
  }

  @Test
  void aCollectedPoolDisappears() throws Exception {
    recorder.started(new FakePools.Hikari("dropped"), FakePools.HIKARI);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!registry.live().isEmpty() && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(10);
    }
    assertEquals(List.of(), samples());
  }

  @Test
  void poolsAreBounded() {
    for (int i = 0; i < PoolRegistry.MAX_POOLS + 5; i++) {
      recorder.started(held(new FakePools.Hikari("p" + i)), FakePools.HIKARI);
    }
    assertEquals(PoolRegistry.MAX_POOLS, registry.live().size());
  }

  private <T> T held(T pool) {
    pools.add(pool);
    return pool;
  }

  private List<String> samples() throws IOException {
    return Arrays.stream(text().split("\n")).filter(l -> l.startsWith("db_client_connection_") && !l.contains("_bucket")
        && !l.contains("_sum")).sorted().collect(Collectors.toList());
  }

  private String text() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, prometheus.scrape());
    return out.toString(StandardCharsets.UTF_8);
  }
}
