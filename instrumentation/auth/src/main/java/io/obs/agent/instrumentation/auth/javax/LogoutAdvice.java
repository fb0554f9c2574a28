package io.obs.agent.instrumentation.auth.javax;

import io.obs.agent.bootstrap.Bridge;
import javax.servlet.http.HttpServletRequest;
import net.bytebuddy.asm.Advice;

/**
 * Woven into {@code HttpServletRequest.logout()}: a logout of the user logged in before it. The
 * jakarta twin is generated from this file.
 */
public final class LogoutAdvice {

  private LogoutAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void onEnter(@Advice.This HttpServletRequest request) {
    if (Bridge.authEnter() && request.getRemoteUser() != null) {
      Bridge.authLogout(request.getAttribute(Bridge.REQUEST_TOKEN), request.getRemoteUser(), request.getRemoteAddr(),
          request.getRequestURI());
    }
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit() {
    Bridge.authExit(false);
  }
}
