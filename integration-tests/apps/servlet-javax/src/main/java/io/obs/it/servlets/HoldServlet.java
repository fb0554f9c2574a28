package io.obs.it.servlets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * 200 "released" once the file named by the parameter {@code file} exists: holds its request
 * thread as long as a test wants (a slow request whose end the test decides). Gives up after a
 * minute with 503.
 */
final class HoldServlet extends HttpServlet {

  private static final long MAX_HOLD_NANOS = TimeUnit.MINUTES.toNanos(1);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long deadline = System.nanoTime() + MAX_HOLD_NANOS;
    while (!Files.exists(Paths.get(request.getParameter("file")))) {
      if (System.nanoTime() > deadline) {
        response.setStatus(503);
        return;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        response.setStatus(503);
        return;
      }
    }
    Texts.write(response, "released");
  }
}
