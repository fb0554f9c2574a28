package io.obs.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The JDKs the integration tests run apps on: the default one (17) and Temurin 25 beside it. */
public enum Jdk {
  JDK17(System.getProperty("it.jdk17.home", System.getProperty("java.home"))),
  JDK25(System.getProperty("it.jdk25.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));

  private final Path home;

  Jdk(String home) {
    this.home = Paths.get(home);
  }

  public Path java() {
    Path java = home.resolve("bin").resolve("java");
    if (!Files.isExecutable(java)) {
      throw new IllegalStateException(name() + " not found at " + home + " (set -Dit." + name().toLowerCase() + ".home)");
    }
    return java;
  }
}
