package io.obs.agent.health;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Readiness {@code db-pool}: DOWN while a JDBC pool has had checkouts waiting longer than
 * {@code obs.health.db-pool.max-wait}, without a break, for {@code obs.health.db-pool.for}. "Without
 * a break" is judged the way Prometheus judges an alert's {@code for}: at each evaluation (a probe or
 * a scrape) the pool is saturated when its longest-waiting checkout has waited past max-wait; it has
 * been since that checkout crossed max-wait, or since an earlier evaluation that found it saturated
 * too, whichever is earlier; one evaluation that finds it not saturated starts over. Absent until
 * the application has a pool.
 */
public final class DbPoolCheck implements HealthCheck {

  /** The pools as the check sees them. */
  public interface Pools {
    boolean any();

    /** Pool name → how long its longest-waiting checkout has waited at {@code nowNanos} (0: none waits). */
    Map<String, Long> longestWaits(long nowNanos);
  }

  private final Pools pools;
  private final long maxWaitNanos;
  private final long forNanos;
  private final LongSupplier clock;
  private final Map<String, Long> saturatedSince = new HashMap<>();

  public DbPoolCheck(Pools pools, long maxWaitMillis, long forMillis, LongSupplier clock) {
    this.pools = pools;
    this.maxWaitNanos = maxWaitMillis * 1_000_000;
    this.forNanos = forMillis * 1_000_000;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "db-pool";
  }

  @Override
  public Kind kind() {
    return Kind.READINESS;
  }

  @Override
  public boolean reported() {
    return pools.any();
  }

  @Override
  public synchronized HealthResult check() {
    long now = clock.getAsLong();
    Map<String, Long> waits = pools.longestWaits(now);
    saturatedSince.keySet().retainAll(waits.keySet());
    String worst = null;
    long longest = 0;
    String down = null;
    for (Map.Entry<String, Long> pool : waits.entrySet()) {
      long wait = pool.getValue();
      if (wait > longest) {
        longest = wait;
        worst = pool.getKey();
      }
      if (wait <= maxWaitNanos) {
        saturatedSince.remove(pool.getKey());
        continue;
      }
      long since = saturatedSince.merge(pool.getKey(), now - wait + maxWaitNanos, Math::min);
      if (now - since >= forNanos && down == null) {
        down = pool.getKey();
      }
    }
    HealthResult result = HealthResult.of(down == null)
        .with("pools", waits.size())
        .with("longest_wait_ms", longest / 1_000_000)
        .with("max_wait_ms", maxWaitNanos / 1_000_000)
        .with("for_ms", forNanos / 1_000_000);
    if (worst != null) {
      result.with("longest_waiting_pool", worst);
    }
    return down == null ? result : result.with("saturated_pool", down);
  }
}
