package io.obs.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code GET /users/{id}}: one row of {@code users}, 404 when there is none. */
final class UsersServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
    String info = req.getPathInfo();
    if (info == null || !info.matches("/\\d{1,9}")) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND, "usage: /users/{id}");
      return;
    }
    try (Connection c = Db.connect();
        PreparedStatement select = c.prepareStatement("SELECT id, name, email FROM users WHERE id = ?")) {
      select.setInt(1, Integer.parseInt(info.substring(1)));
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no user " + info.substring(1));
          return;
        }
        resp.setContentType("application/json");
        resp.getWriter().println("{\"id\":" + rs.getInt(1) + ",\"name\":" + Db.quote(rs.getString(2))
            + ",\"email\":" + Db.quote(rs.getString(3)) + "}");
      }
    } catch (SQLException e) {
      throw new ServletException(e);
    }
  }
}
