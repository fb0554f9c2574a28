package io.obs.agent.instrumentation.httpclient;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequest;
import org.apache.http.client.methods.CloseableHttpResponse;

/** Woven into Apache HttpClient 4.x {@code InternalHttpClient/MinimalHttpClient.doExecute}. */
public final class ApacheClient4Advice {

  private ApacheClient4Advice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object onEnter(@Advice.Argument(0) HttpHost target, @Advice.Argument(1) HttpRequest request) {
    Object token = Bridge.clientStart(request.getRequestLine().getMethod(), target == null ? null : target.getSchemeName(),
        target == null ? null : target.getHostName(), target == null ? -1 : target.getPort());
    String[] headers = Bridge.clientHeaders(token);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    if (Bridge.clientRecording(token)) {
      Bridge.clientUrl(token, request.getRequestLine().getUri());
    }
    return token;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter Object token, @Advice.Return CloseableHttpResponse response,
      @Advice.Thrown Throwable thrown) {
    Bridge.clientEnd(token, response == null ? -1 : response.getStatusLine().getStatusCode(), thrown);
  }
}
