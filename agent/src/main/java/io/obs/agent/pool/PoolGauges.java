package io.obs.agent.pool;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;

/**
 * Reads the gauges of every live pool at scrape time. A value the library does not have, or whose
 * getter throws (a pool closing under the scrape), is left out for that pool: a failure of the
 * pool's own getter is not one of the agent's.
 */
final class PoolGauges {

  private final PoolRegistry pools;

  PoolGauges(PoolRegistry pools) {
    this.pools = pools;
  }

  void count(GaugeWithCallback.Callback callback) {
    for (TrackedPool pool : pools.live()) {
      Double used = read(pool, PoolGauge.USED);
      Double idle = read(pool, PoolGauge.IDLE);
      if (used != null) {
        callback.call(used, pool.name, "used");
      }
      if (idle != null) {
        callback.call(idle, pool.name, "idle");
      }
    }
  }

  void each(PoolGauge gauge, GaugeWithCallback.Callback callback) {
    for (TrackedPool pool : pools.live()) {
      Double value = read(pool, gauge);
      if (value != null) {
        callback.call(value, pool.name);
      }
    }
  }

  static Double read(TrackedPool pool, PoolGauge gauge) {
    MemberPath path = pool.kind.gauge(gauge);
    Object target = pool.pool();
    if (path == null || target == null) {
      return null;
    }
    try {
      Object value = path.read(target);
      return value instanceof Number ? ((Number) value).doubleValue() : null;
    } catch (Throwable poolSaidNo) {
      return null;
    }
  }
}
