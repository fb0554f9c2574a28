package io.obs.agent.metrics;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.TreeMap;

/** {@code db_client_operation_duration_seconds} as "system|operation|collection|error_type" → count. */
public final class DbCounts {

  private DbCounts() {}

  public static TreeMap<String, Long> of(PrometheusRegistry registry) {
    TreeMap<String, Long> counts = new TreeMap<>();
    for (MetricSnapshot snapshot : registry.scrape()) {
      if (snapshot.getMetadata().getName().equals(DbClientMetrics.DURATION)) {
        for (HistogramSnapshot.HistogramDataPointSnapshot point : ((HistogramSnapshot) snapshot).getDataPoints()) {
          Labels l = point.getLabels();
          String key = l.get("db_system_name") + "|" + l.get("db_operation_name") + "|" + l.get("db_collection_name")
              + "|" + l.get("error_type");
          if (l.size() != 4 || counts.put(key, point.getCount()) != null) {
            throw new AssertionError("bad or duplicate label set " + l);
          }
        }
      }
    }
    return counts;
  }
}
