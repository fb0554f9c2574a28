package io.obs.it.context;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code /fanout?id=X}: each way of handing work to another thread makes one call to /ping?from=way&id=X. */
final class FanOutServlet extends HttpServlet {

  private final Work work;

  FanOutServlet(Work work) {
    this.work = work;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
    String id = req.getParameter("id");
    try {
      CountDownLatch executed = new CountDownLatch(1);
      work.pool.execute(() -> {
        work.call("execute", id);
        executed.countDown();
      });
      if (!executed.await(30, TimeUnit.SECONDS)) {
        throw new ServletException("execute did not run");
      }
      work.pool.submit(() -> work.call("submit", id)).get();
      work.pool.invokeAll(java.util.List.of(() -> work.call("invokeAll", id))).get(0).get();
      work.scheduler.schedule(() -> work.call("schedule", id), 1, TimeUnit.MILLISECONDS).get();
      ForkJoinPool.commonPool().submit(() -> work.call("forkJoin", id)).get();
      CompletableFuture.supplyAsync(() -> work.call("supplyAsync", id))
          .thenApplyAsync(status -> work.call("thenApplyAsync", id), work.pool).get();
      work.client.sendAsync(work.request("sendAsync", id), work.body())
          .thenApply(response -> work.call("sendAsyncCallback", id)).get();
    } catch (Exception e) {
      throw new ServletException(e);
    }
    resp.setContentType("text/plain");
    resp.getWriter().println("ok " + id);
  }
}
