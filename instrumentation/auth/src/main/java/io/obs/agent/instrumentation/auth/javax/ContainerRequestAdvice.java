package io.obs.agent.instrumentation.auth.javax;

import io.obs.agent.bootstrap.Bridge;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import net.bytebuddy.asm.Advice;

/**
 * Woven into the container's outermost handling of a request (Tomcat's {@code StandardHostValve.invoke}),
 * after authenticators and error pages: emits the request's pending credential check and a 401/403
 * no servlet saw. Reads the request only when there is something to emit. The jakarta twin is
 * generated from this file.
 */
public final class ContainerRequestAdvice {

  private ContainerRequestAdvice() {}

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Argument(0) HttpServletRequest request, @Advice.Argument(1) HttpServletResponse response) {
    if (Bridge.authRequestEnded(response.getStatus())) {
      Bridge.authRequestEvents(request.getAttribute(Bridge.REQUEST_TOKEN), request.getRemoteAddr(), request.getRequestURI());
    }
  }
}
