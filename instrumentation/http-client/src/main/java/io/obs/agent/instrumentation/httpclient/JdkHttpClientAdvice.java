package io.obs.agent.instrumentation.httpclient;

import io.obs.agent.bootstrap.Bridge;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import net.bytebuddy.asm.Advice;

/**
 * Woven into {@code jdk.internal.net.http.HttpClientImpl}'s private four-argument
 * {@code sendAsync}, which {@code send} and both public {@code sendAsync} go through: the
 * completion of its future ends the measurement. A request is immutable, so headers go into a copy
 * (uri, method, body, expect-continue, timeout, version, its headers), made inline: java.net.http
 * is a platform module, so no helper in the boot loader could name its types.
 */
public final class JdkHttpClientAdvice {

  private JdkHttpClientAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object onEnter(@Advice.Argument(value = 0, readOnly = false) HttpRequest request) {
    URI uri = request.uri();
    Object token = Bridge.clientStart(request.method(), uri.getScheme(), uri.getHost(), uri.getPort());
    if (Bridge.clientRecording(token)) {
      Bridge.clientUrl(token, uri.toString());
    }
    String[] headers = Bridge.clientHeaders(token);
    if (headers.length > 1) {
      HttpRequest.Builder copy = HttpRequest.newBuilder(uri).expectContinue(request.expectContinue())
          .method(request.method(), request.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
      if (request.timeout().isPresent()) {
        copy.timeout(request.timeout().get());
      }
      if (request.version().isPresent()) {
        copy.version(request.version().get());
      }
      for (Map.Entry<String, List<String>> header : request.headers().map().entrySet()) {
        for (String value : header.getValue()) {
          copy.header(header.getKey(), value);
        }
      }
      for (int i = 0; i + 1 < headers.length; i += 2) {
        copy.setHeader(headers[i], headers[i + 1]);
      }
      request = copy.build();
    }
    return token;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  @SuppressWarnings("unchecked")
  public static void onExit(@Advice.Enter Object token, @Advice.Return CompletableFuture<Object> future,
      @Advice.Thrown Throwable thrown) {
    if (future == null) {
      Bridge.clientEnd(token, -1, thrown);
      return;
    }
    Bridge.clientExit();
    Object callback = Bridge.clientCallback(token, null, BiConsumer.class);
    if (callback != null) {
      future.whenComplete((BiConsumer<Object, Throwable>) callback);
    }
  }
}
