package io.obs.it.isolation;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code /okhttp}: asks this app's own {@code /classes?name=okhttp3.OkHttpClient} through the app's
 * OkHttp 4 (Kotlin inside) and answers with what came back.
 */
public final class OkHttpServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final OkHttpClient CLIENT = new OkHttpClient();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String url = "http://127.0.0.1:" + request.getLocalPort() + "/classes?name=okhttp3.OkHttpClient";
    try (Response answer = CLIENT.newCall(new Request.Builder().url(url).build()).execute()) {
      response.setStatus(answer.code());
      response.setContentType("application/json");
      response.getWriter().write(answer.body().string());
    }
  }
}
