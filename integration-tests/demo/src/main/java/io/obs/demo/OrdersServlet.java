package io.obs.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code POST /orders} inserts a row ({@code user=1&item=widget&qty=1}, all optional); GET lists them. */
final class OrdersServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
    String item = param(req, "item", "widget");
    int qty;
    int user;
    try {
      qty = Integer.parseInt(param(req, "qty", "1"));
      user = Integer.parseInt(param(req, "user", "1"));
    } catch (NumberFormatException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "qty and user are numbers");
      return;
    }
    try (Connection c = Db.connect();
        PreparedStatement insert = c.prepareStatement("INSERT INTO orders (user_id, item, qty) VALUES (?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setInt(1, user);
      insert.setString(2, item.length() > 100 ? item.substring(0, 100) : item);
      insert.setInt(3, qty);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        resp.setStatus(HttpServletResponse.SC_CREATED);
        resp.setContentType("application/json");
        resp.getWriter().println("{\"id\":" + keys.getInt(1) + "}");
      }
    } catch (SQLException e) {
      throw new ServletException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
    try (Connection c = Db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, user_id, item, qty FROM orders ORDER BY id")) {
      resp.setContentType("application/json");
      PrintWriter out = resp.getWriter();
      out.print('[');
      for (boolean first = true; rs.next(); first = false) {
        out.print((first ? "" : ",") + "{\"id\":" + rs.getInt(1) + ",\"user\":" + rs.getInt(2)
            + ",\"item\":" + Db.quote(rs.getString(3)) + ",\"qty\":" + rs.getInt(4) + "}");
      }
      out.println(']');
    } catch (SQLException e) {
      throw new ServletException(e);
    }
  }

  private static String param(HttpServletRequest req, String name, String fallback) {
    String value = req.getParameter(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
