package io.obs.agent.instrumentation.httpclient;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Woven into {@code OkHttpClient.newCall}: a Request is immutable and its headers are final once the
 * call exists, so the send's token (and span) is made here, the call gets a copy of the request with
 * the trace headers, and {@code execute}/{@code enqueue} take the token over.
 */
public final class OkHttpNewCallAdvice {

  private OkHttpNewCallAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object onEnter(@Advice.Argument(value = 0, readOnly = false) Request request) {
    HttpUrl url = request.url();
    Object token = Bridge.clientPrepare(request.method(), url.scheme(), url.host(), url.port());
    String[] headers = Bridge.clientHeaders(token);
    if (headers.length > 1) {
      Request.Builder builder = request.newBuilder();
      for (int i = 0; i + 1 < headers.length; i += 2) {
        builder.header(headers[i], headers[i + 1]);
      }
      request = builder.build();
    }
    if (Bridge.clientRecording(token)) {
      Bridge.clientUrl(token, url.toString());
    }
    return token;
  }

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void onExit(@Advice.Enter Object token, @Advice.Return Call call) {
    Bridge.clientBind(token, call);
  }
}
