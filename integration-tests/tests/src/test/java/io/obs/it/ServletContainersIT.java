package io.obs.it;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingDouble;
import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every servlet container on every JDK: readiness follows the container's start, and a concurrent
 * burst of every kind of request is answered as without the agent and counted exactly once, under
 * the right method, route, status and error type.
 */
class ServletContainersIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final int THREADS = 16;
  private static final int ROUNDS = 5;
  private static final int EACH = THREADS * ROUNDS;
  private static final String LONG_ID = "x".repeat(10 * 1024);
  /** Generous for one request on two shared cores; a broken clock gives seconds per request or more. */
  private static final double MAX_SECONDS_EACH = 5;
  /** The async servlet completes 20 ms after it started; the margin is for timer granularity. */
  private static final double MIN_ASYNC_SECONDS = 0.015;

  /** One kind of request: what is sent, what the app answers (null body: the container's page), the series counting it. */
  private record Kind(String method, IntFunction<String> path, int status, IntFunction<String> body,
      List<String> filters, ServerSeries series) {

    HttpRequest request(String base, int n) {
      return HttpRequest.newBuilder(URI.create(base + path.apply(n))).timeout(Duration.ofSeconds(30))
          .method(method, HttpRequest.BodyPublishers.noBody()).build();
    }

    @Override
    public String toString() {
      String p = path.apply(0);
      return method + " " + (p.length() > 40 ? p.substring(0, 40) + "..." : p);
    }
  }

  private record Exchange(Kind kind, int n, HttpResponse<String> response) {}

  private static final ServerSeries USERS = ServerSeries.of("GET", "/app/users/*", 200, "");
  private static final Kind ASYNC =
      new Kind("GET", n -> "/async", 200, n -> "async", List.of(), ServerSeries.of("GET", "/app/async", 200, ""));
  /** Its filter hands the servlet a request whose getAttribute throws for the agent's marker. */
  private static final Kind BROKEN_WRAPPER = new Kind("GET", n -> "/broken", 200, n -> "plain /broken", List.of(),
      ServerSeries.of("GET", "/app/broken", 200, ""));

  private static final List<Kind> KINDS = List.of(
      new Kind("GET", n -> "/plain", 200, n -> "plain /plain", List.of(), ServerSeries.of("GET", "/app/plain", 200, "")),
      new Kind("GET", n -> "/filtered", 200, n -> "plain /filtered", List.of("first", "second"),
          ServerSeries.of("GET", "/app/filtered", 200, "")),
      // the target's servlet answers; the request counts once, under the mapping it arrived at
      new Kind("GET", n -> "/forward", 200, n -> "plain /plain", List.of(), ServerSeries.of("GET", "/app/forward", 200, "")),
      ASYNC,
      // no mapping: the container's default servlet ("/") answers
      new Kind("GET", n -> "/missing/" + n, 404, null, List.of(), ServerSeries.of("GET", "/app/*", 404, "")),
      new Kind("GET", n -> "/fail", 500, n -> "failed", List.of(), ServerSeries.of("GET", "/app/fail", 500, "500")),
      new Kind("GET", n -> "/throw", 500, null, List.of(),
          ServerSeries.of("GET", "/app/throw", 500, "java.lang.IllegalStateException")),
      new Kind("GET", n -> "/users/" + n, 200, n -> "user " + n, List.of(), USERS),
      new Kind("GET", n -> "/users/" + LONG_ID + n, 200, n -> "user " + LONG_ID + n, List.of(), USERS),
      new Kind("GET", n -> "/generic", 200, n -> "generic", List.of(), ServerSeries.of("GET", "/app/generic", 200, "")),
      // HttpServlet answers 501 to a method it does not know
      new Kind("FOO", n -> "/plain", 501, null, List.of(), ServerSeries.of("_OTHER", "/app/plain", 501, "501")),
      BROKEN_WRAPPER);

  @TempDir
  Path tmp;

  static Stream<Arguments> cases() {
    return Arrays.stream(Container.values()).flatMap(c -> Arrays.stream(Jdk.values()).map(jdk -> Arguments.of(c, jdk)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void countsEveryRequestOnceUnderItsLabels(Container container, Jdk jdk) throws Exception {
    int appPort = Ports.free();
    int agentPort = Ports.free();
    Path startFile = tmp.resolve("start");
    String agent = "http://127.0.0.1:" + agentPort;
    try (AppProcess app = container.app(jdk, appPort, startFile.toString()).property("obs.server.port", agentPort).start()) {
      AppOutput.onFailure(app, () -> {
        readyOnlyOnceTheContainerServes(app, agent, startFile);
        String base = Container.base(appPort);
        List<Exchange> exchanges = Burst.run(THREADS, ROUNDS, n -> KINDS.stream()
                .map(kind -> new Exchange(kind, n, Http.send(kind.request(base, n)))).collect(toList()))
            .stream().flatMap(List::stream).collect(toList());
        exchanges.forEach(ServletContainersIT::assertAnswer);
        assertMetrics(agent + "/metrics");
      });
    }
  }

  private static void readyOnlyOnceTheContainerServes(AppProcess app, String agent, Path startFile) throws Exception {
    app.awaitOutput(Container.WAITING, TIMEOUT);
    Poll.until(TIMEOUT, "the agent's endpoint", () -> Http.status(agent + "/health/live") > 0);
    HttpResponse<String> live = Http.get(agent + "/health/live");
    assertEquals(200, live.statusCode(), live.body());
    HttpResponse<String> ready = Http.get(agent + "/health/ready");
    assertEquals(503, ready.statusCode(), ready.body());
    assertEquals("DOWN", HealthJson.check(ready.body(), "serving"), ready.body());
    // DOWN because the container has not started (not only because the agent is still weaving)
    assertEquals("starting", HealthJson.data(ready.body(), "serving", "state"), ready.body());
    assertFalse(app.output().contains(Container.STARTED), "the container started before its start file existed");

    Files.createFile(startFile);
    app.awaitOutput(Container.STARTED, TIMEOUT);
    Poll.until(TIMEOUT, "/health/ready 200", () -> Http.status(agent + "/health/ready") == 200);
    ready = Http.get(agent + "/health/ready");
    assertEquals("UP", HealthJson.check(ready.body(), "serving"), ready.body());
    assertEquals("serving", HealthJson.data(ready.body(), "serving", "state"), ready.body());
  }

  private static void assertAnswer(Exchange e) {
    String what = e.kind + " #" + e.n;
    assertEquals(e.kind.status, e.response.statusCode(), what);
    if (e.kind.body != null) {
      assertEquals(e.kind.body.apply(e.n), e.response.body(), what);
    }
    assertEquals(e.kind.filters, e.response.headers().allValues("X-Test-Filter"), what);
  }

  private static void assertMetrics(String metrics) {
    awaitRecorded(metrics, EACH * KINDS.size());
    Scrape scrape = Scrape.of(metrics);

    Map<ServerSeries, Double> expected = KINDS.stream()
        .collect(groupingBy(Kind::series, TreeMap::new, summingDouble(kind -> EACH)));
    Map<ServerSeries, Double> counts = ServerSeries.counts(scrape);
    assertEquals(expected, counts, "_count by label set");

    Map<ServerSeries, Double> sums = ServerSeries.sums(scrape);
    assertEquals(counts.keySet(), sums.keySet());
    sums.forEach((series, sum) -> assertTrue(sum > 0 && sum < counts.get(series) * MAX_SECONDS_EACH,
        series + " _sum " + sum + " for " + counts.get(series) + " requests"));
    // async requests last until the container completes them, ~20 ms later
    assertTrue(sums.get(ASYNC.series) >= EACH * MIN_ASYNC_SECONDS, "async _sum " + sums.get(ASYNC.series));
    assertEquals(0.0, bucket(scrape, ASYNC.series, "0.01"), "async requests that took 10 ms or less");

    List<Scrape.Sample> active = scrape.samples("http_server_active_requests");
    assertFalse(active.isEmpty(), "no http_server_active_requests");
    active.forEach(sample -> assertEquals(0.0, sample.value, sample.toString()));

    assertEquals((double) EACH, scrape.value("obs_agent_errors_total", "component", "advice"),
        "one swallowed advice failure per " + BROKEN_WRAPPER);
    scrape.samples("obs_agent_errors_total").stream().filter(s -> !"advice".equals(s.labels.get("component")))
        .forEach(sample -> assertEquals(0.0, sample.value, sample.toString()));
  }

  /** Async requests end when the container completes them, which can be just after the client has its answer. */
  private static void awaitRecorded(String metrics, int total) {
    try {
      Poll.until(Duration.ofSeconds(10), total + " requests recorded and none active", () -> {
        Scrape scrape = Scrape.of(metrics);
        return ServerSeries.counts(scrape).values().stream().mapToDouble(Double::doubleValue).sum() >= total
            && scrape.samples("http_server_active_requests").stream().allMatch(s -> s.value == 0);
      });
    } catch (AssertionError timedOut) {
      // the exact assertions that follow say what is missing
    }
  }

  private static Double bucket(Scrape scrape, ServerSeries series, String le) {
    return scrape.value(ServerSeries.DURATION + "_bucket", "http_request_method", series.method(),
        "http_route", series.route(), "http_response_status_code", series.status(), "error_type", series.errorType(),
        "le", le);
  }
}
