package io.obs.agent.trace.otlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.KeyValue;
import io.opentelemetry.api.common.Value;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.internal.otlp.traces.LowAllocationTraceRequestMarshaler;
import io.opentelemetry.exporter.internal.otlp.traces.TraceRequestMarshaler;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.testing.trace.TestSpanData;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanLimits;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same spans through the SDK's OTLP marshalers and through ours: the same bytes, and parsed
 * with the generated opentelemetry-proto classes, the same request.
 */
class OtlpSpanEncoderTest {

  /** Spans the SDK ended itself; their resource and scope are the instances all spans of a batch share, as in the agent. */
  private static final List<SpanData> REAL = realSpans(200);
  private static final Resource RESOURCE = REAL.get(0).getResource();
  private static final InstrumentationScopeInfo SCOPE = REAL.get(0).getInstrumentationScopeInfo();
  private static final String LONG_ASCII = repeat("select-x-", 20); // 180 bytes: a 2-byte length
  private static final String HUGE = repeat("ü€😀a", 2000); // 20,000 bytes: a 3-byte length
  private static final String UNICODE = "Grüße € 😀 ✗ 中文";

  private final OtlpSpanEncoder encoder = new OtlpSpanEncoder();

  @Test
  void oneRichSpanIsEncodedAsTheSdkEncodesIt() throws IOException {
    assertSameAsSdk(List.of(rich(1)));
  }

  @Test
  void aBatchOf512MixedSpansIsEncodedAsTheSdkEncodesIt() throws IOException {
    List<SpanData> spans = new ArrayList<>();
    for (int i = 0; spans.size() < 512; i++) {
      spans.add(i % 3 == 0 ? rich(i + 1) : REAL.get(i % REAL.size()));
    }
    assertEquals(512, spans.size());
    assertSameAsSdk(spans);
  }

  @Test
  void theReusedBufferHoldsOnlyTheLatestRequest() throws IOException {
    List<SpanData> big = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      big.add(rich(i + 1));
    }
    encoder.encode(big);
    assertSameAsSdk(REAL.subList(0, 3));
    assertSameAsSdk(List.of());
    assertSameAsSdk(big);
  }

  @Test
  void spansOfSeveralResourcesAndScopesAreGroupedAsTheSdkGroupsThem() throws IOException {
    Resource other = Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "other"));
    InstrumentationScopeInfo jdbc = InstrumentationScopeInfo.builder("jdbc").setSchemaUrl("https://opentelemetry.io/schemas/1.30.0")
        .setAttributes(Attributes.of(AttributeKey.booleanKey("scope.flag"), true)).build();
    List<SpanData> spans = List.of(
        span(1, RESOURCE, SCOPE), span(2, RESOURCE, jdbc), span(3, other, jdbc), span(4, RESOURCE, SCOPE),
        span(5, other, SCOPE), span(6, RESOURCE, jdbc));
    ExportTraceServiceRequest ours = ExportTraceServiceRequest.parseFrom(encode(spans));
    ExportTraceServiceRequest sdk = ExportTraceServiceRequest.parseFrom(sdk(spans));
    // the SDK's groups come out of identity hash maps (in no fixed order), ours in order of first appearance
    assertEquals(2, ours.getResourceSpansCount());
    assertEquals(sorted(sdk), sorted(ours));
    assertEquals("[1, 4, 2, 6, 3, 5]", spanOrder(ours));
  }

  @Test
  void stringsAreUtf8AsJavaEncodesThemEvenWithALoneSurrogate() throws IOException {
    String lone = "a\uD800b\uDC00c\uD83D";
    SpanData span = TestSpanData.builder().setSpanContext(context(7, 7)).setResource(RESOURCE).setInstrumentationScopeInfo(SCOPE)
        .setName(lone).setKind(SpanKind.INTERNAL).setStartEpochNanos(1).setEndEpochNanos(2).setHasEnded(true)
        .setStatus(StatusData.unset()).build();
    ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(encode(List.of(span)));
    assertEquals(new String(lone.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8),
        request.getResourceSpans(0).getScopeSpans(0).getSpans(0).getName());
    assertSameAsSdk(List.of(span));
  }

  private void assertSameAsSdk(List<SpanData> spans) throws IOException {
    byte[] ours = encode(spans);
    byte[] sdk = sdk(spans);
    ExportTraceServiceRequest expected = ExportTraceServiceRequest.parseFrom(sdk);
    ExportTraceServiceRequest actual = ExportTraceServiceRequest.parseFrom(ours);
    if (!spans.isEmpty()) { // span by span first: a readable difference
      assertEquals(1, expected.getResourceSpansCount()); // one group: the SDK's order of groups is not fixed
      assertEquals(1, expected.getResourceSpans(0).getScopeSpansCount());
      assertEquals(expected.getResourceSpans(0).getResource(), actual.getResourceSpans(0).getResource());
      List<io.opentelemetry.proto.trace.v1.Span> want = expected.getResourceSpans(0).getScopeSpans(0).getSpansList();
      for (int i = 0; i < want.size(); i++) {
        assertEquals(want.get(i), actual.getResourceSpans(0).getScopeSpans(0).getSpans(i), "span " + i);
      }
    }
    assertEquals(expected, actual);
    assertArrayEquals(sdk, ours);
    ByteArrayOutputStream lowAllocation = new ByteArrayOutputStream();
    LowAllocationTraceRequestMarshaler marshaler = new LowAllocationTraceRequestMarshaler();
    marshaler.initialize(spans);
    marshaler.writeBinaryTo(lowAllocation);
    assertArrayEquals(lowAllocation.toByteArray(), ours);
  }

  private byte[] encode(List<SpanData> spans) throws IOException {
    encoder.encode(spans);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    encoder.writeMessage(out);
    assertEquals(out.size(), encoder.getContentLength());
    return out.toByteArray();
  }

  private static byte[] sdk(List<SpanData> spans) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TraceRequestMarshaler.create(spans).writeBinaryTo(out);
    return out.toByteArray();
  }

  /** Every field and attribute type, remote parent, trace state, drops, multi-byte lengths. */
  private static SpanData rich(int i) {
    Attributes attributes = Attributes.builder()
        .put("http.request.method", "GET")
        .put("http.route", "/users/{id}")
        .put("http.response.status_code", 500L)
        .put("negative", -i)
        .put("zero", 0L)
        .put("ratio", 0.25 * i)
        .put("zero.double", 0.0)
        .put("flag", true)
        .put("off", false)
        .put("empty", "")
        .put("unicode", UNICODE)
        .put("db.query.text", LONG_ASCII + i)
        .put("huge", HUGE)
        .put(AttributeKey.stringArrayKey("tags"), Arrays.asList("a", "", UNICODE))
        .put(AttributeKey.booleanArrayKey("bools"), Arrays.asList(true, false))
        .put(AttributeKey.longArrayKey("longs"), Arrays.asList(1L, -1L, Long.MAX_VALUE))
        .put(AttributeKey.doubleArrayKey("doubles"), Arrays.asList(1.5, -0.0, Double.NaN))
        .put(AttributeKey.stringArrayKey("none"), List.of())
        .put(AttributeKey.valueKey("structured"), Value.of(KeyValue.of("k", Value.of("v")),
            KeyValue.of("list", Value.of(Value.of(1L), Value.of(true), Value.of(2.5), Value.of(new byte[] {1, 2, 3}), Value.empty()))))
        .build();
    List<EventData> events = List.of(
        EventData.create(1_000L + i, "exception", Attributes.builder()
            .put("exception.type", "java.sql.SQLException").put("exception.message", UNICODE)
            .put("exception.stacktrace", HUGE).build(), 5),
        EventData.create(2_000L, "no attributes", Attributes.empty()));
    List<LinkData> links = List.of(
        LinkData.create(SpanContext.createFromRemoteParent(hex(32, i + 100), hex(16, i + 100), TraceFlags.getSampled(),
            TraceState.builder().put("vendor", "v1").build()), Attributes.of(AttributeKey.longKey("link.n"), (long) i), 3),
        LinkData.create(SpanContext.create(hex(32, i + 200), hex(16, i + 200), TraceFlags.getDefault(), TraceState.getDefault())));
    return TestSpanData.builder()
        .setSpanContext(SpanContext.create(hex(32, i), hex(16, i), TraceFlags.getSampled(),
            TraceState.builder().put("vendor", "v" + i).put("other", "x").build()))
        .setParentSpanContext(SpanContext.createFromRemoteParent(hex(32, i), hex(16, i + 5000), TraceFlags.getSampled(),
            TraceState.getDefault()))
        .setResource(RESOURCE)
        .setInstrumentationScopeInfo(SCOPE)
        .setName("GET /users/{id} " + UNICODE)
        .setKind(SpanKind.values()[i % SpanKind.values().length])
        .setStartEpochNanos(1_700_000_000_000_000_000L + i)
        .setEndEpochNanos(1_700_000_000_123_456_789L + i)
        .setAttributes(attributes)
        .setTotalAttributeCount(attributes.size() + 2)
        .setEvents(events)
        .setTotalRecordedEvents(events.size() + 1)
        .setLinks(links)
        .setTotalRecordedLinks(links.size() + 4)
        .setStatus(i % 2 == 0 ? StatusData.create(StatusCode.ERROR, "boom " + UNICODE) : StatusData.ok())
        .setHasEnded(true)
        .build();
  }

  /** Spans as the SDK itself ends them: a server span with a remote parent, a child, an error, limits hit. */
  private static List<SpanData> realSpans(int requests) {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    SdkTracerProvider provider = SdkTracerProvider.builder()
        .setResource(Resource.getDefault().merge(Resource.create(Attributes.builder()
            .put("service.name", "shop").put("process.pid", 4242L).put("telemetry.distro.name", "obs-agent").build())))
        .setSpanLimits(SpanLimits.builder().setMaxNumberOfAttributes(8).setMaxNumberOfEvents(1).build())
        .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    Tracer tracer = provider.get("obs-agent", "0.1.0");
    for (int i = 0; i < requests; i++) {
      Context remote = Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(hex(32, i + 1), hex(16, i + 1),
          TraceFlags.getSampled(), TraceState.getDefault())));
      Span server = tracer.spanBuilder("GET /users/{id}").setParent(i % 2 == 0 ? remote : Context.root())
          .setSpanKind(SpanKind.SERVER)
          .setAttribute("http.request.method", "GET").setAttribute("http.route", "/users/{id}")
          .setAttribute("url.path", "/users/" + i).setAttribute("http.response.status_code", 200L)
          .startSpan();
      Span db = tracer.spanBuilder("SELECT users").setParent(Context.root().with(server)).setSpanKind(SpanKind.CLIENT)
          .setAttribute("db.system.name", "h2database").setAttribute("db.query.text", "SELECT name FROM users WHERE id = ?")
          .startSpan();
      if (i % 5 == 0) {
        IllegalStateException e = new IllegalStateException("no row " + i);

        db.recordException(e);
        db.addEvent("second event, dropped");
        db.setStatus(StatusCode.ERROR, "no row");
        for (int a = 0; a < 10; a++) {
          db.setAttribute("extra." + a, a);
        }
      }
      db.end();
      server.end();
    }
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertEquals(2 * requests, spans.size());
    provider.close();
    return spans;
  }

  private static SpanData span(int i, Resource resource, InstrumentationScopeInfo scope) {
    return TestSpanData.builder().setSpanContext(context(i, i)).setResource(resource).setInstrumentationScopeInfo(scope)
        .setName("s" + i).setKind(SpanKind.INTERNAL).setStartEpochNanos(i).setEndEpochNanos(i + 1).setHasEnded(true)
        .setStatus(StatusData.unset()).build();
  }

  private static SpanContext context(int trace, int span) {
    return SpanContext.create(hex(32, trace), hex(16, span), TraceFlags.getSampled(), TraceState.getDefault());
  }

  private static String hex(int digits, long n) {
    String s = Long.toHexString(n * 0x9E3779B97F4A7C15L | 1) + "ab";
    return repeat(s, digits / s.length() + 1).substring(0, digits);
  }

  private static String repeat(String s, int times) {
    return s.repeat(times);
  }

  /** Resource spans and scope spans in a fixed order, so that two groupings can be compared. */
  private static List<String> sorted(ExportTraceServiceRequest request) {
    List<String> groups = new ArrayList<>();
    request.getResourceSpansList().forEach(rs -> rs.getScopeSpansList().forEach(ss ->
        groups.add(rs.getResource() + "|" + rs.getSchemaUrl() + "|" + ss)));
    groups.sort(null);
    return groups;
  }

  private static String spanOrder(ExportTraceServiceRequest request) {
    List<String> names = new ArrayList<>();
    request.getResourceSpansList().forEach(rs -> rs.getScopeSpansList().forEach(ss ->
        ss.getSpansList().forEach(s -> names.add(s.getName().substring(1)))));
    return names.toString();
  }
}
