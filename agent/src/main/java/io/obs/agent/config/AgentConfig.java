package io.obs.agent.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The agent's configuration, resolved once at start-up. Sources, highest first: agent arguments,
 * system properties, {@code OBS_*} environment variables, the properties file named by
 * {@code obs.config.file}, defaults; an {@code otel.*} key is honoured where the {@code obs.*} key
 * is absent from every source. An invalid value produces one line naming the key, the value and
 * what is allowed, and the default is used.
 */
public final class AgentConfig {

  private final Map<Setting<?>, Object> values = new HashMap<>();
  private final Map<String, String> problems = new LinkedHashMap<>();
  private Sources sources;

  private AgentConfig() {}

  /** Reads the real sources of this JVM; problems go to {@code report}. */
  public static AgentConfig load(String agentArgs, Consumer<String> report) {
    return load(agentArgs, System.getProperties(), System.getenv(), report);
  }

  public static AgentConfig load(String agentArgs, Properties systemProperties, Map<String, String> env,
      Consumer<String> report) {
    AgentConfig config = new AgentConfig();
    Sources sources = new Sources(parseAgentArgs(agentArgs), systemProperties, env);
    String file = sources.lookup(Settings.CONFIG_FILE.key());
    if (file != null && !file.isBlank()) {
      sources.file = config.readFile(file.trim(), report);
    }
    config.sources = sources;
    sources.reportUnknownKeys(config, report);
    for (Setting<?> setting : Settings.all().values()) {
      config.resolve(setting, sources, report);
    }
    return config;
  }

  @SuppressWarnings("unchecked")
  public <T> T get(Setting<T> setting) {
    return (T) values.get(setting);
  }

  /** Keys a user names ({@code obs.events.<name>}, see {@link Settings#EVENTS_PREFIX}) → values, by key. */
  public Map<String, String> withPrefix(String prefix) {
    return sources.withPrefix(prefix);
  }

  /** Key → the line reported for it, in the order found. */
  public Map<String, String> problems() {
    return problems;
  }

  private <T> void resolve(Setting<T> setting, Sources sources, Consumer<String> report) {
    String key = setting.key();
    Sources.Found found = sources.find(key);
    for (int i = 0; found == null && i < setting.fallbackKeys().size(); i++) {
      found = sources.find(setting.fallbackKeys().get(i));
    }
    if (found == null) {
      values.put(setting, setting.defaultValue());
      return;
    }
    try {
      values.put(setting, setting.parser().parse(found.value));
    } catch (PartlyInvalidValue e) {
      values.put(setting, e.usable());
      invalid(report, setting, found, e.getMessage());
    } catch (IllegalArgumentException e) {
      values.put(setting, setting.defaultValue());
      invalid(report, setting, found, "using the default " + describe(setting.defaultValue()));
    }
  }

  /** The one line about a bad value: the key, its source, the value, what is allowed and what is used instead. */
  private void invalid(Consumer<String> report, Setting<?> setting, Sources.Found found, String instead) {
    problem(report, found.key, "obs-agent: invalid value for " + found.key + " (" + found.source + "): \""
        + found.value + "\"; allowed: " + setting.parser().allowed() + "; " + instead);
  }

  private Properties readFile(String path, Consumer<String> report) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(Paths.get(path))) {
      properties.load(in);
    } catch (IOException | RuntimeException e) {
      problem(report, Settings.CONFIG_FILE.key(), "obs-agent: cannot read obs.config.file \"" + path + "\" ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + "); continuing without it");
    }
    return properties;
  }

  void problem(Consumer<String> report, String key, String line) {
    if (problems.putIfAbsent(key, line) == null) {
      report.accept(line);
    }
  }

  private static String describe(Object value) {
    if (value == null || value instanceof java.util.Collection && ((java.util.Collection<?>) value).isEmpty()) {
      return "(none)";
    }
    if (value instanceof java.util.Set) {
      return String.join(",", new java.util.TreeSet<>((java.util.Set<String>) value));
    }
    return String.valueOf(value);
  }

  /**
   * {@code key=value,key=value}. A piece without {@code =} continues the previous value, so
   * {@code obs.log.requests=errors,slow} and {@code obs.resource.attributes=a=1,b=2} survive.
   */
  private static boolean isKey(String candidate) {
    return candidate.startsWith("obs.") || candidate.startsWith("otel.");
  }

  static Map<String, String> parseAgentArgs(String args) {
    Map<String, String> result = new LinkedHashMap<>();
    if (args == null || args.isBlank()) {
      return result;
    }
    String lastKey = null;
    for (String piece : args.split(",")) {
      int eq = piece.indexOf('=');
      if (eq > 0 && (lastKey == null || isKey(piece.substring(0, eq).trim()))) {
        lastKey = piece.substring(0, eq).trim();
        result.put(lastKey, piece.substring(eq + 1));
      } else if (lastKey != null) {
        result.put(lastKey, result.get(lastKey) + "," + piece);
      } else if (!piece.isBlank()) {
        result.put(piece.trim(), "");
      }
    }
    return result;
  }
}
