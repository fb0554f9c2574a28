package io.obs.agent.saturation;

/**
 * Whether one pool is overloaded: for {@code forNanos}, at every sample, it had all the threads it
 * may have and none free for the work waiting, and the queue never fell below where it stood when
 * that time began. A queue reaching a new low is the pool catching up: the time starts again from
 * there. A sample with a free thread or an empty queue ends the saturation.
 */
final class Backlog {

  private final long forNanos;
  private boolean saturated;
  private long saturatedSince;
  private long stalledSince;
  private int lowestQueue;
  private PoolSample last;

  Backlog(long forNanos) {
    this.forNanos = forNanos;
  }

  void observe(PoolSample sample, long nowNanos) {
    if (!sample.saturated()) {
      saturated = false;
    } else if (!saturated) {
      saturated = true;
      saturatedSince = nowNanos;
      stalledSince = nowNanos;
      lowestQueue = sample.queued;
    } else if (sample.queued < lowestQueue) {
      stalledSince = nowNanos;
      lowestQueue = sample.queued;
    }
    last = sample;
  }

  boolean overloaded(long nowNanos) {
    return saturated && nowNanos - stalledSince >= forNanos;
  }

  /** How long the pool has been saturated, 0 when it is not. */
  long saturatedMillis(long nowNanos) {
    return saturated ? (nowNanos - saturatedSince) / 1_000_000 : 0;
  }

  PoolSample last() {
    return last;
  }
}
