package io.obs.agent.instrumentation.executor;

import io.obs.agent.bootstrap.Bridge;
import java.util.concurrent.Callable;
import net.bytebuddy.asm.Advice;

/** {@code ForkJoinPool.submit(Callable)}: the task runs in the context it was submitted in. */
public final class SubmitCallableAdvice {

  private SubmitCallableAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void onEnter(@Advice.Argument(value = 0, readOnly = false) Callable<?> task) {
    task = Bridge.wrapCallable(task);
  }
}
