package io.obs.agent.runtime;

import io.obs.agent.config.AgentConfig;
import io.obs.agent.config.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.util.Properties;
import java.util.jar.JarFile;

/**
 * The agent's real premain, inside the agent's class loader: reads the configuration and, unless
 * the agent is disabled, puts the bridge into the bootstrap class loader before any class that
 * names it is loaded ({@link AgentRuntime}).
 */
public final class AgentStarter {

  private AgentStarter() {}

  /** Called reflectively by the launcher. */
  public static void start(String args, Instrumentation inst, JarFile jar, boolean attached, long startNanos) {
    AgentConfig config = AgentConfig.load(args, System.err::println);
    if (!config.get(Settings.ENABLED)) {
      System.err.println("obs-agent " + version() + ": disabled by obs.enabled=false");
      return;
    }
    BootstrapBridge.install(inst, jar);
    AgentRuntime.install(config, inst, attached, startNanos);
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = AgentStarter.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException ignored) {
      // unknown version
    }
    return properties.getProperty("version", "unknown");
  }
}
