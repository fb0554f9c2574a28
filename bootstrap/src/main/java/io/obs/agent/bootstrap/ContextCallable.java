package io.obs.agent.bootstrap;

import java.util.concurrent.Callable;

/** {@link ContextRunnable} for a {@code Callable}. */
public final class ContextCallable<V> implements Callable<V> {

  private final Callable<V> task;
  private final Object context;

  ContextCallable(Callable<V> task, Object context) {
    this.task = task;
    this.context = context;
  }

  @Override
  public V call() throws Exception {
    Object scope = Bridge.attachContext(context);
    try {
      return task.call();
    } finally {
      Bridge.detachContext(scope);
    }
  }

  @Override
  public String toString() {
    return task.toString();
  }
}
