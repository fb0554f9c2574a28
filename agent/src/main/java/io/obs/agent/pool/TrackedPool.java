package io.obs.agent.pool;

import io.obs.agent.metrics.FixedBucketHistogram;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import java.lang.ref.WeakReference;

/**
 * One live pool: a weak reference to the pool object (a pool the application drops without closing
 * disappears when it is collected), its name, its waiting checkouts, and its histogram data points,
 * made on first use so a series the library never feeds is absent rather than empty.
 */
final class TrackedPool {

  final PoolKind kind;
  final String name;
  final Waiters waiters = new Waiters();
  private final WeakReference<Object> pool;
  private final PoolMetrics metrics;
  private final CounterDataPoint timeouts;
  private volatile FixedBucketHistogram.Series waitTime;
  private volatile FixedBucketHistogram.Series createTime;
  private volatile FixedBucketHistogram.Series useTime;

  TrackedPool(Object pool, PoolKind kind, String name, PoolMetrics metrics) {
    this.pool = new WeakReference<>(pool);
    this.kind = kind;
    this.name = name;
    this.metrics = metrics;
    this.timeouts = kind.countsTimeouts() ? metrics.timeouts(name) : null;
  }

  /** The pool object, or null once it was collected. */
  Object pool() {
    return pool.get();
  }

  void waited(long nanos) {
    FixedBucketHistogram.Series point = waitTime;
    if (point == null) {
      waitTime = point = metrics.waitTime(name);
    }
    point.observe(nanos / 1e9);
  }

  void created(long nanos) {
    FixedBucketHistogram.Series point = createTime;
    if (point == null) {
      createTime = point = metrics.createTime(name);
    }
    point.observe(nanos / 1e9);
  }

  void used(long nanos) {
    FixedBucketHistogram.Series point = useTime;
    if (point == null) {
      useTime = point = metrics.useTime(name);
    }
    point.observe(nanos / 1e9);
  }

  /** Only for a kind that {@linkplain PoolKind#countsTimeouts counts timeouts}. */
  void timedOut() {
    timeouts.inc();
  }
}
