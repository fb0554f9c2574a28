package io.obs.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs a task from many threads at once and collects what every run returned. */
public final class Burst {

  private Burst() {}

  /**
   * Runs {@code task} {@code rounds} times on each of {@code threads} threads, all released together.
   * The task gets a number unique across the burst (0 .. threads × rounds - 1).
   */
  public static <T> List<T> run(int threads, int rounds, IntFunction<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<List<T>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t * rounds;
        futures.add(pool.submit(() -> {
          go.await();
          List<T> results = new ArrayList<>();
          for (int i = 0; i < rounds; i++) {
            results.add(task.apply(first + i));
          }
          return results;
        }));
      }
      go.countDown();
      List<T> all = new ArrayList<>();
      for (Future<List<T>> f : futures) {
        all.addAll(f.get());
      }
      return all;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }
}
