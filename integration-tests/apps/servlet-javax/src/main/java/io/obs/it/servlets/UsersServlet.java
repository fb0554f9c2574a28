package io.obs.it.servlets;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Mapped to {@code /users/*}: 200 "user &lt;id&gt;" for {@code /users/<id>}. */
final class UsersServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String info = request.getPathInfo();
    Texts.write(response, "user " + (info == null ? "" : info.substring(1)));
  }
}
