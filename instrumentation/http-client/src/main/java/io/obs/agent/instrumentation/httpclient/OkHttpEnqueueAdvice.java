package io.obs.agent.instrumentation.httpclient;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;

/**
 * Woven into OkHttp's {@code RealCall.enqueue(Callback)} with {@link AsyncSendExitAdvice}: the
 * wrapped callback ends the measurement.
 */
public final class OkHttpEnqueueAdvice {

  private OkHttpEnqueueAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object onEnter(@Advice.This Call call, @Advice.Argument(value = 0, readOnly = false) Callback callback) {
    HttpUrl url = call.request().url();
    Object token = Bridge.clientResume(call, call.request().method(), url.scheme(), url.host(), url.port());
    callback = (Callback) Bridge.clientCallback(token, callback, Callback.class);
    return token;
  }
}
