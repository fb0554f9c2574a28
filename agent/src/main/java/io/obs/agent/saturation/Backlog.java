package io.obs.agent.saturation;

/**
 * Whether one pool has been saturated for long enough: at every sample for {@code forNanos} all
 * its threads were busy with work waiting, and the queue is not shorter now than when that began
 * (a queue that drains is a pool catching up). A sample with a free thread or an empty queue ends it.
 */
final class Backlog {

  private final long forNanos;
  private boolean saturated;
  private long sinceNanos;
  private int queuedAtStart;
  private PoolSample last;

  Backlog(long forNanos) {
    this.forNanos = forNanos;
  }

  void observe(PoolSample sample, long nowNanos) {
    if (!sample.saturated()) {
      saturated = false;
    } else if (!saturated) {
      saturated = true;
      sinceNanos = nowNanos;
      queuedAtStart = sample.queued;
    }
    last = sample;
  }

  boolean overloaded(long nowNanos) {
    return saturated && nowNanos - sinceNanos >= forNanos && last.queued >= queuedAtStart;
  }

  /** How long the pool has been saturated, 0 when it is not. */
  long saturatedMillis(long nowNanos) {
    return saturated ? (nowNanos - sinceNanos) / 1_000_000 : 0;
  }

  PoolSample last() {
    return last;
  }
}
