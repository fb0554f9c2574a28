package io.obs.agent.instrumentation.methods;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** The exit of a method with a business event: {@link MethodAdvice}'s, plus arguments and return value. */
public final class MethodEventAdvice {

  private MethodEventAdvice() {}

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter Object token, @Advice.Thrown Throwable thrown,
      @Advice.AllArguments Object[] arguments, @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object returned) {
    Bridge.methodExit(token, thrown, arguments, returned);
  }
}
