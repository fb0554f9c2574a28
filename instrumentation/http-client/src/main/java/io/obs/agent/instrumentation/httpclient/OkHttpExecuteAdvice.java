package io.obs.agent.instrumentation.httpclient;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Response;

/** Woven into OkHttp's {@code RealCall.execute()}. */
public final class OkHttpExecuteAdvice {

  private OkHttpExecuteAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object onEnter(@Advice.This Call call) {
    HttpUrl url = call.request().url();
    return Bridge.clientResume(call, call.request().method(), url.scheme(), url.host(), url.port());
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter Object token, @Advice.Return Response response, @Advice.Thrown Throwable thrown) {
    Bridge.clientEnd(token, response == null ? -1 : response.code(), thrown);
  }
}
