package io.obs.it.servlets;

import java.io.IOException;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** "measured=&lt;the agent marked this request&gt;" then the names of the JVM's live threads, one a line. */
final class InspectServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String threads = Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted()
        .collect(Collectors.joining("\n"));
    Texts.write(response, "measured=" + (request.getAttribute(BreakingWrapperFilter.AGENT_MARKER) != null)
        + "\n" + threads);
  }
}
