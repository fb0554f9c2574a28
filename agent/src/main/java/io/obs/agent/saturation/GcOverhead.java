package io.obs.agent.saturation;

/**
 * The fraction of wall-clock time spent in garbage collection over the last minute, from samples of
 * the collectors' accumulated time taken about once a second. Before a minute has passed, since the
 * first sample; 0 until there are two.
 */
final class GcOverhead {

  static final long WINDOW_NANOS = 60_000_000_000L;
  private static final int SLOTS = 64;

  private final long[] nanos = new long[SLOTS];
  private final long[] gcMillis = new long[SLOTS];
  private int count;
  private int next;

  synchronized void sample(long nowNanos, long totalGcMillis) {
    nanos[next] = nowNanos;
    gcMillis[next] = totalGcMillis;
    next = (next + 1) % SLOTS;
    count = Math.min(count + 1, SLOTS);
  }

  synchronized double ratio() {
    if (count < 2) {
      return 0;
    }
    int newest = slot(1);
    int oldest = slot(2);
    for (int back = 3; back <= count && nanos[newest] - nanos[slot(back)] <= WINDOW_NANOS; back++) {
      oldest = slot(back);
    }
    long elapsed = nanos[newest] - nanos[oldest];
    if (elapsed <= 0) {
      return 0;
    }
    double ratio = (gcMillis[newest] - gcMillis[oldest]) * 1e6 / elapsed;
    return Math.max(0, Math.min(1, ratio));
  }

  /** The index of the sample {@code back} samples ago (1: the newest). */
  private int slot(int back) {
    return Math.floorMod(next - back, SLOTS);
  }
}
