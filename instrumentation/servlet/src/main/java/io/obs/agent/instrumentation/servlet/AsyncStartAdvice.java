package io.obs.agent.instrumentation.servlet;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** {@code AsyncContext.start(Runnable)} (javax and jakarta): the work runs in the request's trace context. */
public final class AsyncStartAdvice {

  private AsyncStartAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void onEnter(@Advice.Argument(value = 0, readOnly = false) Runnable work) {
    work = Bridge.wrapRunnable(work, false);
  }
}
