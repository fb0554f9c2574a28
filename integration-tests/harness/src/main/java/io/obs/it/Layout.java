package io.obs.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Where the built agent jar and the app modules are; set by the tests module's pom. */
public final class Layout {

  private Layout() {}

  public static Path agentJar() {
    Path jar = Paths.get(System.getProperty("it.agent.jar", "../../agent/target/obs-agent.jar")).toAbsolutePath().normalize();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("agent jar not built: " + jar);
    }
    return jar;
  }

  /** {@code apps/<name>/target/classes} followed by the jars of {@code target/classpath.txt}. */
  public static List<Path> appClasspath(String app) {
    Path dir = Paths.get(System.getProperty("it.apps.dir", "../apps")).resolve(app).toAbsolutePath().normalize();
    List<Path> classpath = new ArrayList<>();
    classpath.add(dir.resolve("target/classes"));
    try {
      String deps = Files.readString(dir.resolve("target/classpath.txt")).trim();
      if (!deps.isEmpty()) {
        for (String entry : deps.split(java.io.File.pathSeparator)) {
          classpath.add(Paths.get(entry));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("app " + app + " not built (no target/classpath.txt)", e);
    }
    return classpath;
  }
}
