package io.obs.it.context;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.servlet.AsyncContext;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code /async?id=X}: the response is written by work started with {@code AsyncContext.start}. */
final class AsyncServlet extends HttpServlet {

  private final Work work;

  AsyncServlet(Work work) {
    this.work = work;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    String id = req.getParameter("id");
    AsyncContext async = req.startAsync();
    async.start(() -> {
      try {
        work.call("asyncStart", id);
        resp.setContentType("text/plain");
        resp.getWriter().println("ok " + id);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        async.complete();
      }
    });
  }
}
