package io.obs.agent.log;

import io.obs.agent.redact.RedactionMetrics;
import io.obs.agent.redact.Redactor;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
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
 * One {@code http.server.request} event: what the request thread pays (build it, queue it; when the
 * writer falls behind, drop and count it), and what the writer thread pays (redact and format it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class EventBenchmark {

  private final SpanContext span = SpanContext.create("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331",
      TraceFlags.getSampled(), TraceState.getDefault());
  private final Redactor redactor = new Redactor(Set.of(), "REDACTED", List.of(), new RedactionMetrics(new PrometheusRegistry()));
  private final EventFormat format = new EventFormat("shop", redactor);
  private final Event event = new Event(1795640270519L, "INFO", "http.server.request", span.getTraceId(), span.getSpanId(),
      new Object[] {"http.request.method", "GET", "http.route", "/users/*", "http.response.status_code", 200,
          "duration_ms", 12.5, "error.type", null});
  private final OutputStream discard = OutputStream.nullOutputStream();
  private RequestEvents requests;

  @Setup
  public void setUp() {
    EventLog log = new EventLog(EventSink.stream(new PrintStream(discard)), format, 8192,
        Counter.builder().name("dropped").build().labelValues(), System.err);
    requests = new RequestEvents(log, Set.of("all"), 1.0, 1000);
  }

  @Benchmark
  public void requestThread() {
    requests.ended(span, "GET", "/users/*", 200, null, 12_500_000L);
  }

  @Benchmark
  public void writerThread() throws IOException {
    format.write(event, discard);
  }
}
