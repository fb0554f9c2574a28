package io.obs.agent.instrumentation.jdbc;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/**
 * Woven into {@code Statement.close()} and {@code Connection.close()}: the agent forgets the object
 * at once, so what it knew of it dies young instead of waiting for a collection to clear it.
 */
public final class CloseAdvice {

  private CloseAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void onExit(@Advice.This Object closed) {
    Bridge.jdbcClosed(closed);
  }
}
