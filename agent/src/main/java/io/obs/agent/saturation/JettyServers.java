package io.obs.agent.saturation;

import java.lang.invoke.MethodHandle;

/**
 * A Jetty {@code Server} (9 to 12): its {@code getThreadPool()} when that is a
 * {@code QueuedThreadPool}, read as that pool reports itself. Busy threads include the ones
 * Jetty's acceptors and selectors hold for good, as they are unavailable to requests as well; idle
 * ones are those waiting for queued jobs, not the ones reserved for the selector's next task.
 */
final class JettyServers implements PoolReader {

  static final String TYPE = "org.eclipse.jetty.server.Server";
  private static final String QUEUED_THREAD_POOL = "org.eclipse.jetty.util.thread.QueuedThreadPool";

  private static final class PoolGetters {
    final MethodHandle name;
    final MethodHandle threads;
    final MethodHandle busy;
    final MethodHandle idle;
    final MethodHandle limit;
    final MethodHandle queued;

    PoolGetters(Class<?> pool) throws ReflectiveOperationException {
      name = Getters.require(pool, Object.class, "getName");
      threads = Getters.require(pool, int.class, "getThreads");
      busy = Getters.require(pool, int.class, "getBusyThreads");
      idle = Getters.require(pool, int.class, "getIdleThreads");
      limit = Getters.require(pool, int.class, "getMaxThreads");
      queued = Getters.require(pool, int.class, "getQueueSize");
    }
  }

  /** Null for a pool that is no QueuedThreadPool. */
  private static final PerClass<PoolGetters> POOLS =
      PerClass.of(type -> Getters.isA(type, QUEUED_THREAD_POOL) ? new PoolGetters(type) : null);

  private final MethodHandle threadPool;

  JettyServers(Class<?> server) throws ReflectiveOperationException {
    threadPool = Getters.require(server, Object.class, "getThreadPool");
  }

  @Override
  public PoolSample read(Object server) throws Throwable {
    Object pool = (Object) threadPool.invokeExact(server);
    PoolGetters g = pool == null ? null : POOLS.get(pool.getClass());
    if (g == null) {
      return null;
    }
    return new PoolSample("jetty", String.valueOf((Object) g.name.invokeExact(pool)), (int) g.threads.invokeExact(pool),
        (int) g.busy.invokeExact(pool), (int) g.idle.invokeExact(pool), (int) g.limit.invokeExact(pool),
        (int) g.queued.invokeExact(pool));
  }
}
