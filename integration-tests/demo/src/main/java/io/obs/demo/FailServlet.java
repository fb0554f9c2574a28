package io.obs.demo;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /fail?reason=..}: a bug escapes the servlet; the container answers 500. Like many a legacy
 * app it quotes the input in the exception message, which is why the agent redacts messages.
 */
final class FailServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) {
    String reason = req.getParameter("reason");
    throw new IllegalStateException("demo failure: /fail always throws" + (reason == null ? "" : " (" + reason + ")"));
  }
}
