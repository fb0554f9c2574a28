package io.obs.agent.config;

import java.util.List;
import java.util.Locale;

/**
 * One configuration key: its default, its parser and the {@code otel.*} keys honoured when it is
 * absent. The environment name is derived: {@code obs.server.port} ↔ {@code OBS_SERVER_PORT}.
 */
public final class Setting<T> {

  private final String key;
  private final T defaultValue;
  private final Parser<T> parser;
  private final List<String> fallbackKeys;

  Setting(String key, T defaultValue, Parser<T> parser, List<String> fallbackKeys) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.parser = parser;
    this.fallbackKeys = fallbackKeys;
  }

  public String key() {
    return key;
  }

  public T defaultValue() {
    return defaultValue;
  }

  Parser<T> parser() {
    return parser;
  }

  List<String> fallbackKeys() {
    return fallbackKeys;
  }

  /** {@code obs.log.file.max-size} → {@code OBS_LOG_FILE_MAX_SIZE}. */
  static String envName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
