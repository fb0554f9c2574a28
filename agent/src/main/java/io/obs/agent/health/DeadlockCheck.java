package io.obs.agent.health;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.StringJoiner;

/** Liveness {@code deadlock}: DOWN while threads are deadlocked on monitors or locks. */
public final class DeadlockCheck implements HealthCheck {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  @Override
  public String name() {
    return "deadlock";
  }

  @Override
  public Kind kind() {
    return Kind.LIVENESS;
  }

  @Override
  public HealthResult check() {
    long[] ids = threads.findDeadlockedThreads();
    if (ids == null || ids.length == 0) {
      return HealthResult.up().with("deadlocked_threads", 0);
    }
    StringJoiner names = new StringJoiner(", ");
    for (ThreadInfo info : threads.getThreadInfo(ids)) {
      if (info != null) {
        names.add(info.getThreadName());
      }
    }
    return HealthResult.down().with("deadlocked_threads", ids.length).with("threads", names.toString());
  }
}
