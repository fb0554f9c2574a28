package io.obs.agent.saturation;

/** One request thread pool as read at one moment: threads alive, of them busy, the limit, tasks waiting. */
final class PoolSample {

  final String webengine;
  final String name;
  final int threads;
  final int busy;
  final int limit;
  final int queued;

  PoolSample(String webengine, String name, int threads, int busy, int limit, int queued) {
    this.webengine = webengine;
    this.name = name;
    this.threads = threads;
    this.busy = busy;
    this.limit = limit;
    this.queued = queued;
  }

  /** Every thread the pool may have is busy and work is waiting for one. */
  boolean saturated() {
    return limit > 0 && busy >= limit && queued > 0;
  }

  String key() {
    return webengine + "/" + name;
  }
}
