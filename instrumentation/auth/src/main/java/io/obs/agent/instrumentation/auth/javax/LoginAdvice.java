package io.obs.agent.instrumentation.auth.javax;

import io.obs.agent.bootstrap.Bridge;
import javax.servlet.http.HttpServletRequest;
import net.bytebuddy.asm.Advice;

/**
 * Woven into {@code HttpServletRequest.login(user, password)}: returning is a successful login,
 * throwing a failed one. The password is never read. The jakarta twin is generated from this file.
 */
public final class LoginAdvice {

  private LoginAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static boolean onEnter() {
    return Bridge.authEnter();
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter boolean outermost, @Advice.This HttpServletRequest request,
      @Advice.Argument(0) String user, @Advice.Thrown Throwable thrown) {
    if (Bridge.authExit(outermost)) {
      Bridge.authLogin(request.getAttribute(Bridge.REQUEST_TOKEN), user, thrown == null, request.getRemoteAddr(),
          request.getRequestURI());
    }
  }
}
