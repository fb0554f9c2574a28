package io.obs.agent.auth;

import io.obs.agent.log.EventLog;
import io.opentelemetry.api.trace.SpanContext;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Turns a decided signal into {@code app_auth_events_total{event}} and one event-log line with
 * {@code client.address}, {@code http.route} (else {@code url.path}), {@code http.response.status_code}
 * for denials, and {@code user.name} only with {@code obs.auth.log-user=true}. Credentials never
 * reach this class; every string is redacted by the event log as it is written.
 */
final class AuthSignals implements AuthOutput {

  static final String METRIC = "app_auth_events_total";

  private final EventLog log;
  private final boolean logUser;
  private final CounterDataPoint[] counts = new CounterDataPoint[AuthEvent.values().length];

  AuthSignals(PrometheusRegistry registry, EventLog log, boolean logUser) {
    this.log = log;
    this.logUser = logUser;
    Counter counter = Counter.builder()
        .name(METRIC)
        .help("Authentication events seen by obs-agent: logins that succeeded or failed, logouts, requests denied (401/403).")
        .labelNames("event")
        .register(registry);
    for (AuthEvent event : AuthEvent.values()) {
      counts[event.ordinal()] = counter.labelValues(event.eventName());
    }
  }

  @Override
  public void emit(AuthEvent event, SpanContext span, String clientAddress, String route, String path, String user,
      int status) {
    counts[event.ordinal()].inc();
    log.emit(event.level(), event.eventName(), span, "client.address", clientAddress, "http.route", route,
        "url.path", route == null ? path : null, "http.response.status_code", status > 0 ? status : null,
        "user.name", logUser ? user : null);
  }
}
