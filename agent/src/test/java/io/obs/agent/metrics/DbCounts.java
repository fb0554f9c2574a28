package io.obs.agent.metrics;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.TreeMap;

/** {@code db_client_operation_duration_seconds} as "system|operation|collection|error_type" → count. */
public final class DbCounts {

  private DbCounts() {}

  public static TreeMap<String, Long> of(PrometheusRegistry registry) {
    return HistogramCounts.of(registry, DbClientMetrics.DURATION,
        "db_system_name", "db_operation_name", "db_collection_name", "error_type");
  }
}
