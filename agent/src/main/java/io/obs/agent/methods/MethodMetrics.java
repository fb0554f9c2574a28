package io.obs.agent.methods;

import io.obs.agent.metrics.CardinalityGuard;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code app_method_duration_seconds{class,method,error_type}} and {@code app_events_total{event}}.
 * Classes and methods come from the configuration, so the label sets are bounded by it; error types
 * past the cardinality limit fold into {@code _OTHER}. A known label set is recorded through the
 * data point cached on its {@link MethodInfo}: no lookup by labels, no allocation.
 */
final class MethodMetrics {

  static final String DURATION = "app_method_duration_seconds";
  static final double[] BUCKETS = {0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10};
  static final String OTHER = "_OTHER";

  private final Histogram duration;
  private final CardinalityGuard guard;
  private final Map<String, CounterDataPoint> events = new HashMap<>();

  /** @param eventNames every configured event, counted from 0 */
  MethodMetrics(PrometheusRegistry registry, CardinalityGuard guard, boolean exemplars, Iterable<String> eventNames) {
    this.guard = guard;
    Histogram.Builder histogram = Histogram.builder()
        .name(DURATION)
        .help("Duration of the methods named by obs.methods and obs.events.*, measured by obs-agent.")
        .unit(Unit.SECONDS)
        .labelNames("class", "method", "error_type")
        .classicUpperBounds(BUCKETS)
        .classicOnly();
    this.duration = (exemplars ? histogram : histogram.withoutExemplars()).register(registry);
    Counter counter = Counter.builder()
        .name("app_events_total")
        .help("Business events (obs.events.*) emitted, by event.")
        .labelNames("event")
        .register(registry);
    eventNames.forEach(name -> events.put(name, counter.labelValues(name)));
  }

  void record(MethodInfo method, Throwable error, long durationNanos) {
    DistributionDataPoint point = error == null ? method.succeeded : method.failed.get(error.getClass().getName());
    if (point == null) {
      point = create(method, error);
    }
    if (point == method.overflow) {
      guard.overflowed();
    }
    point.observe(durationNanos / 1e9);
  }

  void counted(EventSpec event) {
    events.get(event.name).inc();
  }

  private DistributionDataPoint create(MethodInfo method, Throwable error) {
    if (error == null) {
      DistributionDataPoint point = duration.labelValues(method.className, method.methodName, "");
      method.succeeded = point;
      return point;
    }
    String errorType = error.getClass().getName();
    return method.failed.computeIfAbsent(errorType, type -> guard.tryAdd()
        ? duration.labelValues(method.className, method.methodName, type)
        : overflow(method));
  }

  private DistributionDataPoint overflow(MethodInfo method) {
    DistributionDataPoint point = duration.labelValues(method.className, method.methodName, OTHER);
    method.overflow = point;
    return point;
  }
}
