package io.obs.agent.saturation;

/**
 * One request thread pool as read at one moment: threads alive, of them busy, of the others those
 * idle (free to take waiting work), the limit, tasks waiting.
 */
final class PoolSample {

  final String webengine;
  final String name;
  final int threads;
  final int busy;
  final int idle;
  final int limit;
  final int queued;

  /** A pool whose threads are either busy or idle. */
  PoolSample(String webengine, String name, int threads, int busy, int limit, int queued) {
    this(webengine, name, threads, busy, threads - busy, limit, queued);
  }

  /**
   * @param idle fewer than {@code threads - busy} where a thread can be neither: a Jetty thread
   *     reserved for the selector's next task is not busy, but it never takes queued work
   */
  PoolSample(String webengine, String name, int threads, int busy, int idle, int limit, int queued) {
    this.webengine = webengine;
    this.name = name;
    this.threads = threads;
    this.busy = busy;
    this.idle = idle;
    this.limit = limit;
    this.queued = queued;
  }

  /** The pool has all the threads it may have, none of them free to take the work that is waiting. */
  boolean saturated() {
    return limit > 0 && threads >= limit && idle <= 0 && queued > 0;
  }

  String key() {
    return webengine + "/" + name;
  }
}
