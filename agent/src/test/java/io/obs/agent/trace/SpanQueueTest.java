package io.obs.agent.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.obs.agent.log.EventLog;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import io.obs.agent.Await;
import org.junit.jupiter.api.Test;

/** Bounded queue, counted drops and failures, one line when export goes down and one when it is back. */
class SpanQueueTest {

  /** Accepts or refuses batches; can hold the export thread inside export(). */
  private static final class Backend implements SpanExporter {
    final List<SpanData> received = new ArrayList<>();
    volatile boolean up = true;
    volatile CountDownLatch hold;
    final CountDownLatch entered = new CountDownLatch(1);

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
      entered.countDown();
      CountDownLatch h = hold;
      if (h != null) {
        try {
          h.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (!up) {
        return CompletableResultCode.ofExceptionalFailure(new java.net.ConnectException("Connection refused"));
      }
      synchronized (received) {
        received.addAll(spans);
      }
      return CompletableResultCode.ofSuccess();
    }

    int count() {
      synchronized (received) {
        return received.size();
      }
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final TraceMetrics metrics = new TraceMetrics(registry);
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Backend backend = new Backend();

  private Tracer tracer(int capacity, int batch, long delayMillis) {
    SpanQueue queue = new SpanQueue(backend, metrics,
        new ExportStatus("http://collector:4318/v1/traces", new PrintStream(err, true, StandardCharsets.UTF_8), EventLog.none()),
        capacity, batch, delayMillis, 5_000);
    return SdkTracerProvider.builder().addSpanProcessor(queue).build().get("test");
  }

  private static void spans(Tracer tracer, int n) {
    for (int i = 0; i < n; i++) {
      tracer.spanBuilder("s" + i).startSpan().end();
    }
  }

  private double counter(String name, String... labels) {
    for (MetricSnapshot snapshot : registry.scrape()) {
      if (snapshot.getMetadata().getPrometheusName().equals(name)) {
        for (CounterSnapshot.CounterDataPointSnapshot p : ((CounterSnapshot) snapshot).getDataPoints()) {
          if (p.getLabels().equals(Labels.of(labels))) {
            return p.getValue();
          }
        }
      }
    }
    throw new AssertionError("no " + name);
  }


  @Test
  void aFullBatchIsExportedAtOnceAndAFullQueueDropsAndCounts() throws InterruptedException {
    backend.hold = new CountDownLatch(1);
    Tracer tracer = tracer(4, 4, TimeUnit.HOURS.toMillis(1));
    spans(tracer, 4); // a full batch wakes the export thread, which then waits inside export()
    assertTrue(backend.entered.await(10, TimeUnit.SECONDS));
    spans(tracer, 7); // 4 fit the queue again, 3 do not
    assertEquals(3.0, counter("obs_agent_spans_dropped", "reason", "queue_full"));
    backend.hold.countDown();
    Await.until("8 spans exported", () -> backend.count() == 8);
    Await.until("the exported counter", () -> counter("obs_agent_spans_exported") == 8.0);
    assertEquals(0.0, counter("obs_agent_export_failures"));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void failuresAreCountedWithOneLineDownAndOneLineUp() {
    backend.up = false;
    Tracer tracer = tracer(100, 1, TimeUnit.HOURS.toMillis(1));
    spans(tracer, 3);
    Await.until("3 failed batches", () -> counter("obs_agent_export_failures") == 3.0);
    assertEquals(3.0, counter("obs_agent_spans_dropped", "reason", "export_failed"));
    backend.up = true;
    spans(tracer, 2);
    Await.until("2 spans exported", () -> counter("obs_agent_spans_exported") == 2.0);
    String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(2, lines.length, err::toString);
    assertEquals("obs-agent: span export to http://collector:4318/v1/traces is failing (java.net.ConnectException: "
        + "Connection refused); spans are dropped and counted in obs_agent_spans_dropped_total until it recovers", lines[0]);
    assertEquals("obs-agent: span export to http://collector:4318/v1/traces recovered after 3 failed batches", lines[1]);
  }

  @Test
  void unsampledSpansNeverEnterTheQueue() {
    Tracer tracer = SdkTracerProvider.builder()
        .setSampler(io.opentelemetry.sdk.trace.samplers.Sampler.alwaysOff())
        .addSpanProcessor(new SpanQueue(backend, metrics, new ExportStatus("x", new PrintStream(err), EventLog.none()), 1, 1, 10, 1000))
        .build().get("test");
    spans(tracer, 5);
    assertEquals(0.0, counter("obs_agent_spans_dropped", "reason", "queue_full"));
  }
}
