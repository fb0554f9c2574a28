package io.obs.agent.saturation;

import io.obs.agent.bootstrap.StartedPools;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The request thread pools of the containers started in this JVM, read now. */
final class RequestThreadPools {

  private static final PerClass<PoolReader> READERS = PerClass.of(type -> {
    if (Getters.isA(type, TomcatEndpoints.TYPE)) {
      return new TomcatEndpoints(type);
    }
    return Getters.isA(type, JettyServers.TYPE) ? new JettyServers(type) : null;
  });

  private final Supplier<List<Object>> started;
  private final Consumer<Throwable> onError;

  /** @param started the pool objects the instrumentation saw starting ({@link StartedPools#live}) */
  RequestThreadPools(Supplier<List<Object>> started, Consumer<Throwable> onError) {
    this.started = started;
    this.onError = onError;
  }

  static RequestThreadPools started(Consumer<Throwable> onError) {
    return new RequestThreadPools(StartedPools::live, onError);
  }

  /** One sample per pool that reports one; a pool that fails to read is counted and left out. */
  List<PoolSample> sample() {
    List<Object> pools = started.get();
    List<PoolSample> samples = new ArrayList<>(pools.size());
    for (Object pool : pools) {
      try {
        PoolReader reader = READERS.get(pool.getClass());
        PoolSample sample = reader == null ? null : reader.read(pool);
        if (sample != null) {
          samples.add(sample);
        }
      } catch (Throwable t) {
        onError.accept(t);
      }
    }
    return samples;
  }
}
