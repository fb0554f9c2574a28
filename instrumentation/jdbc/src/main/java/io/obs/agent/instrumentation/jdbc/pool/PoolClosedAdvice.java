package io.obs.agent.instrumentation.jdbc.pool;

import io.obs.agent.bootstrap.PoolBridge;
import net.bytebuddy.asm.Advice;

/** Woven into a pool's close or shutdown: its series go. */
public final class PoolClosedAdvice {

  private PoolClosedAdvice() {}

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.This Object pool) {
    PoolBridge.closed(pool);
  }
}
