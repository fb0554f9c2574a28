package io.obs.agent.trace.otlp;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.internal.otlp.traces.LowAllocationTraceRequestMarshaler;
import io.opentelemetry.exporter.internal.otlp.traces.TraceRequestMarshaler;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One export batch of 512 spans as the agent makes them (256 requests: a servlet SERVER span with 9
 * attributes and its JDBC CLIENT span with a 60-character db.query.text) encoded as an OTLP request
 * and written to a discarding stream: by the SDK 1.68 marshaler the OTLP exporter used (low
 * allocation, its default), by the SDK's immutable one, and by {@link OtlpSpanEncoder}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class OtlpEncodeBenchmark {

  private static final OutputStream DISCARD = OutputStream.nullOutputStream();

  private final List<SpanData> batch = new ArrayList<>();
  private final LowAllocationTraceRequestMarshaler sdkLowAllocation = new LowAllocationTraceRequestMarshaler();
  private final OtlpSpanEncoder encoder = new OtlpSpanEncoder();

  @Setup
  public void setUp() {
    SdkTracerProvider provider = SdkTracerProvider.builder()
        .setResource(Resource.getDefault().merge(Resource.create(Attributes.builder()
            .put("service.name", "shop").put("service.instance.id", "5f0c7a1e-3f1b-4d8a-9a57-0d3c1e2b4a6f")
            .put("host.name", "app-7f9c").put("process.pid", 4242L).put("process.runtime.name", "OpenJDK Runtime Environment")
            .put("telemetry.distro.name", "obs-agent").put("telemetry.distro.version", "0.1.0").build())))
        .addSpanProcessor(new Collect(batch)).build();
    Tracer tracer = provider.get("obs-agent", "0.1.0");
    for (int i = 0; batch.size() < 512; i++) {
      Span server = tracer.spanBuilder("GET /users/{id}").setSpanKind(SpanKind.SERVER).startSpan();
      server.setAttribute("http.request.method", "GET");
      server.setAttribute("http.route", "/users/{id}");
      server.setAttribute("url.path", "/users/" + i);
      server.setAttribute("url.scheme", "http");
      server.setAttribute("server.address", "shop.example.com");
      server.setAttribute("server.port", 8080L);
      server.setAttribute("client.address", "10.0.3." + (i % 250));
      server.setAttribute("user_agent.original", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0");
      Span db = tracer.spanBuilder("SELECT users").setSpanKind(SpanKind.CLIENT)
          .setParent(Context.root().with(server)).startSpan();
      db.setAttribute("db.system.name", "postgresql");
      db.setAttribute("db.operation.name", "SELECT");
      db.setAttribute("db.collection.name", "users");
      db.setAttribute("db.query.text", "SELECT id, name, email, created FROM users WHERE id = ? LIMIT ?");
      db.setAttribute("server.address", "db.internal");
      db.setAttribute("server.port", 5432L);
      db.end();
      server.setAttribute("http.response.status_code", 200L);
      server.end();
    }
  }

  @Benchmark
  public void sdkLowAllocationMarshaler() throws IOException {
    sdkLowAllocation.initialize(batch);
    try {
      sdkLowAllocation.writeBinaryTo(DISCARD);
    } finally {
      sdkLowAllocation.reset();
    }
  }

  @Benchmark
  public void sdkImmutableMarshaler() throws IOException {
    TraceRequestMarshaler.create(batch).writeBinaryTo(DISCARD);
  }

  @Benchmark
  public void obsEncoder() throws IOException {
    encoder.encode(batch);
    encoder.writeMessage(DISCARD);
  }

  /** Keeps ended spans as the export queue hands them to the exporter. */
  private static final class Collect implements SpanProcessor {
    private final List<SpanData> spans;

    Collect(List<SpanData> spans) {
      this.spans = spans;
    }

    @Override
    public void onStart(Context parentContext, io.opentelemetry.sdk.trace.ReadWriteSpan span) {}

    @Override
    public boolean isStartRequired() {
      return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
      spans.add(span.toSpanData());
    }

    @Override
    public boolean isEndRequired() {
      return true;
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}
