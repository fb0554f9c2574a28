package io.obs.agent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ServerRequestMetricsTest {

  private static final int GET = HttpMethods.index("GET");
  private static final int POST = HttpMethods.index("POST");
  private static final long MS = 1_000_000;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final AgentMetrics agentMetrics = new AgentMetrics(registry, new PrintStream(OutputStream.nullOutputStream()));

  private CardinalityGuard guard;

  private ServerRequestMetrics metrics(int limit) {
    guard = new CardinalityGuard(limit, agentMetrics.overflowCounter(ServerRequestMetrics.DURATION));
    return new ServerRequestMetrics(registry, guard, false);
  }

  private void request(ServerRequestMetrics metrics, int method, String route, int status, String exception) {
    metrics.started(method);
    metrics.ended(method, route, status, exception, 3 * MS);
  }

  private List<String> overflow() {
    return Scrape.lines(registry, "obs_agent_metric_overflow_total");
  }

  private static Map<String, Long> counts(Object... keysAndCounts) {
    TreeMap<String, Long> expected = new TreeMap<>();
    for (int i = 0; i < keysAndCounts.length; i += 2) {
      expected.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
    }
    return expected;
  }

  @Test
  void errorTypeIsEmptyTheFiveHundredStatusOrTheExceptionClass() {
    ServerRequestMetrics metrics = metrics(100);
    request(metrics, GET, "/users/*", 200, null);
    request(metrics, GET, "/users/*", 404, null);
    request(metrics, GET, "/users/*", 499, null);
    request(metrics, GET, "/users/*", 500, null);
    request(metrics, GET, "/users/*", 503, null);
    request(metrics, POST, "/users/*", 500, "java.io.IOException");
    request(metrics, POST, "/users/*", 200, "java.lang.IllegalStateException");
    assertEquals(counts(
        "GET /users/* 200 ", 1,
        "GET /users/* 404 ", 1,
        "GET /users/* 499 ", 1,
        "GET /users/* 500 500", 1,
        "GET /users/* 503 503", 1,
        "POST /users/* 200 java.lang.IllegalStateException", 1,
        "POST /users/* 500 java.io.IOException", 1), Scrape.durations(registry));
  }

  @Test
  void statusesOutOfRangeBecomeZero() {
    ServerRequestMetrics metrics = metrics(100);
    request(metrics, GET, "/a", -1, null);
    request(metrics, GET, "/a", 1000, null);
    request(metrics, GET, "/a", 0, null);
    request(metrics, GET, "/a", 999, null);
    assertEquals(counts("GET /a 0 ", 3, "GET /a 999 999", 1), Scrape.durations(registry));
  }

  @Test
  void exactExpositionOfOneRequest() {
    ServerRequestMetrics metrics = metrics(100);
    metrics.started(GET);
    metrics.ended(GET, "/users/{id}", 200, null, 30 * MS);
    List<String> expected = new ArrayList<>();
    String[] bounds = {"0.005", "0.01", "0.025", "0.05", "0.075", "0.1", "0.25", "0.5", "0.75", "1.0", "2.5", "5.0",
        "7.5", "10.0", "+Inf"};
    String labels = "error_type=\"\",http_request_method=\"GET\",http_response_status_code=\"200\",http_route=\"/users/{id}\"";
    for (int i = 0; i < bounds.length; i++) {
      expected.add("http_server_request_duration_seconds_bucket{" + labels + ",le=\"" + bounds[i] + "\"} "
          + (i < 3 ? 0 : 1));
    }
    expected.add("http_server_request_duration_seconds_count{" + labels + "} 1");
    expected.add("http_server_request_duration_seconds_sum{" + labels + "} 0.03");
    assertEquals(expected, Scrape.lines(registry, "http_server_request_duration_seconds_"));
  }

  @Test
  void activeRequestsPerMethod() {
    ServerRequestMetrics metrics = metrics(100);
    metrics.started(GET);
    metrics.started(GET);
    metrics.started(HttpMethods.OTHER);
    metrics.ended(GET, "/a", 200, null, MS);
    List<String> active = Scrape.lines(registry, "http_server_active_requests{");
    assertEquals(HttpMethods.COUNT, active.size());
    assertEquals(List.of(
        "http_server_active_requests{http_request_method=\"GET\"} 1.0",
        "http_server_active_requests{http_request_method=\"_OTHER\"} 1.0"),
        active.stream().filter(l -> !l.endsWith(" 0.0")).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void sameLabelSetIsOneDataPoint() {
    ServerRequestMetrics metrics = metrics(100);
    for (int i = 0; i < 5; i++) {
      request(metrics, GET, new String("/a"), 503, null);
      request(metrics, GET, "/a", 500, new String("java.io.IOException"));
    }
    assertEquals(counts("GET /a 500 java.io.IOException", 5, "GET /a 503 503", 5), Scrape.durations(registry));
  }

  @Test
  void pastTheLimitNewLabelSetsFoldIntoOtherAndEveryMeasurementIsCounted() {
    ServerRequestMetrics metrics = metrics(2);
    request(metrics, GET, "/a", 200, null);
    request(metrics, GET, "/b", 200, null);
    request(metrics, GET, "/a", 404, null);   // known route, new label set: folded
    request(metrics, GET, "/a", 404, null);
    request(metrics, GET, "/c", 503, null);   // new route: folded
    request(metrics, GET, "/a", 200, null);   // known label set: still its own
    assertEquals(counts(
        "GET /a 200 ", 2,
        "GET /b 200 ", 1,
        "GET _OTHER 404 ", 2,
        "GET _OTHER 503 503", 1), Scrape.durations(registry));
    assertEquals(2, guard.labelSets());
    assertEquals(List.of("obs_agent_metric_overflow_total{metric=\"http_server_request_duration_seconds\"} 3.0"),
        overflow());
  }

  @Test
  void nullRouteFromAFullNamerIsAnOverflowButANoPatternRouteIsNot() {
    ServerRequestMetrics metrics = metrics(100);
    request(metrics, GET, RouteNamer.OTHER, 200, null); // container gave no pattern
    request(metrics, GET, null, 200, null);              // route namer full
    request(metrics, GET, null, 200, null);
    assertEquals(counts("GET _OTHER 200 ", 3), Scrape.durations(registry));
    assertEquals(List.of("obs_agent_metric_overflow_total{metric=\"http_server_request_duration_seconds\"} 2.0"),
        overflow());
  }

  @Test
  void concurrentRecordingGivesExactCounts() throws InterruptedException {
    ServerRequestMetrics metrics = metrics(1000);
    int threads = 8;
    int perThread = 20_000;
    String[] routes = {"/a", "/b", "/c", "/d"};
    Together.run(threads, () -> {
      // every 400 requests visit each of 4 routes x statuses 450..549 once
      for (int i = 0; i < perThread; i++) {
        request(metrics, GET, routes[(i / 100) % 4], 450 + i % 100, null);
      }
    });
    TreeMap<String, Long> expected = new TreeMap<>();
    for (String route : routes) {
      for (int status = 450; status < 550; status++) {
        expected.put("GET " + route + " " + status + " " + (status >= 500 ? status : ""), (long) threads * perThread / 400);
      }
    }
    assertEquals(expected, Scrape.durations(registry));
    assertEquals(400, guard.labelSets());
    assertEquals(List.of("http_server_active_requests{http_request_method=\"GET\"} 0.0"),
        Scrape.lines(registry, "http_server_active_requests{http_request_method=\"GET\"}"));
    assertEquals(List.of("obs_agent_metric_overflow_total{metric=\"http_server_request_duration_seconds\"} 0.0"),
        overflow());
  }

  @Test
  void concurrentRecordingPastTheLimitAdmitsExactlyTheLimitAndCountsEveryFold() throws InterruptedException {
    ServerRequestMetrics metrics = metrics(5);
    int threads = 8;
    int perThread = 10_000;
    Together.run(threads, () -> {
      for (int i = 0; i < perThread; i++) {
        request(metrics, GET, "/r" + (i % 10), 200, null);
      }
    });
    TreeMap<String, Long> durations = Scrape.durations(registry);
    long folded = durations.getOrDefault("GET _OTHER 200 ", 0L);
    durations.remove("GET _OTHER 200 ");
    assertEquals(5, durations.size(), durations.toString());
    assertEquals(5, guard.labelSets());
    assertEquals((long) threads * perThread, folded + durations.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(List.of("obs_agent_metric_overflow_total{metric=\"http_server_request_duration_seconds\"} "
        + (double) folded), overflow());
    assertEquals(true, folded >= (long) threads * perThread / 2, "folded " + folded);
  }
}
