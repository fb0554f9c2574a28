package io.obs.agent.instrumentation.httpclient;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;

/**
 * The exit of an asynchronous send whose enter advice wrapped the library's callback: a send that
 * threw ends here, one that returned ends when the callback is called.
 */
public final class AsyncSendExitAdvice {

  private AsyncSendExitAdvice() {}

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter Object token, @Advice.Thrown Throwable thrown) {
    if (thrown != null) {
      Bridge.clientEnd(token, -1, thrown);
    } else {
      Bridge.clientExit();
    }
  }
}
