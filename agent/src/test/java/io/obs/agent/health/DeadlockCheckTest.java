package io.obs.agent.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeadlockCheckTest {

  @Test
  void noDeadlockIsUp() {
    DeadlockCheck check = new DeadlockCheck();
    assertEquals("deadlock", check.name());
    assertEquals(HealthCheck.Kind.LIVENESS, check.kind());
    HealthResult result = check.check();
    assertTrue(result.isUp());
    assertEquals(Map.of("deadlocked_threads", 0), result.data());
  }

  /**
   * A monitor deadlock cannot be undone, and surefire runs every test class in one JVM (where it
   * would turn every later liveness check DOWN), so the deadlock happens in a JVM of its own.
   */
  @Test
  void twoThreadsDeadlockedOnMonitorsAreDownByName() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Deadlock.class.getName())
        .redirectErrorStream(true)
        .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.equals("DOWN {deadlocked_threads=2, threads=obs-test-deadlock-a, obs-test-deadlock-b}")
        || output.equals("DOWN {deadlocked_threads=2, threads=obs-test-deadlock-b, obs-test-deadlock-a}"), output);
  }

  /** Main of the child JVM: deadlocks two daemon threads, prints what the check says. */
  public static final class Deadlock {
    public static void main(String[] args) throws InterruptedException {
      Object first = new Object();
      Object second = new Object();
      CountDownLatch bothHoldOne = new CountDownLatch(2);
      lockBoth("obs-test-deadlock-a", first, second, bothHoldOne);
      lockBoth("obs-test-deadlock-b", second, first, bothHoldOne);
      DeadlockCheck check = new DeadlockCheck();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      HealthResult result = check.check();
      while (result.isUp() && System.nanoTime() < deadline) {
        Thread.sleep(10);
        result = check.check();
      }
      System.out.println((result.isUp() ? "UP " : "DOWN ") + result.data());
      System.exit(0);
    }

    private static void lockBoth(String name, Object outer, Object inner, CountDownLatch bothHoldOne) {
      Thread thread = new Thread(() -> {
        synchronized (outer) {
          bothHoldOne.countDown();
          try {
            bothHoldOne.await();
          } catch (InterruptedException e) {
            return;
          }
          synchronized (inner) {
            System.out.println("not deadlocked");
          }
        }
      }, name);
      thread.setDaemon(true);
      thread.start();
    }
  }
}
