package io.obs.it.context;

import java.util.concurrent.atomic.AtomicReference;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /detached?id=X}: a thread of its own, with no trace context, runs a task on the shared
 * pool; its call must start a trace of its own, whatever the pool's threads ran before.
 */
final class DetachedServlet extends HttpServlet {

  private final Work work;

  DetachedServlet(Work work) {
    this.work = work;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, java.io.IOException {
    String id = req.getParameter("id");
    AtomicReference<Exception> failure = new AtomicReference<>();
    Thread detached = new Thread(() -> {
      try {
        work.pool.submit(() -> work.call("detachedSubmit", id)).get();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        work.pool.execute(() -> {
          work.call("detachedExecute", id);
          done.countDown();
        });
        done.await();
      } catch (Exception e) {
        failure.set(e);
      }
    }, "detached");
    detached.start();
    try {
      detached.join();
    } catch (InterruptedException e) {
      throw new ServletException(e);
    }
    if (failure.get() != null) {
      throw new ServletException(failure.get());
    }
    resp.getWriter().println("ok " + id);
  }
}
