package io.obs.agent.saturation;

import java.lang.invoke.MethodHandle;
import java.util.Collection;

/**
 * A Tomcat connector's {@code AbstractEndpoint} (8.5 to 11): threads and busy threads as its
 * {@code ThreadPool} MBean reports them, the limit from the endpoint or, for a shared
 * {@code <Executor>}, from the executor, and the executor's queue of sockets waiting for a thread.
 */
final class TomcatEndpoints implements PoolReader {

  static final String TYPE = "org.apache.tomcat.util.net.AbstractEndpoint";

  /** A Tomcat {@code ThreadPoolExecutor} or a {@code StandardThreadExecutor}. */
  private static final class ExecutorGetters {
    final MethodHandle limit;
    final MethodHandle queueSize;
    final MethodHandle queue;

    ExecutorGetters(Class<?> type) throws ReflectiveOperationException {
      limit = Getters.find(type, int.class, "getMaxThreads", "getMaximumPoolSize");
      queueSize = Getters.find(type, int.class, "getQueueSize");
      queue = queueSize == null ? Getters.find(type, Object.class, "getQueue") : null;
    }

    int limit(Object executor) throws Throwable {
      return limit == null ? -1 : (int) limit.invokeExact(executor);
    }

    int queued(Object executor) throws Throwable {
      if (queueSize != null) {
        return (int) queueSize.invokeExact(executor);
      }
      Object tasks = queue == null ? null : (Object) queue.invokeExact(executor);
      return tasks instanceof Collection ? ((Collection<?>) tasks).size() : 0;
    }
  }

  private static final PerClass<ExecutorGetters> EXECUTORS = PerClass.of(ExecutorGetters::new);

  private final MethodHandle name;
  private final MethodHandle threads;
  private final MethodHandle busy;
  private final MethodHandle limit;
  private final MethodHandle executor;

  TomcatEndpoints(Class<?> endpoint) throws ReflectiveOperationException {
    name = Getters.require(endpoint, Object.class, "getName");
    threads = Getters.require(endpoint, int.class, "getCurrentThreadCount");
    busy = Getters.require(endpoint, int.class, "getCurrentThreadsBusy");
    limit = Getters.require(endpoint, int.class, "getMaxThreads");
    executor = Getters.require(endpoint, Object.class, "getExecutor");
  }

  @Override
  public PoolSample read(Object endpoint) throws Throwable {
    int current = (int) threads.invokeExact(endpoint);
    Object pool = (Object) executor.invokeExact(endpoint);
    if (current < 0 || pool == null) {
      return null; // -1: not a pool Tomcat can count (virtual threads), -2: no executor (stopped)
    }
    ExecutorGetters executorGetters = EXECUTORS.get(pool.getClass());
    int max = (int) limit.invokeExact(endpoint);
    if (max < 0) {
      max = executorGetters.limit(pool);
    }
    return new PoolSample("tomcat", String.valueOf((Object) name.invokeExact(endpoint)), current,
        (int) busy.invokeExact(endpoint), max, executorGetters.queued(pool));
  }
}
