package io.obs.agent.metrics;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.TreeMap;

/**
 * The data points of one histogram as "label1|label2|..." → count, in the order given; asserts each
 * carries exactly those labels and no label set appears twice.
 */
public final class HistogramCounts {

  private HistogramCounts() {}

  public static TreeMap<String, Long> of(PrometheusRegistry registry, String metric, String... labelNames) {
    TreeMap<String, Long> counts = new TreeMap<>();
    for (MetricSnapshot snapshot : registry.scrape()) {
      if (snapshot.getMetadata().getName().equals(metric)) {
        for (HistogramSnapshot.HistogramDataPointSnapshot point : ((HistogramSnapshot) snapshot).getDataPoints()) {
          Labels l = point.getLabels();
          StringBuilder key = new StringBuilder();
          for (String name : labelNames) {
            key.append(key.length() == 0 ? "" : "|").append(l.get(name));
          }
          if (l.size() != labelNames.length || counts.put(key.toString(), point.getCount()) != null) {
            throw new AssertionError("bad or duplicate label set " + l);
          }
        }
      }
    }
    return counts;
  }
}
