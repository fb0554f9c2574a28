package io.obs.it.httpclient;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Control port (JDK HTTP server, first argument) for {@code HttpClientIT}:
 * {@code /get?client=<name in Clients.ALL>&url=U} sends one request to U with that client and
 * answers {@code status <code>} or {@code error <exception class>}. The same classes run against
 * OkHttp 3, 4 and 5 (modules http-client-okhttp3/5) and Apache HttpClient 5.1 and 5.6 (module
 * http-client-apache5-6), whose API they share.
 */
public final class HttpClientApp {

  private HttpClientApp() {}

  public static void main(String[] args) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 0);
    server.createContext("/get", HttpClientApp::get);
    server.start();
    System.out.println("http-client app ready, OkHttp from " + jar(okhttp3.OkHttpClient.class) + ", HttpClient 5 from "
        + jar(org.apache.hc.client5.http.impl.async.HttpAsyncClients.class));
  }

  private static String jar(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation().toString();
  }

  private static void get(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    String client = query.substring("client=".length(), query.indexOf('&'));
    String url = URLDecoder.decode(query.substring(query.indexOf("&url=") + 5), StandardCharsets.UTF_8);
    String answer;
    try {
      answer = "status " + Clients.ALL.get(client).get(url);
    } catch (Exception e) {
      answer = "error " + e.getClass().getName();
    }
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
