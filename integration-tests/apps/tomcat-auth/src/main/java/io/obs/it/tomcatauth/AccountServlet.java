package io.obs.it.tomcatauth;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Programmatic security: {@code POST /api/login} (form fields user, password, optionally logout=true)
 * calls {@code request.login} (401 when it fails) and then {@code request.logout}; {@code GET /api/authenticate}
 * calls {@code request.authenticate}; {@code GET /api/forbidden} answers 403 itself.
 */
public final class AccountServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      request.login(request.getParameter("user"), request.getParameter("password"));
    } catch (ServletException e) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    if ("true".equals(request.getParameter("logout"))) {
      try {
        request.logout();
      } catch (ServletException e) {
        throw new IOException(e);
      }
    }
    response.getWriter().print("logged in");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
    if ("/forbidden".equals(request.getPathInfo())) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } else if (request.authenticate(response)) {
      response.getWriter().print("authenticated as " + request.getRemoteUser());
    }
  }
}
