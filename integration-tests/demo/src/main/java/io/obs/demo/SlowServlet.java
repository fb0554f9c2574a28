package io.obs.demo;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code GET /slow?ms=N}: answers after N ms (default 250, at most {@value #MAX_MS}). */
final class SlowServlet extends HttpServlet {

  static final int MAX_MS = 10_000;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String ms = req.getParameter("ms");
    long millis;
    try {
      millis = Math.max(0, Math.min(MAX_MS, ms == null ? 250 : Long.parseLong(ms)));
    } catch (NumberFormatException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "ms is a number of milliseconds");
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    resp.setContentType("text/plain");
    resp.getWriter().println("slept " + millis + " ms");
  }
}
