package io.obs.agent.instrumentation.auth.jetty;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * Woven into Jetty 12's {@code SecurityHandler.handle}, around a context's authentication and its
 * servlets: emits the request's pending login-service check and a 401/403 no servlet saw. Reads
 * the request only when there is something to emit.
 */
public final class SecurityHandlerAdvice {

  private SecurityHandlerAdvice() {}

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Argument(0) Request request, @Advice.Argument(1) Response response) {
    if (Bridge.authRequestEnded(response.getStatus())) {
      Bridge.authRequestEvents(request.getAttribute(Bridge.REQUEST_TOKEN), Request.getRemoteAddr(request),
          request.getHttpURI().getPath());
    }
  }
}
