package io.obs.agent.trace;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** How span export is doing: {@code obs_agent_spans_exported_total}, {@code _dropped_total{reason}}, {@code obs_agent_export_failures_total}. */
public final class TraceMetrics {

  private final CounterDataPoint exported;
  private final CounterDataPoint queueFull;
  private final CounterDataPoint exportFailed;
  private final CounterDataPoint failures;

  public TraceMetrics(PrometheusRegistry registry) {
    exported = Counter.builder()
        .name("obs_agent_spans_exported_total")
        .help("Spans the OTLP backend accepted.")
        .register(registry)
        .labelValues();
    Counter dropped = Counter.builder()
        .name("obs_agent_spans_dropped_total")
        .help("Sampled spans that never reached the backend: queue_full = the export queue (obs.traces.queue.size) "
            + "was full, export_failed = their batch failed.")
        .labelNames("reason")
        .register(registry);
    queueFull = dropped.labelValues("queue_full");
    exportFailed = dropped.labelValues("export_failed");
    failures = Counter.builder()
        .name("obs_agent_export_failures_total")
        .help("Span export batches that failed (backend down, refused, timed out or answered an error).")
        .register(registry)
        .labelValues();
  }

  void exported(int spans) {
    exported.inc(spans);
  }

  void queueFull() {
    queueFull.inc();
  }

  void exportFailed(int spans) {
    failures.inc();
    exportFailed.inc(spans);
  }
}
