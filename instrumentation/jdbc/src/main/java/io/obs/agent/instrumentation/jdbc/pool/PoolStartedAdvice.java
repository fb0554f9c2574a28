package io.obs.agent.instrumentation.jdbc.pool;

import io.obs.agent.bootstrap.PoolBridge;
import net.bytebuddy.asm.Advice;

/** Woven into a pool's constructor: the pool exists and is configured. */
public final class PoolStartedAdvice {

  private PoolStartedAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void onExit(@Advice.This Object pool, @Advice.Origin("#t") String type) {
    PoolBridge.started(pool, type);
  }
}
