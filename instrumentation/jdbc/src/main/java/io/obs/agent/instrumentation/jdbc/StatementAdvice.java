package io.obs.agent.instrumentation.jdbc;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** Woven into {@code Statement.execute*}: the outermost call on the thread is measured. */
public final class StatementAdvice {

  private StatementAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static long onEnter() {
    return Bridge.jdbcEnter();
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter long start, @Advice.This Object statement,
      @Advice.Argument(value = 0, optional = true) String sql, @Advice.Origin("#m") String method,
      @Advice.Thrown Throwable thrown) {
    Bridge.jdbcExecuted(start, statement, sql, method, thrown);
  }
}
