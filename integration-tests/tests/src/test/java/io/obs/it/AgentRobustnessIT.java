package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The application always runs, whatever happens to the agent: its port is taken, its configuration
 * is wrong, it is disabled, or the metrics run out of label sets. One container is enough;
 * ServletContainersIT covers the others.
 */
class AgentRobustnessIT {

  private static final Container CONTAINER = Container.JETTY12;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final int DEFAULT_AGENT_PORT = 9464;

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void takenAgentPortIsReportedOnceAndTheAppRunsOn(Jdk jdk) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      int agentPort = taken.getLocalPort();
      int appPort = Ports.free();
      try (AppProcess app = CONTAINER.app(jdk, appPort).property("obs.server.port", agentPort).start()) {
        AppOutput.onFailure(app, () -> {
          app.awaitOutput(Container.STARTED, TIMEOUT);
          app.awaitOutput(AppOutput.STARTED_LINE, TIMEOUT);
          assertServes(appPort);
          // with no endpoint there is no readiness to wait for: classes loaded early are woven a moment later
          Poll.until(TIMEOUT, "the agent measuring requests without its endpoint",
              () -> inspect(appPort).startsWith("measured=true"));
          List<String> lines = AppOutput.agentLines(app, "Address already in use");
          assertEquals(1, lines.size(), "one line about the taken port: " + lines);
          assertTrue(lines.get(0).contains("127.0.0.1:" + agentPort), lines.get(0));
          assertTrue(lines.get(0).contains("obs.server.port"), "says what to change: " + lines.get(0));
        });
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void invalidValuesAreReportedOnceAndTheirDefaultsApply(Jdk jdk) throws Exception {
    int agentPort = Ports.free();
    int appPort = Ports.free();
    // agent arguments outrank system properties: the endpoint is reachable whatever the properties say
    try (AppProcess app = CONTAINER.app(jdk, appPort).agentArgs("obs.server.port=" + agentPort)
        .property("obs.health.heap.threshold", "7")
        .property("obs.metrics.cardinality.limit", "-1")
        .property("obs.sever.port", "1")
        .start()) {
      AppOutput.onFailure(app, () -> {
        String agent = "http://127.0.0.1:" + agentPort;
        awaitReady(app, agent);
        assertReportedOnce(app, "obs.health.heap.threshold", "7", "0.95");
        assertReportedOnce(app, "obs.metrics.cardinality.limit", "-1", "2000");
        List<String> unknown = AppOutput.agentLines(app, "obs.sever.port");
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).contains("unknown"), unknown.get(0));

        String ready = Http.get(agent + "/health/ready").body();
        assertEquals("0.95", HealthJson.data(ready, "heap", "threshold"), ready);
        assertServes(appPort);
        // the default limit (2000), not -1: the route is kept, nothing overflows
        Scrape scrape = Scrape.of(agent + "/metrics");
        assertEquals(Map.of(ServerSeries.of("GET", "/app/plain", 200, ""), 1.0), ServerSeries.counts(scrape));
        assertEquals(0.0, overflow(scrape));
        assertTrue(inspect(appPort).contains("\nobs-agent-"), "the agent's endpoint thread is listed");
      });
    }
  }

  @ParameterizedTest
  @EnumSource(Jdk.class)
  @SuppressWarnings("try") // the held port is never read, only kept busy
  void invalidPortFallsBackToTheDefaultPort(Jdk jdk) throws Exception {
    int appPort = Ports.free();
    // the default port stays busy (ours or someone else's) so the outcome does not depend on the machine
    try (ServerSocket hold = holdIfFree(DEFAULT_AGENT_PORT);
        AppProcess app = CONTAINER.app(jdk, appPort).property("obs.server.port", "abc").start()) {
      AppOutput.onFailure(app, () -> {
        app.awaitOutput(Container.STARTED, TIMEOUT);
        app.awaitOutput(AppOutput.STARTED_LINE, TIMEOUT);
        assertReportedOnce(app, "obs.server.port", "abc", Integer.toString(DEFAULT_AGENT_PORT));
        assertEquals(1, AppOutput.agentLines(app, "cannot serve on 127.0.0.1:" + DEFAULT_AGENT_PORT).size(),
            "the endpoint tried the default port");
        assertServes(appPort);
      });
    }
  }

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void disabledAgentDoesNothing(Jdk jdk) throws Exception {
    int agentPort = Ports.free();
    int appPort = Ports.free();
    try (AppProcess app = CONTAINER.app(jdk, appPort).property("obs.enabled", false)
        .property("obs.server.port", agentPort).start()) {
      AppOutput.onFailure(app, () -> {
        app.awaitOutput(Container.STARTED, TIMEOUT);
        assertServes(appPort);
        List<String> lines = AppOutput.agentLines(app);
        assertEquals(1, lines.size(), "one line, saying the agent is disabled: " + lines);
        assertTrue(lines.get(0).contains("disabled by obs.enabled=false"), lines.get(0));
        String inspect = inspect(appPort);
        assertTrue(inspect.startsWith("measured=false"), "requests are not instrumented");
        assertFalse(inspect.contains("\nobs-agent-"), "no agent thread: " + inspect);
        assertThrows(ConnectException.class, () -> connect(agentPort), "nothing listens on the agent's port");
      });
    }
  }

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void labelSetsBeyondTheLimitFoldIntoOtherAndAreCounted(Jdk jdk) throws Exception {
    int agentPort = Ports.free();
    int appPort = Ports.free();
    try (AppProcess app = CONTAINER.app(jdk, appPort).property("obs.server.port", agentPort)
        .property("obs.metrics.cardinality.limit", 3).start()) {
      AppOutput.onFailure(app, () -> {
        String agent = "http://127.0.0.1:" + agentPort;
        awaitReady(app, agent);
        String base = Container.base(appPort);
        // in order, twice each: the first three label sets (and routes) fill the limit
        send(base, "GET", "/plain", "/plain", "/fail", "/fail", "/generic", "/generic",
            "/users/1", "/users/2", "/throw", "/throw");
        send(base, "FOO", "/plain", "/plain"); // known route, but a new label set
        send(base, "GET", "/plain"); // a label set that fitted keeps counting
        Map<ServerSeries, Double> expected = new TreeMap<>(Map.of(
            ServerSeries.of("GET", "/app/plain", 200, ""), 3.0,
            ServerSeries.of("GET", "/app/fail", 500, "500"), 2.0,
            ServerSeries.of("GET", "/app/generic", 200, ""), 2.0,
            ServerSeries.of("GET", "_OTHER", 200, ""), 2.0,
            ServerSeries.of("GET", "_OTHER", 500, "java.lang.IllegalStateException"), 2.0,
            ServerSeries.of("_OTHER", "_OTHER", 501, "501"), 2.0));
        Scrape scrape = Scrape.of(agent + "/metrics");
        assertEquals(expected, ServerSeries.counts(scrape));
        assertEquals(6.0, overflow(scrape), "every measurement folded into _OTHER");
      });
    }
  }

  /** Ready means every request from now on is measured. */
  private static void awaitReady(AppProcess app, String agent) {
    app.awaitOutput(Container.STARTED, TIMEOUT);
    Poll.until(TIMEOUT, "/health/ready 200", () -> {
      if (!app.isAlive()) {
        throw new AssertionError("the app exited with " + app.process().exitValue());
      }
      return Http.status(agent + "/health/ready") == 200;
    });
  }

  private static void assertServes(int appPort) {
    HttpResponse<String> plain = Http.get(Container.base(appPort) + "/plain");
    assertEquals(200, plain.statusCode());
    assertEquals("plain /plain", plain.body());
  }

  private static String inspect(int appPort) {
    HttpResponse<String> response = Http.get(Container.base(appPort) + "/inspect");
    assertEquals(200, response.statusCode());
    return response.body();
  }

  /** One line naming the key and the bad value, saying what is allowed and the default used instead. */
  private static void assertReportedOnce(AppProcess app, String key, String badValue, String defaultValue) {
    List<String> lines = AppOutput.agentLines(app, key, "\"" + badValue + "\"");
    assertEquals(1, lines.size(), "lines naming " + key + " and \"" + badValue + "\": " + lines);
    String line = lines.get(0);
    assertTrue(line.contains("allowed"), "says what is allowed: " + line);
    assertTrue(line.contains("default " + defaultValue), "names the default: " + line);
  }

  private static void send(String base, String method, String... paths) {
    for (String path : paths) {
      Http.send(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }
  }

  private static Double overflow(Scrape scrape) {
    return scrape.value("obs_agent_metric_overflow_total", "metric", ServerSeries.DURATION);
  }

  private static void connect(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
    }
  }

  /** Binds the port on loopback, or returns null when someone else already has it. */
  private static ServerSocket holdIfFree(int port) {
    try {
      return new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    } catch (IOException taken) {
      return null;
    }
  }
}
