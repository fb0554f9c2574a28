package io.obs.agent.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.obs.agent.db.DbSystem;
import io.obs.agent.db.SqlShapes;
import io.obs.agent.db.DbTarget;
import io.obs.agent.metrics.HttpMethods;
import io.obs.agent.redact.RedactionMetrics;
import io.obs.agent.redact.Redactor;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Span names, attributes, statuses and parents, without any weaving. */
class SpansTest {

  private final InMemorySpanExporter exported = InMemorySpanExporter.create();
  private final Tracing tracing = new Tracing(SdkTracerProvider.builder()
      .addSpanProcessor(SimpleSpanProcessor.create(exported)).build().get("test"),
      TracingSetup.propagator(Set.of("tracecontext", "baggage")));
  private final Redactor redactor = new Redactor(Set.of(), "REDACTED", List.of(), new RedactionMetrics(new PrometheusRegistry()));

  private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
  private static final String PARENT = "b7ad6b7169203331";

  private String[] headers(String userAgent, String traceparent, String tracestate, String baggage) {
    assertArrayEquals(new String[] {"user-agent", "traceparent", "tracestate", "baggage"}, tracing.serverHeaderNames());
    return new String[] {userAgent, traceparent, tracestate, baggage};
  }

  private SpanData only() {
    List<SpanData> spans = exported.getFinishedSpanItems();
    assertEquals(1, spans.size(), spans::toString);
    return spans.get(0);
  }

  @Test
  void aServerSpanContinuesTheCallerAndCarriesTheStableAttributes() {
    Context context = ServerSpans.start(tracing, redactor, headers("curl/8", "00-" + TRACE_ID + "-" + PARENT + "-01", "k=v", "tenant=acme"),
        "GET", HttpMethods.index("GET"), "/users/*");
    Span span = Span.fromContext(context);
    ServerSpans.details(span, redactor, "/users/7", "q=1&password=x", "http", "shop.local", 8080, "10.0.0.9", "HTTP/1.1");
    ServerSpans.end(span, redactor, HttpMethods.index("GET"), "/users/*", 200, null);

    SpanData data = only();
    assertEquals("GET /users/*", data.getName());
    assertEquals(SpanKind.SERVER, data.getKind());
    assertEquals(TRACE_ID, data.getTraceId());
    assertEquals(PARENT, data.getParentSpanId());
    assertEquals("v", data.getSpanContext().getTraceState().get("k"));
    assertEquals(StatusCode.UNSET, data.getStatus().getStatusCode());
    assertEquals(Attributes.builder().put("http.request.method", "GET").put("http.route", "/users/*")
        .put("user_agent.original", "curl/8").put("url.path", "/users/7").put("url.query", "q=1&password=REDACTED")
        .put("url.scheme", "http").put("server.address", "shop.local").put("server.port", 8080L)
        .put("client.address", "10.0.0.9").put("network.protocol.version", "1.1").put("http.response.status_code", 200L)
        .build().asMap(), data.getAttributes().asMap());
    assertEquals("acme", io.opentelemetry.api.baggage.Baggage.fromContext(context).getEntryValue("tenant"));
  }

  @Test
  void serverErrorsAre5xxAndExceptionsNot4xx() {
    Span notFound = Span.fromContext(ServerSpans.start(tracing, redactor, null, "GET", HttpMethods.index("GET"), "/x"));
    ServerSpans.end(notFound, redactor, HttpMethods.index("GET"), "/x", 404, null);
    Span failed = Span.fromContext(ServerSpans.start(tracing, redactor, null, "POST", HttpMethods.index("POST"), "/y"));
    ServerSpans.end(failed, redactor, HttpMethods.index("POST"), "/y", 503, null);
    Span thrown = Span.fromContext(ServerSpans.start(tracing, redactor, null, "GET", HttpMethods.index("GET"), "/z"));
    ServerSpans.end(thrown, redactor, HttpMethods.index("GET"), "/z", 500, new IllegalStateException("boom for alice@example.com"));

    List<SpanData> spans = exported.getFinishedSpanItems();
    assertEquals(StatusCode.UNSET, spans.get(0).getStatus().getStatusCode());
    assertNull(spans.get(0).getAttributes().get(AttributeKey.stringKey("error.type")));
    assertEquals(StatusCode.ERROR, spans.get(1).getStatus().getStatusCode());
    assertEquals("503", spans.get(1).getAttributes().get(AttributeKey.stringKey("error.type")));
    assertEquals(StatusCode.ERROR, spans.get(2).getStatus().getStatusCode());
    assertEquals("java.lang.IllegalStateException", spans.get(2).getAttributes().get(AttributeKey.stringKey("error.type")));
    assertEquals("exception", spans.get(2).getEvents().get(0).getName());
    assertEquals("boom for REDACTED", spans.get(2).getEvents().get(0).getAttributes()
        .get(AttributeKey.stringKey("exception.message")), "an exception message is redacted before it leaves");
  }

  @Test
  void unknownMethodsAndRoutesNameTheSpanByWhatIsKnown() {
    Span span = Span.fromContext(ServerSpans.start(tracing, redactor, null, "PURGE", HttpMethods.index("PURGE"), null));
    ServerSpans.end(span, redactor, HttpMethods.index("PURGE"), null, 200, null);
    SpanData data = only();
    assertEquals("HTTP", data.getName());
    assertEquals("_OTHER", data.getAttributes().get(AttributeKey.stringKey("http.request.method")));
    assertEquals("PURGE", data.getAttributes().get(AttributeKey.stringKey("http.request.method_original")));
  }

  @Test
  void aClientSpanIsAChildOfTheCurrentSpanAndItsHeadersCarryIt() {
    Span parent = tracing.tracer().spanBuilder("parent").startSpan();
    Span client;
    String[] headers;
    try (Scope ignored = parent.makeCurrent()) {
      client = ClientSpans.start(tracing, "GET", HttpMethods.index("GET"), "api.example.com", 443);
      headers = tracing.inject(client);
    }
    ClientSpans.url(client, redactor, "/v1/items?api_key=abc", "https", "api.example.com", 443);
    ClientSpans.end(client, redactor, 404, null);
    parent.end();

    SpanData data = exported.getFinishedSpanItems().get(0);
    assertEquals("GET", data.getName());
    assertEquals(SpanKind.CLIENT, data.getKind());
    assertEquals(parent.getSpanContext().getSpanId(), data.getParentSpanId());
    assertArrayEquals(new String[] {"traceparent", "00-" + data.getTraceId() + "-" + data.getSpanId() + "-"
        + data.getSpanContext().getTraceFlags().asHex()}, headers);
    assertTrue(data.getSpanContext().isSampled());
    assertEquals(Attributes.builder().put("http.request.method", "GET").put("server.address", "api.example.com")
        .put("server.port", 443L).put("url.full", "https://api.example.com/v1/items?api_key=REDACTED")
        .put("http.response.status_code", 404L).put("error.type", "404").build().asMap(), data.getAttributes().asMap());
    assertEquals(StatusCode.ERROR, data.getStatus().getStatusCode());
  }

  @Test
  void aRefusedSendHasTheExceptionClassAsErrorTypeAndNoStatus() {
    Span client = ClientSpans.start(tracing, "POST", HttpMethods.index("POST"), "127.0.0.1", 1);
    ClientSpans.url(client, redactor, "http://user:pw@127.0.0.1:1/x", "http", "127.0.0.1", 1);
    ClientSpans.end(client, redactor, -1, new java.net.ConnectException("Connection refused"));
    SpanData data = only();
    assertEquals("java.net.ConnectException", data.getAttributes().get(AttributeKey.stringKey("error.type")));
    assertNull(data.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
    assertEquals("http://REDACTED:REDACTED@127.0.0.1:1/x", data.getAttributes().get(AttributeKey.stringKey("url.full")));
  }

  @Test
  void aDatabaseSpanIsBackDatedAndNamedByOperationAndTable() {
    long end = tracing.nowEpochNanos();
    Span span = DbSpans.start(tracing, DbTarget.of(DbSystem.POSTGRESQL, "jdbc:postgresql://db:5432/shop"),
        new SqlShapes(10).of("SELECT * FROM orders WHERE id = 42 AND note = 'it''s'"), end, 3_000_000);
    DbSpans.end(span, redactor, new java.sql.SQLException("bad", "42601"), end);
    SpanData data = only();
    assertEquals("SELECT orders", data.getName());
    assertEquals(SpanKind.CLIENT, data.getKind());
    assertEquals(3_000_000, data.getEndEpochNanos() - data.getStartEpochNanos());
    assertEquals(Attributes.builder().put("db.system.name", "postgresql").put("db.namespace", "shop")
        .put("db.query.text", "SELECT * FROM orders WHERE id = ? AND note = ?").put("db.operation.name", "SELECT")
        .put("db.collection.name", "orders").put("server.address", "db").put("server.port", 5432L)
        .put("error.type", "java.sql.SQLException").build().asMap(), data.getAttributes().asMap());
    assertEquals(StatusCode.ERROR, data.getStatus().getStatusCode());
  }

  @Test
  void withTracingOffNothingIsReadRecordedOrInjected() {
    Tracing off = Tracing.off();
    assertArrayEquals(new String[0], off.serverHeaderNames());
    assertSame(Context.root(), ServerSpans.start(off, redactor, new String[0], "GET", HttpMethods.index("GET"), "/a"));
    assertSame(Span.getInvalid(), DbSpans.start(off, DbTarget.of(null, null), new SqlShapes(1).of("SELECT 1"), 0, 1));
    assertEquals(0, off.nowEpochNanos());
    Span span = ClientSpans.start(off, "GET", HttpMethods.index("GET"), "h", 80);
    assertSame(Span.getInvalid(), span);
    assertArrayEquals(new String[0], off.inject(span));
    assertTrue(exported.getFinishedSpanItems().isEmpty());
  }
}
