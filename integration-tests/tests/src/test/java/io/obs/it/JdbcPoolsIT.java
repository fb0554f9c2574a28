package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HikariCP, DBCP2, Tomcat JDBC, c3p0 and H2's JdbcConnectionPool on the real PostgreSQL and MariaDB, in one app JVM
 * under the agent with default settings: N connections and 3N concurrent slow queries give exactly
 * N used and pending checkouts (H2's pool cannot say) while they run, 0 used after, one wait-time observation per
 * checkout; a Tomcat JDBC pool over a DBCP2 pool counts each checkout once (the inner one is nested
 * in it) and both pools show; a checkout past the pool's timeout is counted; a closed pool's series are gone; a
 * healthy pool at full load (2N threads of 5 ms queries for 10 s) never makes readiness DOWN.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcPoolsIT {

  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String POOL = "db_client_connection_pool_name";
  private static final int N = 4;
  private static final AtomicInteger DBCP2_POOLS = new AtomicInteger();
  /**
   * promtool's only complaint: its lint reserves "_count" for histograms and summaries, but
   * {@code db_client_connection_count} is what the semantic convention's name becomes in Prometheus.
   */
  private static final String PROMTOOL_COUNT_LINT =
      "db_client_connection_count non-histogram and non-summary metrics should not have \"_count\" suffix";

  private ControlledApp app;

  static ControlledApp startApp(Object... properties) {
    AppProcess.Builder builder = AppProcess.builder("jdbc", "io.obs.it.jdbc.PoolsApp")
        .property("obs.health.serving.enabled", false);
    for (int i = 0; i < properties.length; i += 2) {
      builder.property((String) properties[i], properties[i + 1]);
    }
    return ControlledApp.start(builder, "pools app ready", TIMEOUT);
  }

  @BeforeAll
  void start() {
    app = startApp();
  }

  @AfterAll
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  /** The label value the agent gives the pool: its configured name, for DBCP2 and H2 (without one here) a generated one. */
  static String label(String lib, String name) {
    switch (lib) {
      case "dbcp2":
        return "dbcp2-" + DBCP2_POOLS.incrementAndGet();
      case "h2pool":
        return "h2-1";
      default:
        return name;
    }
  }

  static void ok(ControlledApp app, String path) {
    HttpResponse<String> r = Http.get(app.control + path);
    assertEquals(200, r.statusCode(), path + ": " + r.body() + "\n" + app.process.output());
  }

  static String open(ControlledApp app, String lib, String db, int size, int timeoutMillis) {
    String name = "it-" + lib + "-" + db + "-" + size + "-" + timeoutMillis;
    ok(app, "/open?lib=" + lib + "&db=" + db + "&name=" + name + "&size=" + size + "&timeout=" + timeoutMillis);
    return name;
  }

  static Double gauge(Scrape scrape, String metric, String pool, String... more) {
    String[] labels = new String[2 + more.length];
    labels[0] = POOL;
    labels[1] = pool;
    System.arraycopy(more, 0, labels, 2, more.length);
    return scrape.value(metric, labels);
  }

  static Double used(Scrape scrape, String pool) {
    return gauge(scrape, "db_client_connection_count", pool, "db_client_connection_state", "used");
  }

  @ParameterizedTest(name = "{0} on {1}")
  @Order(1)
  @CsvSource({"hikari, postgresql", "hikari, mariadb", "dbcp2, postgresql", "dbcp2, mariadb", "tomcat, postgresql",
      "c3p0, mariadb", "h2pool, postgresql"})
  void exactlyNUsedAndWaitersWhile3NSlowQueriesRunThenIdle(String lib, String db) {
    boolean countsWaiters = !lib.equals("h2pool");
    String name = open(app, lib, db, N, 30_000);
    String pool = label(lib, name);
    ok(app, "/slow?name=" + name + "&threads=" + 3 * N + "&seconds=2");
    AtomicReference<Scrape> waiting = new AtomicReference<>();
    Poll.until(TIMEOUT, "all " + N + " connections of " + pool + " used and checkouts waiting", () -> {
      waiting.set(Scrape.of(app.agent + "/metrics"));
      Double pending = gauge(waiting.get(), "db_client_connection_pending_requests", pool);
      Double used = used(waiting.get(), pool);
      // H2 counts a waiting caller as active for the instant it tries again, so only the others never pass N
      assertTrue(!countsWaiters || used == null || used <= N, waiting.get().text());
      return (countsWaiters ? pending != null && pending > 0 : pending == null) && used != null && used == N;
    });
    Scrape busy = waiting.get();
    Promtool.Result lint = Promtool.checkMetrics(busy.text());
    assertEquals(PROMTOOL_COUNT_LINT, lint.output.trim(), lint.toString());
    assertEquals(0.0, gauge(busy, "db_client_connection_count", pool, "db_client_connection_state", "idle"), busy.text());
    assertEquals(N, gauge(busy, "db_client_connection_max", pool), busy.text());
    assertEquals("0", Http.get(app.control + "/await?name=" + name).body());
    Poll.until(TIMEOUT, "every connection of " + pool + " back (c3p0 checks in asynchronously)",
        () -> used(Scrape.of(app.agent + "/metrics"), pool) == 0.0);
    Scrape after = Scrape.of(app.agent + "/metrics");
    assertEquals(countsWaiters ? 0.0 : null, gauge(after, "db_client_connection_pending_requests", pool), after.text());
    assertEquals(3 * N, gauge(after, "db_client_connection_wait_time_seconds_count", pool), after.text());
    assertEquals(countsWaiters ? 0.0 : null, gauge(after, "db_client_connection_timeouts_total", pool), after.text());
    ok(app, "/close?name=" + name);
    Scrape closed = Scrape.of(app.agent + "/metrics");
    assertEquals(List.of(), series(closed, pool), closed.text());
    assertEquals(0.0, closed.sum("obs_agent_errors_total"), closed.text());
  }

  @Test
  @Order(2)
  void aPoolOverAnotherPoolsDataSourceCountsEachCheckoutOnce() {
    String name = open(app, "tomcat-over-dbcp2", "postgresql", N, 30_000);
    String inner = label("dbcp2", name);
    ok(app, "/slow?name=" + name + "&threads=" + 2 * N + "&seconds=1");
    assertEquals("0", Http.get(app.control + "/await?name=" + name).body());
    Scrape scrape = Scrape.of(app.agent + "/metrics");
    assertEquals(2 * N, gauge(scrape, "db_client_connection_wait_time_seconds_count", name), scrape.text());
    assertEquals(N, gauge(scrape, "db_client_connection_count", inner, "db_client_connection_state", "used"), scrape.text());
    assertEquals(null, gauge(scrape, "db_client_connection_wait_time_seconds_count", inner), scrape.text());
    ok(app, "/close?name=" + name);
  }

  @ParameterizedTest(name = "{0}")
  @Order(3)
  @CsvSource({"hikari", "dbcp2", "tomcat", "c3p0"})
  void aCheckoutPastThePoolTimeoutIsCounted(String lib) {
    String name = open(app, lib, "postgresql", 1, 500);
    String pool = label(lib, name);
    HttpResponse<String> r = Http.get(app.control + "/timeout?name=" + name);
    assertTrue(!r.body().equals("no timeout") && r.statusCode() == 200, r.body() + app.process.output());
    Scrape scrape = Scrape.of(app.agent + "/metrics");
    assertEquals(1.0, gauge(scrape, "db_client_connection_timeouts_total", pool), r.body() + "\n" + scrape.text());
    assertEquals(1.0, gauge(scrape, "db_client_connection_wait_time_seconds_count", pool), scrape.text());
    ok(app, "/close?name=" + name);
  }

  @Test
  @Order(4)
  void aHealthyPoolAtFullLoadNeverMakesReadinessDown() {
    String name = open(app, "hikari", "postgresql", N, 30_000);
    ok(app, "/fast?name=" + name + "&threads=" + 2 * N + "&millis=10000&query_ms=5");
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    int probes = 0;
    double mostPending = 0;
    while (System.nanoTime() < end) {
      HttpResponse<String> ready = Http.get(app.agent + "/health/ready");
      assertEquals(200, ready.statusCode(), ready.body());
      assertEquals("UP", HealthJson.check(ready.body(), "db-pool"), ready.body());
      mostPending = Math.max(mostPending, gauge(Scrape.of(app.agent + "/metrics"), "db_client_connection_pending_requests", name));
      probes++;
    }
    assertEquals("0", Http.get(app.control + "/await?name=" + name).body());
    assertTrue(mostPending > 0, "the pool was never saturated; " + probes + " probes");
    ok(app, "/close?name=" + name);
  }

  /** Every db_client_connection_* sample of {@code pool}. */
  static List<String> series(Scrape scrape, String pool) {
    Map<String, Double> found = new TreeMap<>();
    scrape.text().lines().filter(l -> l.startsWith("db_client_connection_") && l.contains("\"" + pool + "\""))
        .forEach(l -> found.put(l, 0.0));
    return List.copyOf(found.keySet());
  }
}
