package io.obs.agent.pool;

import io.obs.agent.bootstrap.PoolBridge;
import io.obs.agent.config.AgentConfig;
import io.obs.agent.config.Settings;
import io.obs.agent.health.DbPoolCheck;
import io.obs.agent.health.HealthCheck;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/** Connection-pool metrics and the {@code db-pool} readiness check, set up in one call. */
public final class JdbcPools implements DbPoolCheck.Pools {

  private final PoolRegistry registry;

  JdbcPools(PoolRegistry registry) {
    this.registry = registry;
  }

  /**
   * With {@code obs.instrumentation.jdbc-pool.enabled}: registers the metrics and connects the
   * bridge. Returns the {@code db-pool} check, or null when pools or the check are switched off.
   */
  public static HealthCheck install(AgentConfig config, PrometheusRegistry prometheus) {
    if (!config.get(Settings.JDBC_POOL_ENABLED)) {
      return null;
    }
    PoolRegistry registry = new PoolRegistry(new PoolMetrics(prometheus));
    PoolMetrics.registerGauges(prometheus, registry);
    PoolBridge.install(new PoolRecorder(registry));
    return config.get(Settings.HEALTH_DB_POOL_ENABLED) ? new DbPoolCheck(new JdbcPools(registry),
        config.get(Settings.HEALTH_DB_POOL_MAX_WAIT), config.get(Settings.HEALTH_DB_POOL_FOR), System::nanoTime) : null;
  }

  @Override
  public boolean any() {
    return !registry.isEmpty();
  }

  @Override
  public Map<String, Long> longestWaits(long nowNanos) {
    Map<String, Long> waits = new LinkedHashMap<>();
    for (TrackedPool pool : registry.live()) {
      waits.put(pool.name, pool.waiters.longestWait(nowNanos));
    }
    return waits;
  }
}
