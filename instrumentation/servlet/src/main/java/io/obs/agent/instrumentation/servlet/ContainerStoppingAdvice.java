package io.obs.agent.instrumentation.servlet;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/** On the entry of a container's stop method: it stops accepting connections. */
public final class ContainerStoppingAdvice {

  private ContainerStoppingAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void onEnter(@Advice.Origin("#t") String container) {
    Bridge.containerStopped(container);
  }
}
