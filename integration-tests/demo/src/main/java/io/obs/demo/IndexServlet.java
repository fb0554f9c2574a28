package io.obs.demo;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code /}: what the app serves and where the agent's endpoint is. */
final class IndexServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("text/plain; charset=utf-8");
    PrintWriter out = resp.getWriter();
    out.println("obs-demo: a legacy app with no observability code; run it under -javaagent:obs-agent.jar\n");
    for (DemoApp.Route route : DemoApp.ROUTES) {
      out.println("  " + route.usage());
    }
    out.println("\nagent endpoint (obs.server.port):");
    for (String path : new String[] {"/metrics", "/health", "/health/live", "/health/ready"}) {
      out.println("  " + DemoApp.agentUrl(path));
    }
  }
}
