package io.obs.agent.instrumentation.executor;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** {@code execute(Runnable)}: the task runs in the context it was submitted in. */
public final class ExecuteAdvice {

  private ExecuteAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void onEnter(@Advice.Argument(value = 0, readOnly = false) Runnable task) {
    task = Bridge.wrapRunnable(task, false);
  }
}
