package io.obs.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code GET /chain}: calls this app's own {@code /users/1} with HttpURLConnection, a two-hop
 * request; or the URL the operator set in {@code -Ddemo.chain.url} (never one from the request).
 */
final class ChainServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    URL url = new URL(System.getProperty("demo.chain.url", "http://127.0.0.1:" + req.getLocalPort() + "/users/1"));
    HttpURLConnection connection = (HttpURLConnection) url.openConnection();
    connection.setConnectTimeout(2_000);
    connection.setReadTimeout(10_000);
    try {
      int status = connection.getResponseCode();
      InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
      String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8).trim();
      resp.setStatus(status < 400 ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_GATEWAY);
      resp.setContentType("application/json");
      resp.getWriter().println("{\"called\":" + Db.quote(url.toString()) + ",\"status\":" + status
          + ",\"body\":" + Db.quote(body) + "}");
    } finally {
      connection.disconnect();
    }
  }
}
