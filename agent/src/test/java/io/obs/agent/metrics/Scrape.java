package io.obs.agent.metrics;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads a registry the way Prometheus does. */
final class Scrape {

  private Scrape() {}

  /** The Prometheus text exposition. */
  static String text(PrometheusRegistry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The sample lines of the exposition that start with {@code prefix}, in order. */
  static List<String> lines(PrometheusRegistry registry, String prefix) {
    return Arrays.stream(text(registry).split("\n")).filter(l -> l.startsWith(prefix)).collect(Collectors.toList());
  }

  /**
   * {@code http_server_request_duration_seconds} as "method route status error_type" → count,
   * sorted; asserts each data point carries exactly the four contract labels and that no label set
   * appears twice.
   */
  static TreeMap<String, Long> durations(PrometheusRegistry registry) {
    TreeMap<String, Long> counts = new TreeMap<>();
    for (MetricSnapshot snapshot : registry.scrape()) {
      if (!snapshot.getMetadata().getName().equals(ServerRequestMetrics.DURATION)) {
        continue;
      }
      for (HistogramSnapshot.HistogramDataPointSnapshot point : ((HistogramSnapshot) snapshot).getDataPoints()) {
        Labels labels = point.getLabels();
        if (labels.size() != 4) {
          throw new AssertionError("labels " + labels);
        }
        String key = labels.get("http_request_method") + " " + labels.get("http_route") + " "
            + labels.get("http_response_status_code") + " " + labels.get("error_type");
        if (counts.put(key, point.getCount()) != null) {
          throw new AssertionError("duplicate label set " + key);
        }
      }
    }
    return counts;
  }
}
