package io.obs.demo;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code /fail}: a bug escapes the servlet; the container answers 500. */
final class FailServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) {
    throw new IllegalStateException("demo failure: /fail always throws");
  }
}
