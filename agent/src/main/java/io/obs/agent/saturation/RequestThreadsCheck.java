package io.obs.agent.saturation;

import io.obs.agent.health.HealthCheck;
import io.obs.agent.health.HealthResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Readiness {@code request-threads}: DOWN while a request thread pool is overloaded (see
 * {@link Backlog}: no thread free for the work waiting at every sample, without the queue reaching a
 * new low, for {@code obs.health.request-threads.for}); UP again at the first sample with a free
 * thread or an empty queue. Not reported until a container's pool was seen. Its data describe the pool that is
 * overloaded, else the busiest one.
 */
final class RequestThreadsCheck implements HealthCheck {

  private final long forNanos;
  private final LongSupplier clock;
  private final Map<String, Backlog> backlogs = new HashMap<>();

  RequestThreadsCheck(long forMillis, LongSupplier clock) {
    this.forNanos = forMillis * 1_000_000;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "request-threads";
  }

  @Override
  public Kind kind() {
    return Kind.READINESS;
  }

  @Override
  public synchronized boolean reported() {
    return !backlogs.isEmpty();
  }

  /** The pools as sampled now; pools no longer there are forgotten. */
  synchronized void observe(List<PoolSample> samples) {
    long now = clock.getAsLong();
    Map<String, Backlog> current = new HashMap<>();
    for (PoolSample sample : samples) {
      Backlog backlog = backlogs.getOrDefault(sample.key(), new Backlog(forNanos));
      backlog.observe(sample, now);
      current.put(sample.key(), backlog);
    }
    backlogs.clear();
    backlogs.putAll(current);
  }

  @Override
  public synchronized HealthResult check() {
    long now = clock.getAsLong();
    Backlog shown = null;
    for (Backlog backlog : backlogs.values()) {
      if (shown == null || rank(backlog, now) > rank(shown, now)) {
        shown = backlog;
      }
    }
    if (shown == null) {
      return HealthResult.up();
    }
    PoolSample pool = shown.last();
    return HealthResult.of(!shown.overloaded(now))
        .with("thread_pool_name", pool.name)
        .with("webengine_name", pool.webengine)
        .with("busy", pool.busy)
        .with("idle", pool.idle)
        .with("limit", pool.limit)
        .with("queued", pool.queued)
        .with("saturated_ms", shown.saturatedMillis(now))
        .with("for_ms", forNanos / 1_000_000);
  }

  /** Overloaded first, then the longest saturated, then the busiest. */
  private static double rank(Backlog backlog, long now) {
    PoolSample pool = backlog.last();
    double busy = pool.limit > 0 ? (double) pool.busy / pool.limit : 0;
    return (backlog.overloaded(now) ? 1e12 : 0) + backlog.saturatedMillis(now) + busy;
  }
}
