package io.obs.agent.instrumentation.servlet.v3;

import io.obs.agent.bootstrap.Bridge;
import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletRequest;
import net.bytebuddy.asm.Advice;

/**
 * The enter advice for javax.servlet 3.x containers, which have no {@code HttpServletMapping}: the
 * runtime names the route from the servlet path and path info. The exit is {@code ServletAdvice}'s.
 */
public final class Servlet3Advice {

  private Servlet3Advice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object onEnter(@Advice.Argument(0) ServletRequest request) {
    if (!(request instanceof HttpServletRequest) || request.getAttribute(Bridge.REQUEST_TOKEN) != null) {
      return null;
    }
    HttpServletRequest http = (HttpServletRequest) request;
    Object token = Bridge.serverStartLegacy(http.getMethod(), http.getContextPath(), http.getServletPath(), http.getPathInfo());
    request.setAttribute(Bridge.REQUEST_TOKEN, token);
    return token;
  }
}
