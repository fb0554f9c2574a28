package io.obs.agent;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** For unit tests with a thread of the agent's own: a condition polled with a deadline, never a sleep. */
public final class Await {

  private Await() {}

  public static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.onSpinWait();
    }
  }
}
