package io.obs.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real {@code promtool} (Debian/Ubuntu package {@code prometheus}); {@code -Dit.promtool}
 * overrides where it is. A missing promtool is a failure, never a skip.
 */
public final class Promtool {

  /** What one run of promtool returned and printed (stdout and stderr together). */
  public static final class Result {
    public final int exitCode;
    public final String output;

    Result(int exitCode, String output) {
      this.exitCode = exitCode;
      this.output = output;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + (output.isBlank() ? ", no output" : ", output:\n" + output);
    }
  }

  private Promtool() {}

  /** {@code promtool check metrics} on stdin: parses the Prometheus text format 0.0.4 and lints it. */
  public static Result checkMetrics(String prometheusText) {
    return inTempDir(dir -> run(write(dir.resolve("metrics.txt"), prometheusText), "check", "metrics"));
  }

  /**
   * OpenMetrics through the parser Prometheus ingests scrapes with ({@code promtool tsdb
   * create-blocks-from openmetrics}); {@code check metrics} has no OpenMetrics parser
   * (prometheus/prometheus#8932). Backfilling needs a timestamp per sample, so the current time is
   * added to each sample line first; nothing else is changed.
   */
  public static Result parseOpenMetrics(String openMetrics) {
    return inTempDir(dir -> {
      Path file = write(dir.resolve("metrics.om"), withTimestamps(openMetrics, System.currentTimeMillis() / 1000));
      return run(null, "tsdb", "create-blocks-from", "openmetrics", "--quiet", file.toString(), dir.resolve("blocks").toString());
    });
  }

  /** Adds {@code timestamp} after the value of every sample line that has none. */
  static String withTimestamps(String openMetrics, long timestamp) {
    return openMetrics.lines().map(line -> {
      if (line.isEmpty() || line.startsWith("#")) {
        return line;
      }
      int valueStart = endOfNameAndLabels(line) + 1;
      int valueEnd = line.indexOf(' ', valueStart);
      if (valueEnd < 0) {
        return line + " " + timestamp;
      }
      boolean hasTimestamp = valueEnd + 1 < line.length() && line.charAt(valueEnd + 1) != '#';
      return hasTimestamp ? line : line.substring(0, valueEnd) + " " + timestamp + line.substring(valueEnd);
    }).collect(Collectors.joining("\n", "", "\n"));
  }

  /** The index of the space after {@code name{labels}}; label values may hold spaces and escaped quotes. */
  private static int endOfNameAndLabels(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a sample line: " + line);
  }

  static Path binary() {
    String configured = System.getProperty("it.promtool");
    Stream<Path> candidates = configured != null ? Stream.of(Paths.get(configured))
        : Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).map(dir -> Paths.get(dir, "promtool"));
    return candidates.filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError(
        "promtool is not installed (" + (configured != null ? "-Dit.promtool=" + configured + " is not executable" : "not on PATH")
            + "). Install it: apt-get install -y prometheus (Debian/Ubuntu), or take promtool from a release at"
            + " https://prometheus.io/download/ and pass -Dit.promtool=/path/to/promtool. CI installs it."));
  }

  private static Result run(Path stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(binary().toString());
    command.addAll(List.of(args));
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      if (stdin != null) {
        builder.redirectInput(stdin.toFile());
      }
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("promtool did not finish in 30 s: " + command);
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private interface InDir {
    Result run(Path dir) throws IOException;
  }

  private static Result inTempDir(InDir body) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("obs-it-promtool-");
      return body.run(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (dir != null) {
        delete(dir);
      }
    }
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text);
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
