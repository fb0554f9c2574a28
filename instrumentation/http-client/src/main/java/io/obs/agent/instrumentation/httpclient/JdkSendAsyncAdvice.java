package io.obs.agent.instrumentation.httpclient;

import io.obs.agent.bootstrap.Bridge;
import java.util.concurrent.CompletableFuture;
import net.bytebuddy.asm.Advice;

/**
 * The public {@code HttpClientImpl.sendAsync} methods: the application's dependent stages run in
 * the caller's trace context, not in whatever the client's completing thread has. (The measurement
 * itself is {@link JdkHttpClientAdvice}'s, on the private method beneath.)
 */
public final class JdkSendAsyncAdvice {

  private JdkSendAsyncAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  @SuppressWarnings("unchecked")
  public static void onExit(@Advice.Return(readOnly = false) CompletableFuture<Object> future) {
    future = (CompletableFuture<Object>) Bridge.propagatingFuture(future);
  }
}
