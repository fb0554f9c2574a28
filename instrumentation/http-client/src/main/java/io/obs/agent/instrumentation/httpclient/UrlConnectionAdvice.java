package io.obs.agent.instrumentation.httpclient;

import io.obs.agent.bootstrap.Bridge;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import net.bytebuddy.asm.Advice;

/**
 * Woven into {@code sun.net.www.protocol.http.HttpURLConnection.getInputStream()}, which every way
 * of reading the response goes through ({@code getResponseCode}, header getters, https delegates).
 * Its first call on a connection (no stream, no remembered failure yet) ends the send, which it
 * starts unless {@link UrlConnectionOpenAdvice} did.
 */
public final class UrlConnectionAdvice {

  private UrlConnectionAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object onEnter(@Advice.This HttpURLConnection connection, @Advice.FieldValue("inputStream") InputStream in,
      @Advice.FieldValue("rememberedException") Exception remembered, @Advice.FieldValue("connected") boolean connected) {
    URL url = connection.getURL();
    Object token = Bridge.connectionSend(connection, true, in == null && remembered == null, url.getProtocol(), url.getHost(),
        url.getPort());
    String[] headers = Bridge.clientHeaders(token);
    for (int i = 0; !connected && i + 1 < headers.length; i += 2) {
      connection.setRequestProperty(headers[i], headers[i + 1]);
    }
    if (!connected && Bridge.clientRecording(token)) {
      Bridge.clientUrl(token, url.toString());
    }
    return token;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void onExit(@Advice.This HttpURLConnection connection, @Advice.Enter Object token,
      @Advice.FieldValue("responseCode") int status, @Advice.Thrown Throwable thrown) {
    Bridge.connectionSent(connection, token, true, connection.getRequestMethod(), status, thrown);
  }
}
