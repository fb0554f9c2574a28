package io.obs.agent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpClientMetricsTest {

  private static final long MS = 1_000_000;
  private static final int GET = HttpMethods.index("GET");

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final AgentMetrics agentMetrics = new AgentMetrics(registry, new PrintStream(OutputStream.nullOutputStream()));

  private HttpClientMetrics metrics(int limit) {
    return new HttpClientMetrics(registry, new CardinalityGuard(limit, agentMetrics.overflowCounter(HttpClientMetrics.DURATION)), false);
  }

  private Map<String, Long> counts() {
    return HistogramCounts.of(registry, HttpClientMetrics.DURATION, "http_request_method", "server_address", "server_port",
        "http_response_status_code", "error_type");
  }

  @Test
  void statusesAndErrorsFollowTheSemanticConventions() {
    HttpClientMetrics metrics = metrics(100);
    metrics.record(GET, "api", 80, 200, null, MS);
    metrics.record(GET, "api", 80, 200, null, MS);
    metrics.record(GET, "api", 8080, 200, null, MS);
    metrics.record(GET, "api", 80, 302, null, MS);
    metrics.record(GET, "api", 80, 404, null, MS);
    metrics.record(HttpMethods.index("POST"), "api", 80, 503, null, MS);
    metrics.record(GET, "api", 80, HttpClientMetrics.NO_STATUS, new ConnectException(), MS);
    metrics.record(GET, "api", 80, HttpClientMetrics.NO_STATUS, new SocketTimeoutException(), MS);
    // a client that throws on an error status (HttpURLConnection) still had an answer
    metrics.record(GET, "api", 80, 500, new java.io.IOException("Server returned HTTP response code: 500"), MS);
    metrics.record(HttpMethods.index("BREW"), "api", 80, 1234, null, MS);
    assertEquals(Map.of(
        "GET|api|80|200|", 2L, "GET|api|8080|200|", 1L, "GET|api|80|302|", 1L, "GET|api|80|404|404", 1L,
        "POST|api|80|503|503", 1L, "GET|api|80||java.net.ConnectException", 1L,
        "GET|api|80||java.net.SocketTimeoutException", 1L, "GET|api|80|500|500", 1L, "_OTHER|api|80||", 1L), counts());
  }

  @Test
  void httpBuckets() {
    metrics(100).record(GET, "api", 443, 200, null, 30 * MS);
    List<String> lines = Scrape.lines(registry, "http_client_request_duration_seconds_bucket");
    assertEquals(15, lines.size(), lines.toString());
    assertEquals("http_client_request_duration_seconds_bucket{error_type=\"\",http_request_method=\"GET\","
        + "http_response_status_code=\"200\",server_address=\"api\",server_port=\"443\",le=\"0.025\"} 0", lines.get(2));
    assertEquals("http_client_request_duration_seconds_bucket{error_type=\"\",http_request_method=\"GET\","
        + "http_response_status_code=\"200\",server_address=\"api\",server_port=\"443\",le=\"0.05\"} 1", lines.get(3));
  }

  @Test
  void newLabelSetsPastTheLimitFoldIntoOther() {
    HttpClientMetrics metrics = metrics(2);
    metrics.record(GET, "a", 80, 200, null, MS);
    metrics.record(GET, "a", 81, 200, null, MS);
    metrics.record(GET, "b", 80, 200, null, MS);
    metrics.record(GET, "a", 80, 500, null, MS);
    metrics.record(GET, "a", 80, 200, null, MS);
    assertEquals(Map.of("GET|a|80|200|", 2L, "GET|a|81|200|", 1L, "GET|_OTHER|_OTHER|200|", 1L,
        "GET|_OTHER|_OTHER|500|500", 1L), counts());
    assertEquals(List.of("obs_agent_metric_overflow_total{metric=\"http_client_request_duration_seconds\"} 2.0"),
        Scrape.lines(registry, "obs_agent_metric_overflow_total"));
  }
}
