package io.obs.agent.instrumentation.auth;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Woven into a container's credential check ({@code Realm.authenticate(String user, ...)}): a
 * non-null result is a successful login. Only the user name crosses the bridge, never the credential.
 */
public final class CredentialCheckAdvice {

  private CredentialCheckAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static boolean onEnter() {
    return Bridge.authEnter();
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter boolean outermost, @Advice.Argument(0) String user,
      @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object principal) {
    Bridge.authChecked(outermost, user, principal != null);
  }
}
