package io.obs.agent.instrumentation.httpclient;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import okhttp3.Request;

/** Woven into {@code OkHttpClient.newCall}: a Request is immutable, so the call gets a copy with the headers. */
public final class OkHttpNewCallAdvice {

  private OkHttpNewCallAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static void onEnter(@Advice.Argument(value = 0, readOnly = false) Request request) {
    String[] headers = Bridge.clientHeaders();
    if (headers.length > 1) {
      Request.Builder builder = request.newBuilder();
      for (int i = 0; i + 1 < headers.length; i += 2) {
        builder.addHeader(headers[i], headers[i + 1]);
      }
      request = builder.build();
    }
  }
}
