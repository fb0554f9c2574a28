package io.obs.agent.saturation;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The request thread pools, one container-neutral family for Tomcat and Jetty, read once per scrape:
 * {@code http_server_threads{webengine_name,thread_pool_name,thread_state="busy"|"idle"}} (as the
 * OpenTelemetry JMX rules read Jetty: its reserved threads count as neither),
 * {@code http_server_thread_limit} and {@code http_server_thread_queue_size} (tasks accepted and
 * waiting for a thread) by {@code webengine_name, thread_pool_name}.
 */
final class RequestThreadMetrics implements MultiCollector {

  static final String COUNT = "http_server_threads";
  static final String LIMIT = "http_server_thread_limit";
  static final String QUEUE = "http_server_thread_queue_size";

  private final Supplier<List<PoolSample>> pools;

  private RequestThreadMetrics(Supplier<List<PoolSample>> pools) {
    this.pools = pools;
  }

  /** @param pools the pools as they are now ({@link RequestThreadPools#sample}) */
  static void register(PrometheusRegistry registry, Supplier<List<PoolSample>> pools) {
    registry.register(new RequestThreadMetrics(pools));
  }

  @Override
  public List<String> getPrometheusNames() {
    return List.of(COUNT, LIMIT, QUEUE);
  }

  @Override
  public MetricSnapshots collect() {
    GaugeSnapshot.Builder count = GaugeSnapshot.builder().name(COUNT)
        .help("Threads of the servlet container's request thread pool, busy with a task or idle"
            + " (free for waiting work; Jetty threads reserved for its selector are neither).");
    GaugeSnapshot.Builder limit = GaugeSnapshot.builder().name(LIMIT)
        .help("The most threads the request thread pool may have (maxThreads).");
    GaugeSnapshot.Builder queue = GaugeSnapshot.builder().name(QUEUE)
        .help("Tasks (connections or requests) the container accepted that wait for a request thread.");
    Set<String> seen = new HashSet<>();
    for (PoolSample pool : pools.get()) {
      if (!seen.add(pool.key())) {
        continue; // two pools of one name: the first one speaks for it, the label sets stay unique
      }
      Labels labels = Labels.of("thread_pool_name", pool.name, "webengine_name", pool.webengine);
      count.dataPoint(point(pool.busy, labels.add("thread_state", "busy")));
      count.dataPoint(point(Math.max(0, pool.idle), labels.add("thread_state", "idle")));
      limit.dataPoint(point(pool.limit, labels));
      queue.dataPoint(point(pool.queued, labels));
    }
    return MetricSnapshots.of(count.build(), limit.build(), queue.build());
  }

  private static GaugeDataPointSnapshot point(double value, Labels labels) {
    return GaugeDataPointSnapshot.builder().value(value).labels(labels).build();
  }
}
