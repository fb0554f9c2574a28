package io.obs.agent.metrics;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.tracer.initializer.SpanContextSupplier;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code http_server_request_duration_seconds} and {@code http_server_active_requests}. The data
 * point of every label set is cached, so recording a request takes no lock once its label set has
 * been seen. Requests in flight are striped counters read at scrape: a request start and end touch
 * no cache line another core is updating.
 */
public final class ServerRequestMetrics {

  public static final String DURATION = "http_server_request_duration_seconds";
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10};
  private static final String NO_ERROR = "";

  private final FixedBucketHistogram duration;
  private final LongAdder[] active = new LongAdder[HttpMethods.COUNT];
  private final ConcurrentHashMap<String, RouteSeries> routes = new ConcurrentHashMap<>();
  private final RouteSeries otherRoute = new RouteSeries();
  private final CardinalityGuard guard;

  /** The bucket upper bounds of {@link #DURATION}, in seconds (SLO rules count requests per bucket). */
  public static double[] buckets() {
    return BUCKETS.clone();
  }

  /** @param exemplars whether observations carry the current span's ids (tracing on) */
  public ServerRequestMetrics(PrometheusRegistry registry, CardinalityGuard guard, boolean exemplars) {
    this.guard = guard;
    this.duration = new FixedBucketHistogram(DURATION,
        "Duration of HTTP server requests, measured by obs-agent at the outermost servlet or filter.",
        new String[] {"http_request_method", "http_route", "http_response_status_code", "error_type"}, BUCKETS,
        exemplars ? SpanContextSupplier::getSpanContext : null).register(registry);
    for (int i = 0; i < active.length; i++) {
      active[i] = new LongAdder();
    }
    GaugeWithCallback.builder()
        .name("http_server_active_requests")
        .help("HTTP server requests in flight.")
        .labelNames("http_request_method")
        .callback(gauge -> {
          for (int i = 0; i < active.length; i++) {
            gauge.call(active[i].sum(), HttpMethods.label(i));
          }
        })
        .register(registry);
  }

  public void started(int methodIndex) {
    active[methodIndex].increment();
  }

  /**
   * Records one finished request. {@code errorType} is the exception class when one escaped;
   * otherwise a 5xx status is its own error type, as the semantic conventions say. A null route
   * means the route namer was full: the request is recorded under {@code _OTHER} as an overflow.
   */
  public void ended(int methodIndex, String route, int status, String exceptionType, long durationNanos) {
    active[methodIndex].decrement();
    int clamped = status < 0 || status > 999 ? 0 : status;
    String errorType = exceptionType != null ? exceptionType : clamped >= 500 ? StatusCodes.label(clamped) : NO_ERROR;
    point(methodIndex, route, clamped, errorType).observe(durationNanos / 1e9);
  }

  private FixedBucketHistogram.Series point(int methodIndex, String route, int status, String errorType) {
    RouteSeries series = route == null ? otherRoute : routes.get(route);
    if (series == null) {
      series = routes.size() < guard.limit() ? routes.computeIfAbsent(route, r -> new RouteSeries()) : otherRoute;
    }
    int key = RouteSeries.key(methodIndex, status);
    RouteSeries.Entry entry = series.find(key, errorType);
    if (entry == null) {
      RouteSeries target = series;
      entry = series.add(key, errorType, () -> create(target, route, methodIndex, status, errorType));
    }
    if (entry.overflow) {
      guard.overflowed();
    }
    return entry.point;
  }

  private RouteSeries.Entry create(RouteSeries series, String route, int methodIndex, int status, String errorType) {
    boolean fits = series != otherRoute && guard.tryAdd();
    if (series == otherRoute || !fits) {
      return new RouteSeries.Entry(RouteSeries.key(methodIndex, status), errorType,
          otherPoint(methodIndex, status, errorType), true);
    }
    return new RouteSeries.Entry(RouteSeries.key(methodIndex, status), errorType,
        duration.labelValues(HttpMethods.label(methodIndex), route, StatusCodes.label(status), errorType), false);
  }

  private FixedBucketHistogram.Series otherPoint(int methodIndex, int status, String errorType) {
    return duration.labelValues(HttpMethods.label(methodIndex), RouteNamer.OTHER, StatusCodes.label(status), errorType);
  }
}
