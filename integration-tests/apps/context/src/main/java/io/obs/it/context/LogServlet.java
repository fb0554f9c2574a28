package io.obs.it.context;

import java.util.concurrent.TimeUnit;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /log?id=X}: logs with SLF4J/Logback and Log4j 2 on the request thread, on a pooled thread
 * the request hands work to, and on a thread of its own that has no trace context.
 */
final class LogServlet extends HttpServlet {

  private static final Logger LOGBACK = LoggerFactory.getLogger(LogServlet.class);
  private static final org.apache.logging.log4j.Logger LOG4J = org.apache.logging.log4j.LogManager.getLogger(LogServlet.class);

  private final Work work;

  LogServlet(Work work) {
    this.work = work;
  }

  private static void log(String where, String id) {
    LOGBACK.info("{} {}", where, id);
    LOG4J.info("{} {}", where, id);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, java.io.IOException {
    String id = req.getParameter("id");
    try {
      log("request", id);
      work.pool.submit(() -> log("pooled", id)).get(30, TimeUnit.SECONDS);
      Thread detached = new Thread(() -> log("detached", id), "detached-logger");
      detached.start();
      detached.join();
    } catch (Exception e) {
      throw new ServletException(e);
    }
    resp.getWriter().println("ok " + id);
  }
}
