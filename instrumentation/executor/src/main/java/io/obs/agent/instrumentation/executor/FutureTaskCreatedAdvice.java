package io.obs.agent.instrumentation.executor;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** A {@code FutureTask} remembers the context it was made in (submit, invokeAll, schedule). */
public final class FutureTaskCreatedAdvice {

  private FutureTaskCreatedAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void onExit(@Advice.This Object task) {
    Bridge.captureContext(task);
  }
}
