package io.obs.agent.instrumentation.servlet.v3;

import io.obs.agent.bootstrap.Bridge;
import javax.servlet.AsyncListener;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import net.bytebuddy.asm.Advice;

/**
 * {@code ServletAdvice} for javax.servlet 3.x containers, which have no {@code HttpServletMapping}:
 * the runtime names the route from the servlet path and path info.
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

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter Object token, @Advice.Argument(0) ServletRequest request,
      @Advice.Argument(1) ServletResponse response, @Advice.Thrown Throwable thrown) {
    if (token == null) {
      return;
    }
    if (thrown == null && request.isAsyncStarted()) {
      request.getAsyncContext().addListener((AsyncListener) Bridge.serverAsync(token, AsyncListener.class), request, response);
    } else {
      Bridge.serverEnd(token, ((HttpServletResponse) response).getStatus(), thrown);
    }
  }
}
