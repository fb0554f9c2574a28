package io.obs.agent.config;

import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/** The raw configuration sources in precedence order, and which of them a value came from. */
final class Sources {

  static final class Found {
    final String key;
    final String value;
    final String source;

    Found(String key, String value, String source) {
      this.key = key;
      this.value = value;
      this.source = source;
    }
  }

  private final Map<String, String> agentArgs;
  private final Properties systemProperties;
  private final Map<String, String> env;
  Properties file = new Properties();

  Sources(Map<String, String> agentArgs, Properties systemProperties, Map<String, String> env) {
    this.agentArgs = agentArgs;
    this.systemProperties = systemProperties;
    this.env = env;
  }

  Found find(String key) {
    if (agentArgs.containsKey(key)) {
      return new Found(key, agentArgs.get(key), "agent argument");
    }
    String value = systemProperties.getProperty(key);
    if (value != null) {
      return new Found(key, value, "system property");
    }
    String envName = Setting.envName(key);
    value = env.get(envName);
    if (value != null) {
      return new Found(envName, value, "environment variable");
    }
    value = file.getProperty(key);
    if (value != null) {
      return new Found(key, value, "obs.config.file");
    }
    return null;
  }

  String lookup(String key) {
    Found found = find(key);
    return found == null ? null : found.value;
  }

  /**
   * Every key starting with {@code prefix} and its value from the highest source that has it; the
   * environment is not searched (its names cannot say where a dot was).
   */
  Map<String, String> withPrefix(String prefix) {
    Map<String, String> found = new java.util.TreeMap<>();
    file.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(k -> found.put(k, file.getProperty(k)));
    systemProperties.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
        .forEach(k -> found.put(k, systemProperties.getProperty(k)));
    agentArgs.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        found.put(k, v);
      }
    });
    return found;
  }

  /** An {@code obs.*} key nobody knows is almost always a typo; say so once. */
  void reportUnknownKeys(AgentConfig config, Consumer<String> report) {
    // agent arguments are all ours, so any unknown key there is reported, prefixed or not
    agentArgs.keySet().forEach(k -> reportIfUnknown(config, report, k, "agent argument", !k.startsWith("otel.")));
    systemProperties.stringPropertyNames().forEach(k -> reportIfUnknown(config, report, k, "system property", k.startsWith("obs.")));
    file.stringPropertyNames().forEach(k -> reportIfUnknown(config, report, k, "obs.config.file", k.startsWith("obs.")));
  }

  private static void reportIfUnknown(AgentConfig config, Consumer<String> report, String key, String source,
      boolean ours) {
    if (ours && !Settings.all().containsKey(key) && !Settings.prefixed(key)) {
      config.problem(report, key, "obs-agent: unknown configuration key " + key + " (" + source
          + "); it is ignored. Known keys are listed in the README");
    }
  }
}
