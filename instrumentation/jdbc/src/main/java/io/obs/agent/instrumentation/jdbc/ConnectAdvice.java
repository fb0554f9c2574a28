package io.obs.agent.instrumentation.jdbc;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** Woven into {@code Driver.connect} and {@code DataSource.getConnection}: did the database answer? */
public final class ConnectAdvice {

  private ConnectAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static long onEnter() {
    return Bridge.jdbcEnter();
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter long start, @Advice.Return Object connection, @Advice.Thrown Throwable thrown) {
    Bridge.jdbcConnected(start, connection, thrown);
  }
}
