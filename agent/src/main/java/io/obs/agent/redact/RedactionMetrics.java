package io.obs.agent.redact;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** {@code obs_agent_redactions_total{rule}}: every value the {@link Redactor} replaced, by what found it. */
public final class RedactionMetrics {

  private final CounterDataPoint[] byRule = new CounterDataPoint[RedactionRule.values().length];

  public RedactionMetrics(PrometheusRegistry registry) {
    Counter redactions = Counter.builder()
        .name("obs_agent_redactions_total")
        .help("Values replaced before leaving the process, by rule: key (a sensitive key's value), email, card, jwt, "
            + "bearer (Bearer/Basic credentials), aws_key, url_credentials, iban, pattern (obs.redaction.patterns).")
        .labelNames("rule")
        .withoutExemplars() // sampling one would cost on every count, and a trace id tells nothing here
        .register(registry);
    for (RedactionRule rule : RedactionRule.values()) {
      byRule[rule.ordinal()] = redactions.labelValues(rule.label());
    }
  }

  void count(RedactionRule rule) {
    byRule[rule.ordinal()].inc();
  }
}
