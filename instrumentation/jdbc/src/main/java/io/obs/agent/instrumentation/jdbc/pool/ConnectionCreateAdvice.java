package io.obs.agent.instrumentation.jdbc.pool;

import io.obs.agent.bootstrap.PoolBridge;
import net.bytebuddy.asm.Advice;

/** Woven into the method a pool opens a new physical connection with. */
public final class ConnectionCreateAdvice {

  private ConnectionCreateAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static long onEnter() {
    return System.nanoTime();
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.This Object pool, @Advice.Enter long start, @Advice.Thrown Throwable thrown) {
    PoolBridge.created(pool, start, thrown);
  }
}
