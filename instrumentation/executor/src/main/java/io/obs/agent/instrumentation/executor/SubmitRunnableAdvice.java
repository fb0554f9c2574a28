package io.obs.agent.instrumentation.executor;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** {@code ForkJoinPool.submit(Runnable)}: a ForkJoinTask is handed back as it is, so it is left alone. */
public final class SubmitRunnableAdvice {

  private SubmitRunnableAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void onEnter(@Advice.Argument(value = 0, readOnly = false) Runnable task) {
    task = Bridge.wrapRunnable(task, true);
  }
}
