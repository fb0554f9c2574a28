package io.obs.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The agent in a benchmark's fork: the JVM arguments that put it there, and its endpoint, which
 * tells when its weaving is in place (before any measured iteration) and what it counted.
 */
final class Agent {

  static final String PORT = "19464";
  /** Relative to the repository root, where the benchmarks are run from. */
  static final String JAVAAGENT = "-javaagent:agent/target/obs-agent.jar";
  static final String SETTINGS = "-Dobs.server.port=" + PORT;

  private Agent() {}

  /** Whether this JVM runs under the agent. */
  static boolean present() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().contains(JAVAAGENT);
  }

  /**
   * Under the agent: waits (30 s at most) until its background start-up has finished, so no
   * measured iteration runs before its weaving is in place; fails if it never does.
   */
  static void awaitStarted() throws InterruptedException {
    if (!present()) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!metrics().contains("obs_agent_startup_seconds{phase=\"background\"}")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no agent endpoint on port " + PORT + ": is agent/target/obs-agent.jar built,"
            + " are the benchmarks run from the repository root, is the port free?");
      }
      Thread.sleep(50);
    }
  }

  /** Under the agent: prints the lines of its /metrics that name {@code metric}, the proof that it measured. */
  static void printCounts(String metric) {
    if (present()) {
      for (String line : metrics().split("\n")) {
        if (line.startsWith(metric)) {
          System.out.println(line);
        }
      }
    }
  }

  private static String metrics() {
    try (InputStream in = URI.create("http://127.0.0.1:" + PORT + "/metrics").toURL().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException notYet) {
      return "";
    }
  }
}
