package io.obs.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code GET /search?q=..} (or a POSTed form): users whose name contains {@code q}, with the SQL built
 * as text the way old code does (quotes doubled), so the query carries a literal the agent must
 * never export.
 */
final class SearchServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
    doGet(req, resp);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
    String q = req.getParameter("q") == null ? "" : req.getParameter("q");
    String sql = "SELECT id, name FROM users WHERE name LIKE '%" + q.replace("'", "''") + "%' ORDER BY id";
    resp.setContentType("application/json");
    PrintWriter out = resp.getWriter();
    try (Connection c = Db.connect(); Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      StringBuilder json = new StringBuilder("[");
      while (rs.next()) {
        json.append(json.length() > 1 ? "," : "").append("{\"id\":").append(rs.getInt(1)).append(",\"name\":")
            .append(Db.quote(rs.getString(2))).append('}');
      }
      out.println(json.append(']'));
    } catch (SQLException e) {
      throw new ServletException(e);
    }
  }
}
