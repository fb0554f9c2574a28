package io.obs.agent.saturation;

import io.obs.agent.config.AgentConfig;
import io.obs.agent.config.Settings;
import io.obs.agent.health.HealthCheck;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.function.Consumer;

/**
 * Saturation: the request thread pool metrics (when {@code obs.instrumentation.request-threads.enabled}),
 * the JVM pressure metrics, readiness {@code request-threads} (when
 * {@code obs.health.request-threads.enabled} too) and the thread that samples for them.
 */
public final class Saturation {

  private final RequestThreadsCheck check;

  private Saturation(RequestThreadsCheck check) {
    this.check = check;
  }

  /** @param onError counts a failure to read a pool or sample */
  public static Saturation install(AgentConfig config, PrometheusRegistry registry, Consumer<Throwable> onError) {
    GcOverhead gc = new GcOverhead();
    JvmPressureMetrics.register(registry, gc);
    RequestThreadPools pools = RequestThreadPools.started(onError);
    boolean threads = config.get(Settings.REQUEST_THREADS_ENABLED);
    if (threads) {
      RequestThreadMetrics.register(registry, pools::sample);
    }
    RequestThreadsCheck check = threads && config.get(Settings.HEALTH_REQUEST_THREADS_ENABLED)
        ? new RequestThreadsCheck(config.get(Settings.HEALTH_REQUEST_THREADS_FOR), System::nanoTime) : null;
    new Sampler(pools, check, gc, onError).start();
    return new Saturation(check);
  }

  /** Adds readiness {@code request-threads} when it is on. */
  public void addChecks(List<HealthCheck> checks) {
    if (check != null) {
      checks.add(check);
    }
  }
}
