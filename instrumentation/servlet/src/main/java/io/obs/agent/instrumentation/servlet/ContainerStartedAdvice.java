package io.obs.agent.instrumentation.servlet;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** On the exit of a container's start method: it accepts connections now. */
public final class ContainerStartedAdvice {

  private ContainerStartedAdvice() {}

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Origin("#t") String container, @Advice.Thrown Throwable thrown) {
    if (thrown == null) {
      Bridge.containerStarted(container);
    }
  }
}
