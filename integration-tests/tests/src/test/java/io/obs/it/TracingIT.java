package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.obs.it.OtlpReceiver.ReceivedSpan;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo under the agent exporting to a real OTLP/HTTP receiver (protobuf decoded with the
 * opentelemetry-proto classes): exact span trees across two hops and a database, W3C trace context
 * continued or restarted as the spec says, baggage and B3 going out, exemplars that lead to spans.
 * {@link TracingGrpcIT}: all of it over OTLP/gRPC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracingIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
  private static final String PARENT_ID = "b7ad6b7169203331";
  private static final String JAVA = System.getProperty("java.version");

  private OtlpReceiver receiver;
  private AppProcess demo;
  private int appPort;
  private String agent;
  /** A second demo whose /chain calls {@link #downstream}, propagating W3C, baggage and B3 multi-header. */
  private AppProcess relay;
  private int relayPort;
  private HttpServer downstream;
  private final List<Map<String, String>> downstreamHeaders = new CopyOnWriteArrayList<>();

  @BeforeAll
  void start() throws IOException {
    receiver = OtlpReceiver.start(protocol());
    appPort = Ports.free();
    int agentPort = Ports.free();
    agent = "http://127.0.0.1:" + agentPort;
    demo = demo("demo", appPort, agentPort).start();
    downstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    downstream.createContext("/", exchange -> {
      Map<String, String> headers = new LinkedHashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
      downstreamHeaders.add(headers);
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    downstream.start();
    relayPort = Ports.free();
    int relayAgentPort = Ports.free();
    relay = demo("relay", relayPort, relayAgentPort)
        .property("obs.propagators", "tracecontext,baggage,b3multi")
        .property("demo.chain.url", "http://127.0.0.1:" + downstream.getAddress().getPort() + "/next?token=secret-value")
        .start();
    Demo.awaitReady(demo, agentPort);
    Demo.awaitReady(relay, relayAgentPort);
  }

  private AppProcess.Builder demo(String name, int port, int agentPort) {
    return Demo.exportingTo(receiver, name, port, agentPort)
        .env("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment.name=it,service.name=ignored");
  }

  OtlpReceiver.Protocol protocol() {
    return OtlpReceiver.Protocol.HTTP;
  }

  @AfterAll
  void stop() {
    if (demo != null) {
      demo.close();
    }
    if (relay != null) {
      relay.close();
    }
    if (downstream != null) {
      downstream.stop(0);
    }
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  void aChainIsOneTreeServerClientServerDatabase() {
    assertEquals(200, get(appPort, "/chain?case=tree&password=hunter2").statusCode());
    ReceivedSpan server = serverSpan("case=tree&password=REDACTED");
    List<ReceivedSpan> trace = awaitTrace(server.traceId(), 4);
    assertEquals(4, trace.size(), trace::toString);
    assertEquals("", server.parentSpanId());
    assertEquals("GET /chain", server.name());
    assertEquals("SERVER", server.kind());
    assertEquals("UNSET", server.status());
    assertEquals(Map.ofEntries(Map.entry("http.request.method", "GET"), Map.entry("http.route", "/chain"),
        Map.entry("user_agent.original", "Java-http-client/" + JAVA), Map.entry("url.path", "/chain"),
        Map.entry("url.query", "case=tree&password=REDACTED"), Map.entry("url.scheme", "http"),
        Map.entry("server.address", "127.0.0.1"), Map.entry("server.port", (long) appPort),
        Map.entry("client.address", "127.0.0.1"), Map.entry("network.protocol.version", "1.1"),
        Map.entry("http.response.status_code", 200L)), server.attributes());

    ReceivedSpan client = only(trace, s -> s.parentSpanId().equals(server.spanId()));
    assertEquals("GET", client.name());
    assertEquals("CLIENT", client.kind());
    assertEquals(Map.of("http.request.method", "GET", "server.address", "127.0.0.1", "server.port", (long) appPort,
        "url.full", "http://127.0.0.1:" + appPort + "/users/1", "http.response.status_code", 200L), client.attributes());

    ReceivedSpan inner = only(trace, s -> s.parentSpanId().equals(client.spanId()));
    assertEquals("GET /users/*", inner.name());
    assertEquals("SERVER", inner.kind());
    assertEquals("Java/" + JAVA, inner.attribute("user_agent.original"));
    assertEquals("/users/1", inner.attribute("url.path"));
    assertEquals("/users/*", inner.attribute("http.route"));

    ReceivedSpan db = only(trace, s -> s.parentSpanId().equals(inner.spanId()));
    assertEquals("SELECT users", db.name());
    assertEquals("CLIENT", db.kind());
    assertEquals(Map.of("db.system.name", "h2database", "db.namespace", "demo",
        "db.query.text", "SELECT id, name, email FROM users WHERE id = ?", "db.operation.name", "SELECT",
        "db.collection.name", "users"), db.attributes());

    Map<String, Object> resource = server.resource();
    assertEquals("demo", resource.get("service.name"));
    assertEquals("it", resource.get("deployment.environment.name"));
    assertEquals("obs-agent", resource.get("telemetry.distro.name"));
    assertEquals("java", resource.get("telemetry.sdk.language"));
    assertEquals("opentelemetry", resource.get("telemetry.sdk.name"));
    assertEquals(demo.process().pid(), resource.get("process.pid"));
    assertTrue(resource.get("service.instance.id").toString().length() >= 32, resource::toString);
    assertEquals("obs-agent", server.scope());
  }

  @Test
  void aSampledTraceparentIsContinuedWithItsTracestate() {
    assertEquals(200, get(appPort, "/users/2?case=continued", "traceparent", "00-" + TRACE_ID + "-" + PARENT_ID + "-01",
        "tracestate", "rojo=00f067aa0ba902b7,congo=t61rcWkgMzE").statusCode());
    ReceivedSpan server = serverSpan("case=continued");
    assertEquals(TRACE_ID, server.traceId());
    assertEquals(PARENT_ID, server.parentSpanId());
    assertEquals("rojo=00f067aa0ba902b7,congo=t61rcWkgMzE", server.traceState());
    assertEquals(1, server.flags() & 1, "sampled");
  }

  @Test
  void anUnsampledTraceparentIsRespected() {
    String unsampled = "1bf7651916cd43dd8448eb211c80319c";
    assertEquals(200, get(appPort, "/users/3?case=unsampled", "traceparent", "00-" + unsampled + "-" + PARENT_ID + "-00").statusCode());
    assertEquals(200, get(appPort, "/users/3?case=after-unsampled").statusCode());
    serverSpan("case=after-unsampled");
    assertEquals(List.of(), receiver.trace(unsampled));
  }

  /** Each is invalid per W3C Trace Context: the request is served and starts a new trace. */
  @Test
  void malformedTraceparentsRestartTheTrace() {
    List<String> malformed = List.of(
        "00-" + TRACE_ID + "-" + PARENT_ID,
        "00-" + TRACE_ID.toUpperCase() + "-" + PARENT_ID + "-01",
        "00-00000000000000000000000000000000-" + PARENT_ID + "-01",
        "00-" + TRACE_ID + "-0000000000000000-01",
        "ff-" + TRACE_ID + "-" + PARENT_ID + "-01",
        "00-" + TRACE_ID + "-" + PARENT_ID + "-01-extra",
        "00-" + TRACE_ID.substring(1) + "-" + PARENT_ID + "-01",
        "00-" + TRACE_ID.substring(0, 31) + "g-" + PARENT_ID + "-01",
        "00-" + TRACE_ID + "-" + PARENT_ID + "-0x",
        "00-" + TRACE_ID + "-" + PARENT_ID + "-01" + "x".repeat(1000));
    for (int i = 0; i < malformed.size(); i++) {
      assertEquals(200, get(appPort, "/users/1?case=bad-" + i, "traceparent", malformed.get(i)).statusCode(), malformed.get(i));
    }
    for (int i = 0; i < malformed.size(); i++) {
      ReceivedSpan span = serverSpan("case=bad-" + i);
      assertNotEquals(TRACE_ID, span.traceId(), malformed.get(i));
      assertEquals("", span.parentSpanId(), malformed.get(i));
    }
  }

  @Test
  void aFutureVersionIsParsedAndABadTracestateIsDropped() {
    assertEquals(200, get(appPort, "/users/1?case=future", "traceparent",
        "cc-" + TRACE_ID + "-" + PARENT_ID + "-01-what-the-future-will-be-like").statusCode());
    ReceivedSpan future = serverSpan("case=future");
    assertEquals(TRACE_ID, future.traceId());
    assertEquals(PARENT_ID, future.parentSpanId());

    String parent = "00-" + TRACE_ID + "-" + PARENT_ID + "-01";
    assertEquals(200, get(appPort, "/users/1?case=bad-state", "traceparent", parent, "tracestate", "@@=invalid").statusCode());
    ReceivedSpan badState = serverSpan("case=bad-state");
    assertEquals(TRACE_ID, badState.traceId());
    assertEquals("", badState.traceState());
  }

  @Test
  void baggageAndB3GoOutWithTheClientSpanAsParent() {
    downstreamHeaders.clear();
    assertEquals(200, get(relayPort, "/chain?case=relay", "traceparent", "00-" + TRACE_ID + "-" + PARENT_ID + "-01",
        "baggage", "tenant=acme,plan=gold").statusCode());
    ReceivedSpan server = serverSpan("case=relay");
    Poll.until(TIMEOUT, "the relay's client span", () ->
        receiver.trace(TRACE_ID).stream().anyMatch(s -> s.parentSpanId().equals(server.spanId())));
    ReceivedSpan client = only(receiver.trace(TRACE_ID), s -> s.parentSpanId().equals(server.spanId()));
    assertEquals("http://127.0.0.1:" + downstream.getAddress().getPort() + "/next?token=REDACTED", client.attribute("url.full"));
    assertEquals(1, downstreamHeaders.size());
    Map<String, String> sent = downstreamHeaders.get(0);
    assertEquals("00-" + TRACE_ID + "-" + client.spanId() + "-01", sent.get("traceparent"));
    assertEquals(Set.of("tenant=acme", "plan=gold"), Set.of(sent.get("baggage").split(",")), "baggage");
    assertEquals(TRACE_ID, sent.get("x-b3-traceid"));
    assertEquals(client.spanId(), sent.get("x-b3-spanid"));
    assertEquals("1", sent.get("x-b3-sampled"));

    String b3Trace = "2cf7651916cd43dd8448eb211c80319c";
    assertEquals(200, get(relayPort, "/users/1?case=b3", "X-B3-TraceId", b3Trace, "X-B3-SpanId", PARENT_ID,
        "X-B3-Sampled", "1").statusCode());
    ReceivedSpan b3 = serverSpan("case=b3");
    assertEquals(b3Trace, b3.traceId());
    assertEquals(PARENT_ID, b3.parentSpanId());
  }

  @Test
  void exemplarsLeadToExportedSpans() {
    assertEquals(200, get(appPort, "/users/1?case=exemplar").statusCode());
    serverSpan("case=exemplar");
    String openMetrics = Http.send(HttpRequest.newBuilder(URI.create(agent + "/metrics"))
        .header("Accept", "application/openmetrics-text; version=1.0.0").build()).body();
    Pattern exemplar = Pattern.compile("^(http_server_request_duration_seconds|db_client_operation_duration_seconds)_bucket\\{.*"
        + " # \\{span_id=\"([0-9a-f]{16})\",trace_id=\"([0-9a-f]{32})\"\\}", Pattern.MULTILINE);
    Matcher m = exemplar.matcher(openMetrics);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      String spanId = m.group(2);
      String traceId = m.group(3);
      String metric = m.group(1);
      found.add(metric);
      Poll.until(TIMEOUT, "the span of exemplar " + traceId + "/" + spanId, () ->
          receiver.trace(traceId).stream().anyMatch(s -> s.spanId().equals(spanId)
              && s.kind().equals(metric.startsWith("http_server") ? "SERVER" : "CLIENT")));
    }
    assertTrue(found.contains("http_server_request_duration_seconds"), openMetrics);
    assertTrue(found.contains("db_client_operation_duration_seconds"), openMetrics);
  }

  @Test
  void everyExportedSpanIsCounted() {
    assertEquals(200, get(appPort, "/users/1?case=count").statusCode());
    serverSpan("case=count");
    Poll.until(TIMEOUT, "obs_agent_spans_exported_total = spans received from the demo", () -> {
      long received = receiver.spans().stream().filter(s -> "demo".equals(s.resource().get("service.name"))).count();
      return Scrape.of(agent + "/metrics").value("obs_agent_spans_exported_total") == received;
    });
    Scrape scrape = Scrape.of(agent + "/metrics");
    assertEquals(0.0, scrape.value("obs_agent_spans_dropped_total", "reason", "queue_full"));
    assertEquals(0.0, scrape.value("obs_agent_spans_dropped_total", "reason", "export_failed"));
    assertEquals(0.0, scrape.value("obs_agent_export_failures_total"));
  }

  private java.net.http.HttpResponse<String> get(int port, String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return Http.send(b.GET().build());
  }

  /** The one SERVER span whose url.query is {@code query}, once received. */
  private ReceivedSpan serverSpan(String query) {
    List<ReceivedSpan> found = new ArrayList<>();
    Poll.until(TIMEOUT, "the server span of ?" + query, () -> {
      found.clear();
      receiver.spans().stream().filter(s -> s.kind().equals("SERVER") && query.equals(s.attribute("url.query")))
          .forEach(found::add);
      return !found.isEmpty();
    });
    assertEquals(1, found.size(), found::toString);
    return found.get(0);
  }

  private List<ReceivedSpan> awaitTrace(String traceId, int atLeast) {
    Poll.until(TIMEOUT, atLeast + " spans of trace " + traceId, () -> receiver.trace(traceId).size() >= atLeast);
    return receiver.trace(traceId);
  }

  private static ReceivedSpan only(List<ReceivedSpan> spans, java.util.function.Predicate<ReceivedSpan> which) {
    List<ReceivedSpan> matching = spans.stream().filter(which).collect(Collectors.toList());
    assertEquals(1, matching.size(), spans::toString);
    return matching.get(0);
  }
}
