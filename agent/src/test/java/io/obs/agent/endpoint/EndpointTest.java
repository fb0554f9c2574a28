package io.obs.agent.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.obs.agent.health.HealthCheck;
import io.obs.agent.health.HealthResult;
import io.obs.agent.health.HealthService;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EndpointTest {

  private final HttpClient client = HttpClient.newHttpClient();
  private final AtomicBoolean ready = new AtomicBoolean(true);
  private final AtomicInteger firstScrapes = new AtomicInteger();
  private Endpoint endpoint;

  @BeforeEach
  void start() throws IOException {
    PrometheusRegistry registry = new PrometheusRegistry();
    Counter.builder().name("test_events_total").help("events").register(registry).inc(3);
    HealthCheck readiness = new HealthCheck() {
      @Override
      public String name() {
        return "test";
      }

      @Override
      public Kind kind() {
        return Kind.READINESS;
      }

      @Override
      public HealthResult check() {
        return HealthResult.of(ready.get());
      }
    };
    endpoint = Endpoint.start("127.0.0.1", 0, registry, new HealthService(List.of(readiness), t -> { }, (c, up, r) -> { }),
        firstScrapes::incrementAndGet, t -> { });
  }

  @AfterEach
  void stop() {
    endpoint.stop();
  }

  private HttpResponse<String> send(String method, String path, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (accept != null) {
      request.header("Accept", accept);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void metricsInBothFormatsAndTheFirstScrapeHookRunsOnce() throws Exception {
    HttpResponse<String> text = send("GET", "/metrics", null);
    assertEquals(200, text.statusCode());
    assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
    assertTrue(text.body().contains("test_events_total 3.0"), text.body());
    HttpResponse<String> openMetrics = send("GET", "/metrics", "application/openmetrics-text; version=1.0.0");
    assertTrue(openMetrics.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"));
    assertTrue(openMetrics.body().endsWith("# EOF\n"), openMetrics.body());
    assertEquals(1, firstScrapes.get());
  }

  /** What Prometheus sends with native histograms on: the protobuf format first, which the agent does not ship. */
  @Test
  void aScraperPreferringProtobufGetsText() throws Exception {
    HttpResponse<String> preferred = send("GET", "/metrics",
        "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited;q=0.5,"
            + "application/openmetrics-text;version=1.0.0;q=0.4,text/plain;version=0.0.4;q=0.3,*/*;q=0.1");
    assertEquals(200, preferred.statusCode());
    assertTrue(preferred.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"));
    assertTrue(preferred.body().endsWith("# EOF\n"), preferred.body());
    HttpResponse<String> only = send("GET", "/metrics",
        "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited");
    assertEquals(200, only.statusCode());
    assertTrue(only.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
    assertTrue(only.body().contains("test_events_total 3.0"), only.body());
  }

  @Test
  void healthIs200WhileUpAnd503WhileDown() throws Exception {
    assertEquals(200, send("GET", "/health/ready", null).statusCode());
    assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"test\",\"status\":\"UP\"}]}", send("GET", "/health", null).body());
    assertEquals(200, send("GET", "/health/live", null).statusCode());
    ready.set(false);
    assertEquals(503, send("GET", "/health/ready", null).statusCode());
    assertEquals(503, send("GET", "/health", null).statusCode());
    assertEquals(200, send("GET", "/health/live", null).statusCode(), "no liveness check is DOWN");
  }

  @Test
  void unknownPathIs404WrongMethodIs405HeadHasNoBody() throws Exception {
    assertEquals(404, send("GET", "/nope", null).statusCode());
    assertEquals(404, send("GET", "/health/ready/x", null).statusCode());
    HttpResponse<String> post = send("POST", "/metrics", null);
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    assertEquals(405, send("DELETE", "/health", null).statusCode());
    HttpResponse<String> head = send("HEAD", "/health", null);
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
    assertEquals(0, firstScrapes.get(), "health requests are not scrapes");
  }
}
