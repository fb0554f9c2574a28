package io.obs.agent.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
  public static final Setting<Boolean> EXECUTOR_ENABLED = instrumentation("executor");
  public static final Setting<Boolean> LOGGING_ENABLED = instrumentation("logging");

  // JDBC connection pools (HikariCP, DBCP2, Tomcat JDBC, c3p0, H2): metrics and the db-pool readiness check
  public static final Setting<Boolean> JDBC_POOL_ENABLED = instrumentation("jdbc-pool");
  public static final Setting<Boolean> HEALTH_DB_POOL_ENABLED = define("obs.health.db-pool.enabled", true, Parser.bool());
  /** A checkout waiting longer than this makes its pool saturated. */
  public static final Setting<Long> HEALTH_DB_POOL_MAX_WAIT = define("obs.health.db-pool.max-wait", 2000L, Parser.millis(1));
  /** {@code db-pool} is DOWN once a pool has been saturated this long without a break. */
  public static final Setting<Long> HEALTH_DB_POOL_FOR = define("obs.health.db-pool.for", 30_000L, Parser.millis(0));

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
  /** Default (none): the protocol's, http://localhost:4318 or, for grpc, http://localhost:4317 (trace.OtlpTarget). */
  public static final Setting<String> OTLP_ENDPOINT = define("obs.exporter.otlp.endpoint", null, Parser.httpUrl(), "otel.exporter.otlp.endpoint");

  /** Off: no spans at all, metrics only (trace ids then never appear in logs either). */
  public static final Setting<Boolean> TRACES_ENABLED = define("obs.traces.enabled", true, Parser.bool());
  public static final Setting<String> OTLP_PROTOCOL = define("obs.exporter.otlp.protocol", "http/protobuf",
      Parser.oneOf("http/protobuf", "grpc"), "otel.exporter.otlp.traces.protocol", "otel.exporter.otlp.protocol");
  /** {@code key=value,key=value}, e.g. an API key header of the backend. */
  public static final Setting<String> OTLP_HEADERS = define("obs.exporter.otlp.headers", null, Parser.keyValues(),
      "otel.exporter.otlp.traces.headers", "otel.exporter.otlp.headers");
  public static final Setting<Long> OTLP_TIMEOUT = define("obs.exporter.otlp.timeout", 10_000L, Parser.millis(1),
      "otel.exporter.otlp.traces.timeout", "otel.exporter.otlp.timeout");
  public static final Setting<String> OTLP_COMPRESSION = define("obs.exporter.otlp.compression", "none",
      Parser.oneOf("none", "gzip"), "otel.exporter.otlp.traces.compression", "otel.exporter.otlp.compression");
  public static final Setting<String> SAMPLER = define("obs.traces.sampler", "parentbased_always_on",
      Parser.oneOf("always_on", "always_off", "traceidratio", "parentbased_always_on", "parentbased_always_off",
          "parentbased_traceidratio"), "otel.traces.sampler");
  public static final Setting<Double> SAMPLER_ARG = define("obs.traces.sampler.arg", 1.0, Parser.ratio(),
      "otel.traces.sampler.arg");
  public static final Setting<Set<String>> PROPAGATORS = define("obs.propagators", Set.of("tracecontext", "baggage"),
      Parser.subsetOf("tracecontext", "baggage", "b3", "b3multi"), "otel.propagators");
  /** Spans waiting for export; past it new spans are dropped and counted. */
  public static final Setting<Integer> TRACES_QUEUE_SIZE = define("obs.traces.queue.size", 2048,
      Parser.integer(1, 1_000_000), "otel.bsp.max.queue.size");
  public static final Setting<Integer> TRACES_BATCH_SIZE = define("obs.traces.batch.size", 512,
      Parser.integer(1, 100_000), "otel.bsp.max.export.batch.size");
  public static final Setting<Long> TRACES_EXPORT_DELAY = define("obs.traces.export.delay", 5000L, Parser.millis(1),
      "otel.bsp.schedule.delay");
  public static final Setting<String> LOG_TARGET = define("obs.log.target", "stdout", Parser.logTarget());
  public static final Setting<Set<String>> LOG_REQUESTS = define("obs.log.requests", Set.of("errors", "slow"), Parser.subsetOf("all", "errors", "slow"));
  /** With {@code obs.log.requests=all}: the share of ordinary requests that get an event (errors and slow ones always do). */
  public static final Setting<Double> LOG_REQUESTS_SAMPLE = define("obs.log.requests.sample", 1.0, Parser.ratio());
  /** Requests slower than this are slow (the {@code http.server.request} event at WARN). */
  public static final Setting<Long> LOG_SLOW_THRESHOLD = define("obs.log.slow.threshold", 1000L, Parser.millis(0));
  public static final Setting<Long> LOG_FILE_MAX_SIZE = define("obs.log.file.max-size", 10L * 1024 * 1024, Parser.bytes(1024));
  public static final Setting<Integer> LOG_FILE_MAX_FILES = define("obs.log.file.max-files", 5, Parser.integer(1, 1000));
  /** Events waiting for the writer; past it new events are dropped and counted. */
  public static final Setting<Integer> LOG_QUEUE_SIZE = define("obs.log.queue.size", 8192, Parser.integer(1, 1_000_000));

  /** Keys whose values are never written, added to the built-in ones (see {@code redact.SensitiveKeys}). */
  public static final Setting<Set<String>> REDACTION_KEYS = define("obs.redaction.keys", Set.of(), Parser.words("-_."));
  /** What a redacted value becomes. */
  public static final Setting<String> REDACTION_MARKER = define("obs.redaction.marker", "REDACTED", Parser.word(32, "-_.*[]<>"));
  /** Each match of these is redacted too. */
  public static final Setting<List<Pattern>> REDACTION_PATTERNS = define("obs.redaction.patterns", List.of(), Parser.regexes());

  // saturation (issue #9): request thread pools and readiness request-threads
  public static final Setting<Boolean> REQUEST_THREADS_ENABLED = instrumentation("request-threads");
  public static final Setting<Boolean> HEALTH_REQUEST_THREADS_ENABLED = define("obs.health.request-threads.enabled", true,
      Parser.bool());
  /** How long a pool must stay overloaded before readiness request-threads is DOWN. */
  public static final Setting<Long> HEALTH_REQUEST_THREADS_FOR = define("obs.health.request-threads.for", 30_000L,
      Parser.millis(1000));

  // --- authentication signals (instrumentation/auth; obs.instrumentation.auth.enabled switches them off) ---
  public static final Setting<Boolean> AUTH_ENABLED = instrumentation("auth");
  /** Whether auth events carry {@code user.name}; off by default (a user name is personal data). */
  public static final Setting<Boolean> AUTH_LOG_USER = define("obs.auth.log-user", false, Parser.bool());

  // --- configured methods and business events (README "Methods and business events") ---
  public static final Setting<Boolean> METHODS_ENABLED = instrumentation("methods");
  /** {@code Class#method; Class#method(type,type); Class#*}: each gets a span and a duration histogram. */
  public static final Setting<String> METHODS = define("obs.methods", null, Parser.text());
  /** How long after start a pattern may match no method before it is reported (stderr, event, /health). */
  public static final Setting<Long> METHODS_UNMATCHED_REPORT_AFTER = define("obs.methods.unmatched.report-after",
      60_000L, Parser.millis(0));
  /** {@code obs.events.<name>=Class#method:value,value}: one key per business event, read with {@link AgentConfig#withPrefix}. */
  public static final String EVENTS_PREFIX = "obs.events.";

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

  /** Whether {@code key} belongs to a family of keys named by the user, such as {@code obs.events.<name>}. */
  static boolean prefixed(String key) {
    return key.startsWith(EVENTS_PREFIX) && key.length() > EVENTS_PREFIX.length();
  }

  /** The keys, for the README and the unknown-key message. */
  public static List<String> keys() {
    return new ArrayList<>(ALL.keySet());
  }
}
