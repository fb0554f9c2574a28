package io.obs.it.servlets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.servlet.AsyncContext;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Goes asynchronous and answers 200 "async" from another thread {@value #DELAY_MILLIS} ms later. */
final class AsyncServlet extends HttpServlet {

  static final long DELAY_MILLIS = 20;

  private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "test-app-async");
    thread.setDaemon(true);
    return thread;
  });

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    AsyncContext async = request.startAsync();
    LATER.schedule(() -> complete(async), DELAY_MILLIS, TimeUnit.MILLISECONDS);
  }

  private static void complete(AsyncContext async) {
    try {
      Texts.write(async.getResponse(), "async");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      async.complete();
    }
  }
}
