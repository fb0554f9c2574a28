package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
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
 * Real drivers under the agent, in one app JVM: H2 in memory, PostgreSQL (pgjdbc) and MariaDB
 * (mariadb-java-client) on this machine, each straight from the driver, through HikariCP, through
 * Tomcat JDBC, through a {@code java.lang.reflect.Proxy} layer over HikariCP, and H2 through its own
 * {@code JdbcConnectionPool}, 16 threads at once. Every (system, operation, collection, error type)
 * count is exact: pool proxies, wrapper layers and driver-internal calls count once, a batch once, a
 * syntax error and a duplicate key carry the driver's exception class. Then readiness: {@code db} absent before any JDBC, DOWN while a pool
 * points at a closed port, UP once that port answers (a forwarder to PostgreSQL).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Map<String, String> SYSTEMS = Map.of("h2", "h2database", "postgresql", "postgresql", "mariadb", "mariadb");
  private static final int THREADS = 16;
  private static final int ROUNDS = 25;

  private AppProcess app;
  private String control;
  private String agent;

  /** The JDK the app runs on; {@link JdbcJdk25IT} runs the same tests on JDK 25. */
  Jdk jdk() {
    return Jdk.JDK17;
  }

  @BeforeAll
  void start() {
    ControlledApp started = ControlledApp.start(AppProcess.builder("jdbc", "io.obs.it.jdbc.JdbcApp").jdk(jdk())
        .property("obs.health.serving.enabled", false), "jdbc app ready", TIMEOUT);
    app = started.process;
    control = started.control;
    agent = started.agent;
  }

  @AfterAll
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  @Order(1)
  void dbCheckIsAbsentUntilTheAppUsesJdbc() {
    HttpResponse<String> ready = Http.get(agent + "/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertNull(HealthJson.check(ready.body(), "db"), ready.body());
  }

  @ParameterizedTest(name = "{0} pool={1}")
  @Order(2)
  @CsvSource({"h2, none", "h2, hikari", "h2, tomcat", "h2, h2pool", "h2, proxy",
      "postgresql, none", "postgresql, hikari", "postgresql, tomcat", "postgresql, proxy",
      "mariadb, none", "mariadb, hikari", "mariadb, tomcat", "mariadb, proxy"})
  void exactCountsFromSixteenThreads(String db, String pool) {
    HttpResponse<String> run = Http.get(control + "/run?db=" + db + "&pool=" + pool + "&threads=" + THREADS + "&rounds=" + ROUNDS);
    assertEquals(200, run.statusCode(), db + " unreachable? " + run.body() + "\n" + app.output());
    Map<String, Long> expected = new TreeMap<>();
    for (String line : run.body().split("\n")) {
      int space = line.lastIndexOf(' ');
      expected.put(line.substring(0, space), Long.parseLong(line.substring(space + 1)));
    }
    String table = "it_" + db + "_" + pool;
    assertEquals((long) THREADS * ROUNDS, expected.get("SELECT|" + table + "|"));
    assertEquals(expected, seen(Scrape.of(agent + "/metrics"), SYSTEMS.get(db), table), app.output());
    if (db.equals("postgresql")) {
      assertEquals(1L, expected.get("INSERT|" + table + "|org.postgresql.util.PSQLException"));
    }
    assertEquals(0.0, Scrape.of(agent + "/metrics").sum("obs_agent_errors_total"));
  }

  /** The recorded counts of one table: "operation|collection|error_type" → count; all of system {@code system}. */
  private static Map<String, Long> seen(Scrape scrape, String system, String table) {
    Map<String, Long> counts = new TreeMap<>();
    for (Scrape.Sample s : scrape.samples("db_client_operation_duration_seconds_count")) {
      if (table.equals(s.labels.get("db_collection_name"))) {
        assertEquals(system, s.labels.get("db_system_name"), s.toString());
        counts.put(s.labels.get("db_operation_name") + "|" + table + "|" + s.labels.get("error_type"), (long) s.value);
      }
    }
    return counts;
  }

  @Test
  @Order(3)
  void dbCheckGoesDownWhileThePoolCannotConnectAndUpWhenItCan() throws IOException {
    int port = Ports.free();
    assertEquals("6", Http.get(control + "/borrow?port=" + port + "&attempts=6").body().trim());
    Poll.until(TIMEOUT, "readiness DOWN with db DOWN", () -> {
      HttpResponse<String> r = Http.get(agent + "/health/ready");
      return r.statusCode() == 503 && "DOWN".equals(HealthJson.check(r.body(), "db"));
    });
    HttpResponse<String> down = Http.get(agent + "/health/ready");
    assertTrue(Integer.parseInt(HealthJson.data(down.body(), "db", "connection_failures_in_a_row")) >= 5, down.body());
    assertEquals(0.0, Scrape.of(agent + "/metrics").value("obs_health_check_up", "check", "db", "kind", "readiness"));

    try (Forwarder forwarder = new Forwarder(port, 5432)) {
      Poll.until(TIMEOUT, "a connection through the forwarder", () ->
          "0".equals(Http.get(control + "/borrow?port=" + port + "&attempts=1").body().trim()));
      HttpResponse<String> up = Http.get(agent + "/health/ready");
      assertEquals(200, up.statusCode(), up.body());
      assertEquals("UP", HealthJson.check(up.body(), "db"), up.body());
    }
  }

  /** Forwards a loopback port to another, so a "closed" database port can start to answer. */
  private static final class Forwarder implements AutoCloseable {
    private final ServerSocket server;

    Forwarder(int port, int target) throws IOException {
      server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      Thread accept = new Thread(() -> {
        while (!server.isClosed()) {
          try {
            Socket client = server.accept();
            Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
            pump(client.getInputStream(), upstream.getOutputStream(), upstream);
            pump(upstream.getInputStream(), client.getOutputStream(), client);
          } catch (IOException closed) {
            return;
          }
        }
      }, "forwarder-" + port);
      accept.setDaemon(true);
      accept.start();
    }

    private static void pump(InputStream in, OutputStream out, Socket closeAtEnd) {
      Thread t = new Thread(() -> {
        try (Socket s = closeAtEnd) {
          in.transferTo(out);
        } catch (IOException ignored) {
          // one side went away
        }
      });
      t.setDaemon(true);
      t.start();
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}
