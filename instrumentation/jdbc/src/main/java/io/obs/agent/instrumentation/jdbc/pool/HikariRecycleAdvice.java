package io.obs.agent.instrumentation.jdbc.pool;

import io.obs.agent.bootstrap.PoolBridge;
import net.bytebuddy.asm.Advice;

/** Woven into HikariCP's {@code PoolEntry.recycle}: a connection goes back, borrowed at {@code lastBorrowed}. */
public final class HikariRecycleAdvice {

  private HikariRecycleAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void onEnter(@Advice.FieldValue("hikariPool") Object pool, @Advice.FieldValue("lastBorrowed") long borrowedAt) {
    PoolBridge.returned(pool, borrowedAt);
  }
}
