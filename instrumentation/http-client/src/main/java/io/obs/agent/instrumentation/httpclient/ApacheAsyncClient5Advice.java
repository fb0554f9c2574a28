package io.obs.agent.instrumentation.httpclient;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequest;

/**
 * Woven with {@link AsyncSendExitAdvice} into Apache HttpClient 5's
 * {@code InternalAbstractHttpAsyncClient.executeImmediate(request, entity, scope, [chain,] callback)},
 * which {@code CloseableHttpAsyncClient.execute} reaches once per logical request (redirects and
 * retries run below it). The request is the client's own copy, so it takes the headers; the exec
 * callback, the last argument, is wrapped: the exchange's completion or failure ends the measurement.
 */
public final class ApacheAsyncClient5Advice {

  private ApacheAsyncClient5Advice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object onEnter(@Advice.Argument(0) HttpRequest request, @Advice.Argument(2) AsyncExecChain.Scope scope,
      @Advice.AllArguments(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object[] args) {
    HttpHost target = scope.route.getTargetHost();
    Object token = Bridge.clientStart(request.getMethod(), target.getSchemeName(), target.getHostName(), target.getPort());
    String[] headers = Bridge.clientHeaders(token);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    if (Bridge.clientRecording(token)) {
      Bridge.clientUrl(token, request.getRequestUri());
    }
    Object[] replaced = args.clone();
    replaced[args.length - 1] = Bridge.clientCallback(token, args[args.length - 1], AsyncExecCallback.class);
    args = replaced;
    return token;
  }
}
