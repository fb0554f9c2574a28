package io.obs.agent.instrumentation.jdbc;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** Woven into {@code Connection.prepareStatement/prepareCall(String, ..)}: remembers the statement's SQL. */
public final class PrepareAdvice {

  private PrepareAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static long onEnter() {
    return Bridge.jdbcEnter();
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter long start, @Advice.This Object connection, @Advice.Argument(0) String sql,
      @Advice.Return Object statement, @Advice.Thrown Throwable thrown) {
    Bridge.jdbcPrepared(start, connection, statement, sql, thrown);
  }
}
