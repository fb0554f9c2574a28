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
    String[] names = Bridge.serverHeaderNames();
    String[] headers = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      headers[i] = http.getHeader(names[i]);
    }
    Object token = Bridge.serverStartLegacy(http.getMethod(), http.getContextPath(), http.getServletPath(), http.getPathInfo(), headers);
    if (Bridge.serverRecording(token)) {
      Bridge.serverDetails(token, http.getRequestURI(), http.getQueryString(), http.getScheme(), http.getServerName(),
          http.getServerPort(), http.getRemoteAddr(), http.getProtocol());
    }
    request.setAttribute(Bridge.REQUEST_TOKEN, token);
    return token;
  }
}
