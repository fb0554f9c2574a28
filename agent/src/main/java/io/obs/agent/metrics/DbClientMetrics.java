package io.obs.agent.metrics;

import io.obs.agent.db.DbSystem;
import io.obs.agent.db.SqlShape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.tracer.initializer.SpanContextSupplier;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code db_client_operation_duration_seconds}. One {@link RouteSeries} per SQL shape holds the
 * data points keyed by (system, error type), so recording a known label set is two lock-free reads
 * and no allocation. New label sets past the cardinality limit go to
 * {@code db_operation_name="_OTHER", db_collection_name="_OTHER"} and are counted as overflow.
 */
public final class DbClientMetrics {

  public static final String DURATION = "db_client_operation_duration_seconds";
  static final double[] BUCKETS = {0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10};
  private static final String NO_ERROR = "";

  private final FixedBucketHistogram duration;
  private final ConcurrentHashMap<SqlShape, RouteSeries> shapes = new ConcurrentHashMap<>();
  private final RouteSeries other = new RouteSeries();
  private final CardinalityGuard guard;

  /** @param exemplars whether observations carry the current span's ids (tracing on) */
  public DbClientMetrics(PrometheusRegistry registry, CardinalityGuard guard, boolean exemplars) {
    this.guard = guard;
    this.duration = new FixedBucketHistogram(DURATION,
        "Duration of JDBC statement executions, measured by obs-agent at the outermost Statement call.",
        new String[] {"db_system_name", "db_operation_name", "db_collection_name", "error_type"}, BUCKETS,
        exemplars ? SpanContextSupplier::getSpanContext : null).register(registry);
  }

  /** Records one execution; {@code error} is what the driver threw, null when it succeeded. */
  public void record(DbSystem system, SqlShape shape, Throwable error, long durationNanos) {
    String errorType = error == null ? NO_ERROR : error.getClass().getName();
    RouteSeries series = shapes.get(shape);
    if (series == null) {
      series = shapes.size() < guard.limit() ? shapes.computeIfAbsent(shape, s -> new RouteSeries()) : other;
    }
    int key = system.ordinal();
    RouteSeries.Entry entry = series.find(key, errorType);
    if (entry == null) {
      RouteSeries target = series;
      entry = series.add(key, errorType, () -> create(target, system, shape, errorType));
    }
    if (entry.overflow) {
      guard.overflowed();
    }
    entry.point.observe(durationNanos / 1e9);
  }

  /** Called under the series' lock, so a label set claims its room in the guard once. */
  private RouteSeries.Entry create(RouteSeries series, DbSystem system, SqlShape shape, String errorType) {
    boolean fits = series != other && guard.tryAdd();
    String operation = fits ? shape.operation() : RouteNamer.OTHER;
    String collection = fits ? shape.collection() : RouteNamer.OTHER;
    return new RouteSeries.Entry(system.ordinal(), errorType,
        duration.labelValues(system.label(), operation, collection, errorType), !fits);
  }
}
