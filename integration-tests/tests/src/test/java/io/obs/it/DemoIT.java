package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo jar ({@code java -jar obs-demo.jar} under the agent, as run-demo.sh runs it): an exact
 * number of requests per route, then exact counts per label set, and promtool on both formats.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoIT {

  private static final String DURATION = "http_server_request_duration_seconds";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final int USERS = 5;
  private static final int MISSING_USERS = 2;
  private static final int ORDERS_POSTED = 3;
  private static final int ORDER_LISTS = 2;
  private static final int CHAINS = 2;
  private static final int SLOW = 2;
  private static final int FAILS = 2;
  /** Every request the servlets see: the index once, each /chain twice (itself and its inner /users/1). */
  private static final int TOTAL = 1 + USERS + MISSING_USERS + ORDERS_POSTED + ORDER_LISTS + 2 * CHAINS + SLOW + FAILS;

  private AppProcess demo;
  private String app;
  private String agent;
  /** Taken once all {@link #TOTAL} requests were recorded. */
  private Scrape scrape;

  @BeforeAll
  void startDemoAndDriveEveryRoute() {
    int appPort = Ports.free();
    int agentPort = Ports.free();
    app = "http://127.0.0.1:" + appPort;
    agent = "http://127.0.0.1:" + agentPort;
    demo = AppProcess.builder("demo", null)
        .jar(Paths.get(System.getProperty("it.demo.jar", "../demo/target/obs-demo.jar")))
        .property("obs.service.name", "demo")
        .property("obs.server.port", agentPort)
        .args(String.valueOf(appPort))
        .start();
    Poll.until(TIMEOUT, "/health/ready = 200", () -> {
      if (!demo.isAlive()) {
        throw new AssertionError("demo exited with " + demo.process().exitValue() + ":\n" + demo.output());
      }
      return Http.status(agent + "/health/ready") == 200;
    });

    expect(200, get("/"));
    for (int i = 0; i < USERS; i++) {
      expect(200, get("/users/" + (1 + i % 3)));
    }
    for (int i = 0; i < MISSING_USERS; i++) {
      expect(404, get("/users/" + (404 + i)));
    }
    for (int i = 0; i < ORDERS_POSTED; i++) {
      expect(201, Http.send(HttpRequest.newBuilder(URI.create(app + "/orders"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("item=book-" + i + "&qty=" + (i + 1))).build()));
    }
    for (int i = 0; i < ORDER_LISTS; i++) {
      assertTrue(expect(200, get("/orders")).contains("\"item\":\"book-" + (ORDERS_POSTED - 1) + "\""));
    }
    for (int i = 0; i < CHAINS; i++) {
      assertTrue(expect(200, get("/chain")).contains("\"status\":200"));
    }
    for (int i = 0; i < SLOW; i++) {
      expect(200, get("/slow?ms=60"));
    }
    for (int i = 0; i < FAILS; i++) {
      expect(500, get("/fail"));
    }
    // a request is recorded on the servlet's way out, which may be after its client saw the response
    Poll.until(TIMEOUT, TOTAL + " recorded requests", () -> {
      scrape = Scrape.of(agent + "/metrics");
      return scrape.sum(DURATION + "_count") >= TOTAL;
    });
  }

  @AfterAll
  void stopDemo() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void printsItsUrlsAndTheIndexListsRoutesAndAgentEndpoint() {
    demo.awaitOutput("metrics: " + agent + "/metrics\n  health:  " + agent + "/health", TIMEOUT);
    demo.awaitOutput("obs-agent 0.1.0-SNAPSHOT: service=demo ", TIMEOUT);
    String index = expect(200, get("/"));
    for (String text : new String[] {"/users/{id}", "/orders", "/chain", "/slow?ms=N", "/fail", agent + "/metrics", agent + "/health"}) {
      assertTrue(index.contains(text), "index lacks " + text + ":\n" + index);
    }
  }

  @Test
  void countsEveryRequestUnderItsRouteTemplate() {
    assertEquals(TOTAL, scrape.sum(DURATION + "_count"), scrape.text());
    assertCount(1, "GET", "/", "200", "");
    assertCount(USERS + CHAINS, "GET", "/users/*", "200", ""); // + the inner request of each /chain
    assertCount(MISSING_USERS, "GET", "/users/*", "404", "");
    assertCount(ORDERS_POSTED, "POST", "/orders", "201", "");
    assertCount(ORDER_LISTS, "GET", "/orders", "200", "");
    assertCount(CHAINS, "GET", "/chain", "200", "");
    assertCount(SLOW, "GET", "/slow", "200", "");
    assertCount(FAILS, "GET", "/fail", "500", "java.lang.IllegalStateException");
    Set<String> routes = new TreeSet<>();
    scrape.samples(DURATION + "_count").forEach(s -> routes.add(s.labels.get("http_route")));
    assertEquals(Set.of("/", "/users/*", "/orders", "/chain", "/slow", "/fail"), routes);
    assertEquals(0, scrape.sum("http_server_active_requests"), "requests still in flight");
  }

  @Test
  void slowRequestsLandAboveTheirSleep() {
    assertEquals(0, scrape.sum(DURATION + "_bucket", slow("le", "0.05")), "/slow?ms=60 took at most 50 ms");
    assertEquals(SLOW, scrape.sum(DURATION + "_bucket", slow("le", "+Inf")));
    assertTrue(scrape.sum(DURATION + "_sum", slow()) >= SLOW * 0.06, scrape.text());
  }

  @Test
  void eachChainCallAddsOneInnerUsersRequest() {
    Scrape before = Scrape.of(agent + "/metrics");
    expect(200, get("/chain"));
    Scrape[] after = new Scrape[1];
    Poll.until(TIMEOUT, "the /chain call and its inner /users/1 recorded", () -> {
      after[0] = Scrape.of(agent + "/metrics");
      return routeCount(after[0], "/chain") > routeCount(before, "/chain") && routeCount(after[0], "/users/*") > routeCount(before, "/users/*");
    });
    assertEquals(routeCount(before, "/chain") + 1, routeCount(after[0], "/chain"), "/chain");
    assertEquals(routeCount(before, "/users/*") + 1, routeCount(after[0], "/users/*"), "inner /users/1 of /chain");
  }

  @Test
  void jvmProcessAndAgentMetricsArePresent() {
    assertTrue(scrape.sum("jvm_memory_used_bytes", "area", "heap") > 0, "jvm_memory_used_bytes");
    assertNotNull(scrape.value("process_cpu_seconds_total"), "process_cpu_seconds_total");
    assertEquals(1, scrape.sum("obs_agent_info", "service_name", "demo", "version", "0.1.0-SNAPSHOT"), "obs_agent_info");
  }

  @Test
  void promtoolChecksThePrometheusTextFormat() {
    HttpResponse<String> text = Http.get(agent + "/metrics");
    assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"), text.headers().toString());
    assertClean("promtool check metrics (Prometheus text)", Promtool.checkMetrics(text.body()));
  }

  @Test
  void promtoolParsesTheOpenMetricsFormat() {
    HttpResponse<String> om = Http.send(HttpRequest.newBuilder(URI.create(agent + "/metrics"))
        .header("Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8").GET().build());
    assertTrue(om.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"), om.headers().toString());
    assertTrue(om.body().endsWith("# EOF\n"), "OpenMetrics ends with # EOF");
    assertClean("promtool tsdb create-blocks-from openmetrics", Promtool.parseOpenMetrics(om.body()));
  }

  private static void assertClean(String what, Promtool.Result result) {
    System.out.println("DemoIT: " + what + ": " + result);
    assertEquals(0, result.exitCode, what + ": " + result);
    assertEquals("", result.output.trim(), what + " printed problems");
  }

  private void assertCount(int expected, String method, String route, String status, String errorType) {
    assertEquals(expected, scrape.sum(DURATION + "_count", "http_request_method", method, "http_route", route,
        "http_response_status_code", status, "error_type", errorType), method + " " + route + " " + status + " " + errorType);
  }

  private static double routeCount(Scrape scrape, String route) {
    return scrape.sum(DURATION + "_count", "http_route", route, "http_response_status_code", "200");
  }

  /** The labels of the /slow series, plus {@code extra}. */
  private static String[] slow(String... extra) {
    return Stream.concat(Stream.of("http_request_method", "GET", "http_route", "/slow", "http_response_status_code", "200",
        "error_type", ""), Stream.of(extra)).toArray(String[]::new);
  }

  private HttpResponse<String> get(String path) {
    return Http.get(app + path);
  }

  private static String expect(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
    return response.body();
  }
}
