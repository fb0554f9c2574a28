package io.obs.agent.trace;

import io.obs.agent.bootstrap.Bridge;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon, named threads whose HTTP calls (the exporter's own) are never measured or traced. */
final class AgentThreads implements ThreadFactory {

  private final String name;
  private final AtomicInteger count = new AtomicInteger();

  AgentThreads(String name) {
    this.name = name;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(() -> {
      Bridge.suppressOnThisThread();
      task.run();
    }, name + "-" + count.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }
}
