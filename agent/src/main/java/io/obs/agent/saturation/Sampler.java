package io.obs.agent.saturation;

import io.obs.agent.bootstrap.Bridge;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Consumer;

/**
 * The daemon thread {@code obs-agent-saturation}: once a second it reads the request thread pools
 * for readiness {@code request-threads} and the collectors' time for {@link GcOverhead}; a few
 * getter calls, nothing on the application's threads. Its first read is a second after the start,
 * so the management beans load after the application's own start-up work has begun.
 */
final class Sampler implements Runnable {

  static final long INTERVAL_MILLIS = 1000;

  private final RequestThreadPools pools;
  private final RequestThreadsCheck check;
  private final GcOverhead gc;
  private final Consumer<Throwable> onError;

  /** @param check null when readiness {@code request-threads} is switched off */
  Sampler(RequestThreadPools pools, RequestThreadsCheck check, GcOverhead gc, Consumer<Throwable> onError) {
    this.pools = pools;
    this.check = check;
    this.gc = gc;
    this.onError = onError;
  }

  void start() {
    Thread thread = new Thread(this, "obs-agent-saturation");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    Bridge.suppressOnThisThread();
    List<GarbageCollectorMXBean> collectors = null;
    while (true) {
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      try {
        if (check != null) {
          check.observe(pools.sample());
        }
        if (collectors == null) {
          collectors = ManagementFactory.getGarbageCollectorMXBeans();
        }
        gc.sample(System.nanoTime(), JvmPressureMetrics.totalGcMillis(collectors));
      } catch (RuntimeException | Error e) {
        onError.accept(e);
      }
    }
  }
}
