package io.obs.agent;

import io.obs.agent.redact.RedactionMetrics;
import io.obs.agent.redact.Redactor;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Set;

/** The redactor with the built-in rules only, for unit tests of what uses one. */
public final class TestRedactor {

  private TestRedactor() {}

  public static Redactor standard() {
    return new Redactor(Set.of(), "REDACTED", List.of(), new RedactionMetrics(new PrometheusRegistry()));
  }
}
