package io.obs.it.jdbc;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The control port's plumbing: query parameters in, a text answer (500 with the exception) out. */
final class Control {

  private Control() {}

  interface Body {
    String get() throws Exception;
  }

  static void answer(HttpExchange exchange, Body body) throws IOException {
    int status = 200;
    String text;
    try {
      text = body.get();
    } catch (Exception e) {
      status = 500;
      text = e.toString();
      e.printStackTrace();
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> q = new HashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        q.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return q;
  }
}
