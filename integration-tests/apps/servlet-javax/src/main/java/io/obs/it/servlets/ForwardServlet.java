package io.obs.it.servlets;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Forwards every request to another path of the same context. */
final class ForwardServlet extends HttpServlet {

  private final String target;

  ForwardServlet(String target) {
    this.target = target;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
    request.getRequestDispatcher(target).forward(request, response);
  }
}
