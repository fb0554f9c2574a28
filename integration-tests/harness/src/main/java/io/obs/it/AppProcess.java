package io.obs.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * An application in its own JVM, optionally under {@code -javaagent:obs-agent.jar}. Its stdout and
 * stderr go to one log file the test can read and wait on. Closing it kills the JVM.
 */
public final class AppProcess implements AutoCloseable {

  private final Process process;
  private final Path log;

  private AppProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  public static Builder builder(String app, String mainClass) {
    return new Builder(app, mainClass);
  }

  /** Everything the JVM printed so far. */
  public String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the output contains {@code text}; fails with the output if the JVM died first. */
  public void awaitOutput(String text, Duration timeout) {
    Poll.until(timeout, "'" + text + "' in the output of the app", () -> {
      if (output().contains(text)) {
        return true;
      }
      if (!process.isAlive()) {
        throw new AssertionError("app exited with " + process.exitValue() + " before printing '" + text + "':\n" + output());
      }
      return false;
    });
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Process process() {
    return process;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How to start the app. */
  public static final class Builder {
    private final String app;
    private final String mainClass;
    private Jdk jdk = Jdk.JDK17;
    private boolean agent = true;
    private String agentArgs;
    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> jvmArgs = new ArrayList<>();
    private final List<String> args = new ArrayList<>();
    private Path jar;

    private Builder(String app, String mainClass) {
      this.app = app;
      this.mainClass = mainClass;
    }

    public Builder jdk(Jdk value) {
      jdk = value;
      return this;
    }

    public Builder withoutAgent() {
      agent = false;
      return this;
    }

    public Builder agentArgs(String value) {
      agentArgs = value;
      return this;
    }

    public Builder property(String key, Object value) {
      systemProperties.put(key, String.valueOf(value));
      return this;
    }

    public Builder env(String key, String value) {
      env.put(key, value);
      return this;
    }

    public Builder jvmArg(String value) {
      jvmArgs.add(value);
      return this;
    }

    /** Runs {@code java -jar <jar>} (its manifest names the main class) instead of the app's classes. */
    public Builder jar(Path value) {
      jar = value.toAbsolutePath().normalize();
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException("jar of app " + app + " not built: " + jar);
      }
      return this;
    }

    public Builder args(String... values) {
      args.addAll(List.of(values));
      return this;
    }

    public AppProcess start() {
      List<String> command = new ArrayList<>();
      command.add(jdk.java().toString());
      if (agent) {
        command.add("-javaagent:" + Layout.agentJar() + (agentArgs == null ? "" : "=" + agentArgs));
      }
      command.add("-Xmx256m");
      command.addAll(jvmArgs);
      systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
      if (jar != null) {
        command.add("-jar");
        command.add(jar.toString());
      } else {
        command.add("-cp");
        command.add(Layout.appClasspath(app).stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(mainClass);
      }
      command.addAll(args);
      try {
        Path log = Files.createTempFile("obs-it-" + app + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new AppProcess(builder.start(), log);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
