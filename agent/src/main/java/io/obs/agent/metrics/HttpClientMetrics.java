package io.obs.agent.metrics;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.tracer.initializer.SpanContextSupplier;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code http_client_request_duration_seconds}. One {@link RouteSeries} per server address holds
 * the data points keyed by (port, method, status, error type), so recording a known label set is
 * two lock-free reads and no allocation. Past the cardinality limit a new label set goes to
 * {@code server_address="_OTHER", server_port="_OTHER"} and is counted as overflow.
 */
public final class HttpClientMetrics {

  public static final String DURATION = "http_client_request_duration_seconds";
  /** No status was received: connection refused, timeout, TLS failure. */
  public static final int NO_STATUS = -1;
  private static final String NO_ERROR = "";
  private static final int PORTS = 65536;

  private final FixedBucketHistogram duration;
  private final ConcurrentHashMap<String, RouteSeries> hosts = new ConcurrentHashMap<>();
  private final RouteSeries other = new RouteSeries();
  private final CardinalityGuard guard;

  /** @param exemplars whether observations carry the current span's ids (tracing on) */
  public HttpClientMetrics(PrometheusRegistry registry, CardinalityGuard guard, boolean exemplars) {
    this.guard = guard;
    this.duration = new FixedBucketHistogram(DURATION,
        "Duration of outgoing HTTP requests, measured by obs-agent around the outermost client send.",
        new String[] {"http_request_method", "server_address", "server_port", "http_response_status_code", "error_type"}, ServerRequestMetrics.BUCKETS,
        exemplars ? SpanContextSupplier::getSpanContext : null).register(registry);
  }

  /**
   * Records one send. A received status wins over an exception (a client that throws on 4xx/5xx
   * still had an answer); a 4xx/5xx status is its own error type, as the semantic conventions say;
   * without a status the error type is the exception class.
   *
   * @param address the server host, never null; port 0..65535
   * @param status the received status, or {@link #NO_STATUS}
   */
  public void record(int methodIndex, String address, int port, int status, Throwable error, long durationNanos) {
    int code = status < 100 || status > 999 ? 0 : status;
    String errorType = code >= 400 ? StatusCodes.label(code)
        : code == 0 && error != null ? error.getClass().getName() : NO_ERROR;
    point(methodIndex, address, port & (PORTS - 1), code, errorType).observe(durationNanos / 1e9);
  }

  private FixedBucketHistogram.Series point(int methodIndex, String address, int port, int status, String errorType) {
    RouteSeries series = hosts.get(address);
    if (series == null) {
      series = hosts.size() < guard.limit() ? hosts.computeIfAbsent(address, a -> new RouteSeries()) : other;
    }
    int key = RouteSeries.key(methodIndex, status) * PORTS + port;
    RouteSeries.Entry entry = series.find(key, errorType);
    if (entry == null) {
      RouteSeries target = series;
      entry = series.add(key, errorType, () -> create(target, key, methodIndex, address, port, status, errorType));
    }
    if (entry.overflow) {
      guard.overflowed();
    }
    return entry.point;
  }

  /** Called under the series' lock, so a label set claims its room in the guard once. */
  private RouteSeries.Entry create(RouteSeries series, int key, int methodIndex, String address, int port, int status,
      String errorType) {
    boolean fits = series != other && guard.tryAdd();
    String statusLabel = status == 0 ? "" : StatusCodes.label(status);
    FixedBucketHistogram.Series point = duration.labelValues(HttpMethods.label(methodIndex), fits ? address : RouteNamer.OTHER,
        fits ? Integer.toString(port) : RouteNamer.OTHER, statusLabel, errorType);
    return new RouteSeries.Entry(key, errorType, point, !fits);
  }
}
