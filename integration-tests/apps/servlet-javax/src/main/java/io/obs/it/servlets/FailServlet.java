package io.obs.it.servlets;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** A 500: either set as the status with body "failed", or an IllegalStateException escaping the servlet. */
final class FailServlet extends HttpServlet {

  private final boolean throwing;

  FailServlet(boolean throwing) {
    this.throwing = throwing;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (throwing) {
      throw new IllegalStateException("thrown by the test app on purpose");
    }
    response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    Texts.write(response, "failed");
  }
}
