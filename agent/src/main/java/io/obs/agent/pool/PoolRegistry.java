package io.obs.agent.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pools the application has now. Checkouts look their pool up with a scan of a small
 * copy-on-write array (no lock, no allocation: applications have a handful of pools); pools come
 * and go under a lock. At most {@link #MAX_POOLS} are tracked, so the label values stay bounded.
 */
final class PoolRegistry {

  static final int MAX_POOLS = 32;
  private static final int MAX_NAME = 100;

  private volatile TrackedPool[] pools = new TrackedPool[0];
  private final Map<PoolKind, Integer> generated = new EnumMap<>(PoolKind.class);
  private final PoolMetrics metrics;

  /** @param metrics where the series of the pools are, and go when a pool is closed or collected */
  PoolRegistry(PoolMetrics metrics) {
    this.metrics = metrics;
  }

  TrackedPool find(Object pool) {
    for (TrackedPool tracked : pools) {
      if (tracked.pool() == pool) {
        return tracked;
      }
    }
    return null;
  }

  /** Tracks {@code pool} under its configured name, else a generated one; null when the limit is reached. */
  synchronized TrackedPool register(Object pool, PoolKind kind) {
    TrackedPool known = find(pool);
    if (known != null) {
      return known;
    }
    TrackedPool[] live = prune();
    if (live.length >= MAX_POOLS) {
      return null;
    }
    int number = generated.merge(kind, 1, Integer::sum);
    String configured = kind.configuredName(pool);
    String name = configured == null ? kind.prefix() + "-" + number : bounded(configured);
    if (taken(live, name)) {
      name = name + "-" + kind.prefix() + "-" + number;
    }
    TrackedPool tracked = new TrackedPool(pool, kind, name, metrics);
    TrackedPool[] grown = Arrays.copyOf(live, live.length + 1);
    grown[live.length] = tracked;
    pools = grown;
    return tracked;
  }

  synchronized void remove(Object pool) {
    TrackedPool gone = find(pool);
    if (gone != null) {
      pools = without(pools, gone);
      metrics.forget(gone.name);
    }
  }

  /** The pools not closed nor collected; forgets the collected ones. */
  List<TrackedPool> live() {
    TrackedPool[] current = pools;
    for (TrackedPool tracked : current) {
      if (tracked.pool() == null) {
        current = prune();
        break;
      }
    }
    return List.of(current);
  }

  boolean isEmpty() {
    return pools.length == 0;
  }

  private synchronized TrackedPool[] prune() {
    TrackedPool[] current = pools;
    for (TrackedPool tracked : current) {
      if (tracked.pool() == null) {
        current = without(current, tracked);
        metrics.forget(tracked.name);
      }
    }
    pools = current;
    return current;
  }

  private static TrackedPool[] without(TrackedPool[] from, TrackedPool gone) {
    List<TrackedPool> kept = new ArrayList<>(Arrays.asList(from));
    kept.remove(gone);
    return kept.toArray(new TrackedPool[0]);
  }

  private static boolean taken(TrackedPool[] live, String name) {
    for (TrackedPool tracked : live) {
      if (tracked.name.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String bounded(String name) {
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
  }
}
