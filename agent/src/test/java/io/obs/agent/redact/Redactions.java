package io.obs.agent.redact;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** A redactor on its own registry, and what that registry counted. */
final class Redactions {

  final PrometheusRegistry registry = new PrometheusRegistry();
  final Redactor redactor;

  Redactions() {
    this(Set.of(), "REDACTED", List.of());
  }

  Redactions(Set<String> extraKeys, String marker, List<Pattern> patterns) {
    redactor = new Redactor(extraKeys, marker, patterns, new RedactionMetrics(registry));
  }

  /** {@code obs_agent_redactions_total} by rule, the rules counted at least once. */
  Map<String, Long> counted() {
    Map<String, Long> counts = new TreeMap<>();
    for (MetricSnapshot snapshot : registry.scrape()) {
      if (snapshot.getMetadata().getName().equals("obs_agent_redactions")) {
        for (CounterSnapshot.CounterDataPointSnapshot point : ((CounterSnapshot) snapshot).getDataPoints()) {
          if (point.getValue() > 0) {
            counts.put(point.getLabels().get("rule"), (long) point.getValue());
          }
        }
      }
    }
    return counts;
  }
}
