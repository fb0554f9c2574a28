package io.obs.it;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The checked-in monitoring files under {@code config/}, and the binaries that check and run them. */
final class MonitoringConfig {

  /** What a finished command returned and printed. */
  static final class Result {
    final int exitCode;
    final String stdout;
    final String stderr;

    Result(int exitCode, String stdout, String stderr) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
    }
  }

  private MonitoringConfig() {}

  static Path dir() {
    return Paths.get(System.getProperty("it.config.dir", "../../config")).toAbsolutePath().normalize();
  }

  static Path path(String relative) {
    Path file = dir().resolve(relative);
    if (!Files.exists(file)) {
      throw new AssertionError("missing: " + file);
    }
    return file;
  }

  /** The files of {@code config/<subdir>} whose name matches {@code glob}, sorted. */
  static List<Path> files(String subdir, String glob) {
    try (Stream<Path> files = Files.list(path(subdir))) {
      java.nio.file.PathMatcher matcher = dir().getFileSystem().getPathMatcher("glob:" + glob);
      return files.filter(f -> matcher.matches(f.getFileName())).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses YAML (and so JSON); fails the test with the file name when it is not valid. */
  @SuppressWarnings("unchecked")
  static <T> T yaml(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return (T) new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new AssertionError("not valid YAML/JSON: " + file + ": " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  static <T> T get(Object node, String key) {
    return node instanceof Map ? (T) ((Map<String, Object>) node).get(key) : null;
  }

  /** Every alerting rule of {@code config/prometheus/rules/*.yml}, by alert name. */
  static Map<String, Map<String, Object>> alerts() {
    Map<String, Map<String, Object>> alerts = new LinkedHashMap<>();
    for (Path file : files("prometheus/rules", "*.yml")) {
      for (Object group : MonitoringConfig.<List<Object>>get(yaml(file), "groups")) {
        for (Map<String, Object> rule : MonitoringConfig.<List<Map<String, Object>>>get(group, "rules")) {
          if (rule.containsKey("alert") && alerts.put((String) rule.get("alert"), rule) != null) {
            throw new AssertionError("alert " + rule.get("alert") + " defined twice");
          }
        }
      }
    }
    return alerts;
  }

  /** A binary on the PATH (or {@code -Dit.<name>=path}); missing is a failure that says how to install it. */
  static String binary(String name, String debianPackage) {
    String configured = System.getProperty("it." + name);
    Stream<Path> candidates = configured != null ? Stream.of(Paths.get(configured))
        : Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).map(d -> Paths.get(d, name));
    return candidates.filter(Files::isExecutable).findFirst().map(Path::toString).orElseThrow(() -> new AssertionError(
        name + " is not installed: apt-get install -y " + debianPackage + " (CI does, see .ci/run), or pass -Dit." + name + "=/path"));
  }

  static Result run(Duration timeout, List<String> command) {
    try {
      Path out = Files.createTempFile("obs-it-cmd-", ".out");
      Path err = Files.createTempFile("obs-it-cmd-", ".err");
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("did not finish in " + timeout + ": " + command);
      }
      Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
      Files.delete(out);
      Files.delete(err);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Result run(Duration timeout, String... command) {
    return run(timeout, List.of(command));
  }

  static List<String> command(String binary, String... args) {
    List<String> command = new ArrayList<>();
    command.add(binary);
    command.addAll(List.of(args));
    return command;
  }
}
