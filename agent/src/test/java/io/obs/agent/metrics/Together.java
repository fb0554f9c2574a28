package io.obs.agent.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Runs a task on several threads released at the same moment, and waits for all of them. */
final class Together {

  private Together() {}

  static void run(int threads, Runnable task) throws InterruptedException {
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          return;
        }
        task.run();
      });
      worker.start();
      workers.add(worker);
    }
    go.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
  }
}
