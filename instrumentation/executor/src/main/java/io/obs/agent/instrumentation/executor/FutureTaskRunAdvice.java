package io.obs.agent.instrumentation.executor;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** {@code FutureTask.run/runAndReset} in the context the task was made in; the worker's own is restored after. */
public final class FutureTaskRunAdvice {

  private FutureTaskRunAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object onEnter(@Advice.This Object task) {
    return Bridge.attachCaptured(task);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter Object scope) {
    Bridge.detachContext(scope);
  }
}
