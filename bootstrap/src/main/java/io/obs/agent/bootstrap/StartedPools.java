package io.obs.agent.bootstrap;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The servlet containers' request thread pools (Tomcat endpoints, Jetty servers) seen starting, held
 * weakly until they stop. Kept here rather than in the runtime so a pool that starts before the
 * runtime is installed is not missed. Touched only when a container starts or stops and when
 * metrics are read, never per request.
 */
public final class StartedPools {

  private static final List<WeakReference<Object>> POOLS = new ArrayList<>();

  private StartedPools() {}

  static synchronized void started(Object pool) {
    if (indexOf(pool) < 0) {
      POOLS.add(new WeakReference<>(pool));
    }
  }

  static synchronized void stopped(Object pool) {
    int index = indexOf(pool);
    if (index >= 0) {
      POOLS.remove(index);
    }
  }

  /** The pools started and not stopped (nor collected), in start order. */
  public static synchronized List<Object> live() {
    List<Object> live = new ArrayList<>(POOLS.size());
    for (Iterator<WeakReference<Object>> it = POOLS.iterator(); it.hasNext(); ) {
      Object pool = it.next().get();
      if (pool == null) {
        it.remove();
      } else {
        live.add(pool);
      }
    }
    return live;
  }

  private static int indexOf(Object pool) {
    for (int i = 0; i < POOLS.size(); i++) {
      if (POOLS.get(i).get() == pool) {
        return i;
      }
    }
    return -1;
  }
}
