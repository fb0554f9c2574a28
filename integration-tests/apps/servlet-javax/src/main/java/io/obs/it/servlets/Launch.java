package io.obs.it.servlets;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What every container main shares. Arguments: the HTTP port, then optionally a start file: the
 * container starts only once that file exists, so a test can watch the agent before the app serves.
 */
public final class Launch {

  private static final long MAX_WAIT_NANOS = TimeUnit.MINUTES.toNanos(2);

  private Launch() {}

  public static int port(String[] args) {
    return Integer.parseInt(args[0]);
  }

  public static void awaitStartFile(String[] args) throws InterruptedException {
    if (args.length < 2) {
      return;
    }
    Path file = Paths.get(args[1]);
    System.out.println("APP WAITING for " + file);
    long deadline = System.nanoTime() + MAX_WAIT_NANOS;
    while (!Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        System.err.println("APP GAVE UP: " + file + " never appeared");
        System.exit(2);
      }
      Thread.sleep(10);
    }
  }

  /** A scratch directory for the container, deleted when the JVM exits (tests end apps with SIGTERM). */
  public static Path scratchDirectory() throws IOException {
    Path dir = Files.createTempDirectory("obs-it-container");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (Stream<Path> tree = Files.walk(dir)) {
        tree.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException ignored) {
        // only a temporary directory left behind
      }
    }));
    return dir;
  }

  /** The request thread pool's size the test asks for ({@code -Dit.maxThreads}), or 0: the container's default. */
  public static int maxThreads() {
    return Integer.getInteger("it.maxThreads", 0);
  }

  public static void started(String container) {
    System.out.println("APP STARTED on " + container);
  }
}
