package io.obs.agent.bootstrap;

/**
 * A task submitted while a trace context was current, run with that context current and with
 * whatever was current on the worker before restored afterwards, so nothing leaks into the next
 * task of a pooled thread.
 */
public final class ContextRunnable implements Runnable {

  private final Runnable task;
  private final Object context;

  ContextRunnable(Runnable task, Object context) {
    this.task = task;
    this.context = context;
  }

  @Override
  public void run() {
    Object scope = Bridge.attachContext(context);
    try {
      task.run();
    } finally {
      Bridge.detachContext(scope);
    }
  }

  @Override
  public String toString() {
    return task.toString();
  }
}
