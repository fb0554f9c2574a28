package io.obs.agent.instrumentation.jdbc.pool;

import io.obs.agent.bootstrap.PoolBridge;
import net.bytebuddy.asm.Advice;

/** Woven into a pool's {@code getConnection}: how long the caller waited, and whether it timed out. */
public final class CheckoutAdvice {

  private CheckoutAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static long onEnter(@Advice.This Object pool) {
    return PoolBridge.waitStart(pool);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.This Object pool, @Advice.Origin("#t") String type, @Advice.Enter long start,
      @Advice.Thrown Throwable thrown) {
    PoolBridge.waitEnd(pool, type, start, thrown);
  }
}
