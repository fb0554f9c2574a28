package io.obs.agent.pool;

import io.obs.agent.bootstrap.PoolHooks;

/**
 * What the pool advice reaches through {@link io.obs.agent.bootstrap.PoolBridge}. A checkout is one
 * array scan to find its pool, a slot claimed and cleared for the {@code db-pool} check and one
 * histogram observation: no lock, no allocation. A pool made before the agent was ready, or by a
 * library without a constructor hook (DBCP2, c3p0 start their pool on first use), is picked up by
 * its first successful checkout; a failed one never brings back a closed pool.
 */
final class PoolRecorder extends PoolHooks {

  /** HikariCP's clock ({@code ClockSource}) counts milliseconds on macOS, nanoseconds elsewhere. */
  private static final boolean HIKARI_MILLIS = "Mac OS X".equals(System.getProperty("os.name"));

  private final PoolRegistry registry;

  PoolRecorder(PoolRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void started(Object pool, String type) {
    PoolKind kind = registry.find(pool) == null ? PoolKind.of(type) : null;
    if (kind != null) {
      registry.register(pool, kind);
    }
  }

  @Override
  public void closed(Object pool) {
    registry.remove(pool);
  }

  @Override
  public long waitStart(Object pool) {
    long start = System.nanoTime();
    if (start == 0 || start == Long.MIN_VALUE) {
      start = 1;
    }
    TrackedPool tracked = registry.find(pool);
    if (tracked != null) {
      tracked.waiters.enter(start);
    }
    return start;
  }

  @Override
  public void waitEnd(Object pool, String type, long startNanos, Throwable error) {
    long waited = System.nanoTime() - startNanos;
    TrackedPool tracked = registry.find(pool);
    if (tracked != null) {
      tracked.waiters.leave(startNanos);
    } else if (error == null) {
      PoolKind kind = PoolKind.of(type);
      tracked = kind == null ? null : registry.register(pool, kind);
    }
    if (tracked == null) {
      return;
    }
    if (error == null) {
      tracked.waited(waited);
    } else if (tracked.kind.isTimeout(error)) {
      tracked.timedOut();
    }
  }

  @Override
  public void created(Object pool, long startNanos, Throwable error) {
    TrackedPool tracked = registry.find(pool);
    if (tracked != null && error == null) {
      tracked.created(System.nanoTime() - startNanos);
    }
  }

  @Override
  public void returned(Object pool, long borrowedAt) {
    TrackedPool tracked = registry.find(pool);
    if (tracked != null) {
      tracked.used(HIKARI_MILLIS ? (System.currentTimeMillis() - borrowedAt) * 1_000_000 : System.nanoTime() - borrowedAt);
    }
  }
}
