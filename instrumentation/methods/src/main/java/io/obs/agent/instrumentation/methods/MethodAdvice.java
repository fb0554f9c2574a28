package io.obs.agent.instrumentation.methods;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** Woven into a configured method: a span and a duration, no values read. */
public final class MethodAdvice {

  private MethodAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object onEnter(@MethodId int methodId) {
    return Bridge.methodEnter(methodId);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter Object token, @Advice.Thrown Throwable thrown) {
    Bridge.methodExit(token, thrown);
  }
}
