package io.obs.it.deadlock;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Waits for a line on stdin, then deadlocks two pairs of named threads: {@code monitor-a} /
 * {@code monitor-b} on two monitors and {@code lock-a} / {@code lock-b} on two ReentrantLocks. The
 * JVM stays up (wedged) until it is killed.
 */
public final class DeadlockApp {

  /** Runs {@code inside} while holding something. */
  private interface Guard {
    void hold(Runnable inside);
  }

  private DeadlockApp() {}

  public static void main(String[] args) throws Exception {
    System.out.println("deadlock app waiting for a line on stdin");
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    Object first = new Object();
    Object second = new Object();
    crossed("monitor", r -> {
      synchronized (first) {
        r.run();
      }
    }, r -> {
      synchronized (second) {
        r.run();
      }
    });
    crossed("lock", locking(new ReentrantLock()), locking(new ReentrantLock()));
    System.out.println("deadlock app: threads started");
  }

  /** Thread {@code <name>-a} holds x and then wants y, {@code <name>-b} holds y and then wants x. */
  private static void crossed(String name, Guard x, Guard y) {
    CountDownLatch bothHold = new CountDownLatch(2);
    new Thread(() -> x.hold(() -> {
      meet(bothHold);
      y.hold(() -> { });
    }), name + "-a").start();
    new Thread(() -> y.hold(() -> {
      meet(bothHold);
      x.hold(() -> { });
    }), name + "-b").start();
  }

  /** Returns once both threads hold their first guard, so neither can take its second. */
  private static void meet(CountDownLatch bothHold) {
    bothHold.countDown();
    try {
      bothHold.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Guard locking(ReentrantLock lock) {
    return r -> {
      lock.lock();
      try {
        r.run();
      } finally {
        lock.unlock();
      }
    };
  }
}
