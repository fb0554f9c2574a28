package io.obs.it.isolation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.CodeSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /classes?name=a.B&name=c.D}: for each name, where the app's own class loader finds that class
 * (its code source location), or {@code "not found"}. Answers as a JSON object in request order.
 */
public final class ClassesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Map<String, String> found = new LinkedHashMap<>();
    for (String name : request.getParameterValues("name")) {
      found.put(name, locate(name));
    }
    response.setContentType("application/json");
    response.getWriter().write(JSON.writeValueAsString(found));
  }

  private static String locate(String name) {
    try {
      Class<?> type = Class.forName(name, false, ClassesServlet.class.getClassLoader());
      CodeSource source = type.getProtectionDomain().getCodeSource();
      return source == null ? "no code source, loader " + type.getClassLoader() : source.getLocation().toString();
    } catch (ClassNotFoundException e) {
      return "not found";
    }
  }
}
