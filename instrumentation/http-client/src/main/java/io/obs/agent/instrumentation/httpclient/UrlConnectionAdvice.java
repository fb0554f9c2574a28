package io.obs.agent.instrumentation.httpclient;

import io.obs.agent.bootstrap.Bridge;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import net.bytebuddy.asm.Advice;

/**
 * Woven into {@code sun.net.www.protocol.http.HttpURLConnection.getInputStream()}, which every way
 * of reading the response goes through ({@code getResponseCode}, header getters, https delegates).
 * Only its first call on a connection (no stream, no remembered failure yet) is measured.
 */
public final class UrlConnectionAdvice {

  private UrlConnectionAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object onEnter(@Advice.This HttpURLConnection connection, @Advice.FieldValue("inputStream") InputStream in,
      @Advice.FieldValue("rememberedException") Exception remembered, @Advice.FieldValue("connected") boolean connected,
      @Advice.Local("first") boolean first) {
    first = in == null && remembered == null;
    URL url = connection.getURL();
    Object token = first ? Bridge.clientStart(connection.getRequestMethod(), url.getProtocol(), url.getHost(), url.getPort()) : null;
    String[] headers = Bridge.clientHeaders(token);
    for (int i = 0; !connected && i + 1 < headers.length; i += 2) {
      connection.setRequestProperty(headers[i], headers[i + 1]);
    }
    if (Bridge.clientRecording(token)) {
      Bridge.clientUrl(token, url.toString());
    }
    return token;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.Enter Object token, @Advice.Local("first") boolean first,
      @Advice.FieldValue("responseCode") int status, @Advice.Thrown Throwable thrown) {
    if (first) {
      Bridge.clientEnd(token, status, thrown);
    }
  }
}
