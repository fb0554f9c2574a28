package io.obs.agent.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every configuration key the agent knows: the contract in DESIGN.md, plus additions. */
public final class Settings {

  private static final Map<String, Setting<?>> ALL = new LinkedHashMap<>();

  public static final Setting<Boolean> ENABLED = define("obs.enabled", true, Parser.bool());
  public static final Setting<String> SERVICE_NAME = define("obs.service.name", null, Parser.text(), "otel.service.name");
  public static final Setting<String> RESOURCE_ATTRIBUTES = define("obs.resource.attributes", null, Parser.text(), "otel.resource.attributes");
  public static final Setting<String> CONFIG_FILE = define("obs.config.file", null, Parser.text());

  public static final Setting<String> SERVER_HOST = define("obs.server.host", "127.0.0.1", Parser.token());
  public static final Setting<Integer> SERVER_PORT = define("obs.server.port", 9464, Parser.integer(0, 65535));

  public static final Setting<Boolean> SERVLET_ENABLED = instrumentation("servlet");
  public static final Setting<Boolean> JDBC_ENABLED = instrumentation("jdbc");
  public static final Setting<Boolean> HTTP_CLIENT_ENABLED = instrumentation("http-client");

  /** {@code name:value}: a header every instrumented HTTP client adds to its requests (debugging aid). */
  public static final Setting<String> DEBUG_CLIENT_HEADER = define("obs.debug.client.header", null, Parser.text());

  public static final Setting<Integer> CARDINALITY_LIMIT = define("obs.metrics.cardinality.limit", 2000, Parser.integer(1, 1_000_000));

  public static final Setting<Boolean> HEALTH_SERVING_ENABLED = define("obs.health.serving.enabled", true, Parser.bool());
  public static final Setting<Boolean> HEALTH_DEADLOCK_ENABLED = define("obs.health.deadlock.enabled", true, Parser.bool());
  public static final Setting<Boolean> HEALTH_HEAP_ENABLED = define("obs.health.heap.enabled", true, Parser.bool());
  public static final Setting<Double> HEALTH_HEAP_THRESHOLD = define("obs.health.heap.threshold", 0.95, Parser.fraction(0.0, 1.0));
  public static final Setting<Boolean> HEALTH_DB_ENABLED = define("obs.health.db.enabled", true, Parser.bool());
  public static final Setting<Integer> HEALTH_DB_WINDOW = define("obs.health.db.window", 5, Parser.integer(1, 10_000));

  /** Statements slower than this are slow queries (the {@code db.query.slow} event). */
  public static final Setting<Long> JDBC_SLOW_THRESHOLD = define("obs.jdbc.slow.threshold", 500L, Parser.millis(0));

  public static final Setting<String> TRACES_EXPORTER = define("obs.traces.exporter", "otlp", Parser.oneOf("otlp", "none"), "otel.traces.exporter");
  public static final Setting<String> OTLP_ENDPOINT = define("obs.exporter.otlp.endpoint", "http://localhost:4318", Parser.httpUrl(), "otel.exporter.otlp.endpoint");
  public static final Setting<String> LOG_TARGET = define("obs.log.target", "stdout", Parser.logTarget());
  public static final Setting<Set<String>> LOG_REQUESTS = define("obs.log.requests", Set.of("errors", "slow"), Parser.subsetOf("all", "errors", "slow"));

  private Settings() {}

  private static Setting<Boolean> instrumentation(String name) {
    return define("obs.instrumentation." + name + ".enabled", true, Parser.bool());
  }

  private static <T> Setting<T> define(String key, T defaultValue, Parser<T> parser, String... fallbackKeys) {
    Setting<T> setting = new Setting<>(key, defaultValue, parser, List.of(fallbackKeys));
    ALL.put(key, setting);
    return setting;
  }

  static Map<String, Setting<?>> all() {
    return Collections.unmodifiableMap(ALL);
  }

  /** The keys, for the README and the unknown-key message. */
  public static List<String> keys() {
    return new ArrayList<>(ALL.keySet());
  }
}
