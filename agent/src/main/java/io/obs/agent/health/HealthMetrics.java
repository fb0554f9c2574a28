package io.obs.agent.health;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Locale;

/**
 * {@code obs_health_check_up{check,kind}}: 1 while a check is UP, 0 while DOWN, evaluated at each
 * scrape, so alerts on readiness and liveness need no probe of their own.
 */
public final class HealthMetrics {

  private HealthMetrics() {}

  public static void register(PrometheusRegistry registry, List<HealthCheck> checks, HealthService health) {
    GaugeWithCallback.builder()
        .name("obs_health_check_up")
        .help("1 while the health check is UP, 0 while DOWN (the checks of /health/live and /health/ready).")
        .labelNames("check", "kind")
        .callback(callback -> {
          for (HealthCheck check : checks) {
            if (!check.reported()) {
              continue;
            }
            callback.call(health.run(check).isUp() ? 1 : 0, check.name(), check.kind().name().toLowerCase(Locale.ROOT));
          }
        })
        .register(registry);
  }
}
