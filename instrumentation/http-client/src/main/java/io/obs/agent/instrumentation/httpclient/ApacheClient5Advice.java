package io.obs.agent.instrumentation.httpclient;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHost;

/** Woven into Apache HttpClient 5.x classic {@code InternalHttpClient/MinimalHttpClient.doExecute}. */
public final class ApacheClient5Advice {

  private ApacheClient5Advice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object onEnter(@Advice.Argument(0) HttpHost target, @Advice.Argument(1) ClassicHttpRequest request) {
    Object token = Bridge.clientStart(request.getMethod(), target == null ? request.getScheme() : target.getSchemeName(),
        target == null ? null : target.getHostName(), target == null ? -1 : target.getPort());
    String[] headers = Bridge.clientHeaders(token);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    if (Bridge.clientRecording(token)) {
      Bridge.clientUrl(token, request.getRequestUri());
    }
    return token;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter Object token, @Advice.Return CloseableHttpResponse response,
      @Advice.Thrown Throwable thrown) {
    Bridge.clientEnd(token, response == null ? -1 : response.getCode(), thrown);
  }
}
