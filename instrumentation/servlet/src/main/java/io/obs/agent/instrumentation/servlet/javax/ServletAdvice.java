package io.obs.agent.instrumentation.servlet.javax;

import io.obs.agent.bootstrap.Bridge;
import javax.servlet.AsyncListener;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletMapping;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import net.bytebuddy.asm.Advice;

/**
 * Woven into every {@code Servlet.service} and {@code Filter.doFilter}: only the outermost entry of
 * a request measures it (the token request attribute marks it), async requests end on completion.
 * The jakarta twin is generated from this file.
 */
public final class ServletAdvice {

  private ServletAdvice() {}

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
    HttpServletMapping mapping = http.getHttpServletMapping();
    Object token;
    if (mapping != null && mapping.getMappingMatch() == null) {
      // no match kind: a Servlet 3.x container (Jetty 9.4) under the 4.0 API answers the interface's empty default
      token = Bridge.serverStartLegacy(http.getMethod(), http.getContextPath(), http.getServletPath(), http.getPathInfo(),
          headers);
    } else {
      token = Bridge.serverStart(http.getMethod(), http.getContextPath(), mapping == null ? null : mapping.getPattern(), headers);
    }
    if (Bridge.serverRecording(token)) {
      Bridge.serverDetails(token, http.getRequestURI(), http.getQueryString(), http.getScheme(), http.getServerName(),
          http.getServerPort(), http.getRemoteAddr(), http.getProtocol());
    }
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
