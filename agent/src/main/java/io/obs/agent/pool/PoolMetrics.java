package io.obs.agent.pool;

import io.obs.agent.metrics.FixedBucketHistogram;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The OpenTelemetry {@code db.client.connection.*} metrics of every tracked pool, labelled
 * {@code db_client_connection_pool_name}: gauges read from the pools at scrape time, a timeout
 * counter and three histograms fed by the advice. A pool's series go when it is closed or collected.
 */
final class PoolMetrics {

  static final String POOL_NAME = "db_client_connection_pool_name";
  static final String STATE = "db_client_connection_state";
  /** Seconds; from a fraction of a millisecond (a free connection) to a minute (a long transaction). */
  static final double[] BUCKETS = {0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60};

  private final Counter timeouts;
  private final FixedBucketHistogram waitTime;
  private final FixedBucketHistogram createTime;
  private final FixedBucketHistogram useTime;

  PoolMetrics(PrometheusRegistry registry) {
    timeouts = Counter.builder().name("db_client_connection_timeouts")
        .help("Checkouts that gave up because no connection became free within the pool's timeout.")
        .labelNames(POOL_NAME).register(registry);
    waitTime = histogram(registry, "db_client_connection_wait_time_seconds", "Time a checkout waited for a connection.");
    createTime = histogram(registry, "db_client_connection_create_time_seconds", "Time the pool took to open a new connection.");
    useTime = histogram(registry, "db_client_connection_use_time_seconds",
        "Time a connection was checked out, from checkout to its return to the pool.");
  }

  /** Registers the gauges, read from {@code pools} at each scrape. */
  static void registerGauges(PrometheusRegistry registry, PoolRegistry pools) {
    PoolGauges gauges = new PoolGauges(pools);
    GaugeWithCallback.builder().name("db_client_connection_count")
        .help("Connections of the pool by state: idle or used (checked out).")
        .labelNames(POOL_NAME, STATE)
        .callback(gauges::count)
        .register(registry);
    gauge(registry, gauges, "db_client_connection_idle_max", "The most idle connections the pool keeps.", PoolGauge.IDLE_MAX);
    gauge(registry, gauges, "db_client_connection_idle_min", "The fewest idle connections the pool keeps.", PoolGauge.IDLE_MIN);
    gauge(registry, gauges, "db_client_connection_max", "The most connections the pool opens.", PoolGauge.MAX);
    gauge(registry, gauges, "db_client_connection_pending_requests",
        "Checkouts waiting for a connection of the pool now.", PoolGauge.PENDING);
  }

  private static void gauge(PrometheusRegistry registry, PoolGauges gauges, String name, String help, PoolGauge gauge) {
    GaugeWithCallback.builder().name(name).help(help).labelNames(POOL_NAME)
        .callback(callback -> gauges.each(gauge, callback))
        .register(registry);
  }

  private static FixedBucketHistogram histogram(PrometheusRegistry registry, String name, String help) {
    return new FixedBucketHistogram(name, help, new String[] {POOL_NAME}, BUCKETS, null).register(registry);
  }

  CounterDataPoint timeouts(String pool) {
    return timeouts.labelValues(pool);
  }

  FixedBucketHistogram.Series waitTime(String pool) {
    return waitTime.labelValues(pool);
  }

  FixedBucketHistogram.Series createTime(String pool) {
    return createTime.labelValues(pool);
  }

  FixedBucketHistogram.Series useTime(String pool) {
    return useTime.labelValues(pool);
  }

  /** The pool is gone: its series too. */
  void forget(String pool) {
    timeouts.remove(pool);
    waitTime.remove(pool);
    createTime.remove(pool);
    useTime.remove(pool);
  }
}
