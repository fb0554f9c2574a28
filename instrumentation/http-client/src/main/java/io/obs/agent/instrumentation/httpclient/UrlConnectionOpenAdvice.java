package io.obs.agent.instrumentation.httpclient;

import io.obs.agent.bootstrap.Bridge;
import java.net.HttpURLConnection;
import java.net.URL;
import net.bytebuddy.asm.Advice;

/**
 * Woven into {@code connect()} and {@code getOutputStream()} of the JDK's {@code HttpURLConnection}
 * and into {@code connect()} of its https delegate (which does the TLS handshake): on a connection
 * not connected yet the send starts here, so it covers the body the application writes, and a
 * failure here (refused, TLS) ends it; {@link UrlConnectionAdvice} ends it when the response is read.
 */
public final class UrlConnectionOpenAdvice {

  private UrlConnectionOpenAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object onEnter(@Advice.This HttpURLConnection connection, @Advice.FieldValue("connected") boolean connected) {
    URL url = connection.getURL();
    Object token = Bridge.connectionSend(connection, false, !connected, url.getProtocol(), url.getHost(), url.getPort());
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
  public static void onExit(@Advice.This HttpURLConnection connection, @Advice.Enter Object token, @Advice.Thrown Throwable thrown) {
    Bridge.connectionSent(connection, token, false, connection.getRequestMethod(), -1, thrown);
  }
}
