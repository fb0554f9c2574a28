package io.obs.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentConfigTest {

  @TempDir
  Path dir;

  /** The four sources a test sets up, then {@link #load()}. */
  private String args;
  private final Properties props = new Properties();
  private final Map<String, String> env = new HashMap<>();
  private final Properties file = new Properties();
  private final List<String> report = new ArrayList<>();

  private AgentConfig load() {
    if (!file.isEmpty()) {
      Path path = dir.resolve("obs.properties");
      try (var out = Files.newOutputStream(path)) {
        file.store(out, null);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      props.setProperty("obs.config.file", path.toString());
    }
    return AgentConfig.load(args, props, env, report::add);
  }

  /** Puts {@code value} into the named source. */
  private void set(String source, String key, String value) {
    switch (source) {
      case "args": args = args == null ? key + "=" + value : args + "," + key + "=" + value; break;
      case "props": props.setProperty(key, value); break;
      case "env": env.put(Setting.envName(key), value); break;
      case "file": file.setProperty(key, value); break;
      default: throw new IllegalArgumentException(source);
    }
  }

  // --- precedence ---------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} beats {1}")
  @CsvSource({"args,props", "args,env", "args,file", "props,env", "props,file", "env,file"})
  void higherSourceWins(String higher, String lower) {
    set(higher, "obs.server.port", "1111");
    set(lower, "obs.server.port", "2222");
    AgentConfig config = load();
    assertEquals(1111, config.get(Settings.SERVER_PORT));
    assertEquals(List.of(), report);
  }

  @ParameterizedTest(name = "{0} alone")
  @CsvSource({"args", "props", "env", "file"})
  void eachSourceBeatsTheDefault(String source) {
    set(source, "obs.server.port", "1111");
    assertEquals(1111, load().get(Settings.SERVER_PORT));
  }

  @Test
  void defaultsWhenNothingIsSet() {
    AgentConfig config = load();
    assertEquals(true, config.get(Settings.ENABLED));
    assertEquals(null, config.get(Settings.SERVICE_NAME));
    assertEquals("127.0.0.1", config.get(Settings.SERVER_HOST));
    assertEquals(9464, config.get(Settings.SERVER_PORT));
    assertEquals(true, config.get(Settings.SERVLET_ENABLED));
    assertEquals(true, config.get(Settings.JDBC_ENABLED));
    assertEquals(true, config.get(Settings.HTTP_CLIENT_ENABLED));
    assertEquals(2000, config.get(Settings.CARDINALITY_LIMIT));
    assertEquals(0.95, config.get(Settings.HEALTH_HEAP_THRESHOLD));
    assertEquals("otlp", config.get(Settings.TRACES_EXPORTER));
    assertEquals(null, config.get(Settings.OTLP_ENDPOINT), "the protocol's default (OtlpTargetTest)");
    assertEquals("http/protobuf", config.get(Settings.OTLP_PROTOCOL));
    assertEquals("stdout", config.get(Settings.LOG_TARGET));
    assertEquals(Set.of("errors", "slow"), config.get(Settings.LOG_REQUESTS));
    assertEquals(List.of(), report);
  }

  @Test
  void environmentNameIsTheKeyUpperCasedWithUnderscores() {
    assertEquals("OBS_SERVER_PORT", Setting.envName("obs.server.port"));
    assertEquals("OBS_INSTRUMENTATION_HTTP_CLIENT_ENABLED", Setting.envName("obs.instrumentation.http-client.enabled"));
    env.put("OBS_INSTRUMENTATION_HTTP_CLIENT_ENABLED", "false");
    assertEquals(false, load().get(Settings.HTTP_CLIENT_ENABLED));
  }

  // --- otel.* fallbacks ---------------------------------------------------------------------

  @Test
  void otelServiceNamePropertyIsHonouredWhenObsIsAbsent() {
    props.setProperty("otel.service.name", "shop");
    assertEquals("shop", load().get(Settings.SERVICE_NAME));
  }

  @Test
  void otelServiceNameEnvironmentVariableIsHonouredWhenObsIsAbsent() {
    env.put("OTEL_SERVICE_NAME", "shop");
    assertEquals("shop", load().get(Settings.SERVICE_NAME));
  }

  @Test
  void obsKeyInAnySourceBeatsOtelKeyInAHigherSource() {
    args = "otel.service.name=from-otel";
    file.setProperty("obs.service.name", "from-obs");
    assertEquals("from-obs", load().get(Settings.SERVICE_NAME));
  }

  @Test
  void otelSystemPropertyBeatsOtelEnvironmentVariable() {
    props.setProperty("otel.service.name", "prop");
    env.put("OTEL_SERVICE_NAME", "env");
    assertEquals("prop", load().get(Settings.SERVICE_NAME));
  }

  @Test
  void otherOtelFallbacks() {
    env.put("OTEL_RESOURCE_ATTRIBUTES", "service.name=shop");
    env.put("OTEL_TRACES_EXPORTER", "none");
    props.setProperty("otel.exporter.otlp.endpoint", "https://collector:4318");
    AgentConfig config = load();
    assertEquals("service.name=shop", config.get(Settings.RESOURCE_ATTRIBUTES));
    assertEquals("none", config.get(Settings.TRACES_EXPORTER));
    assertEquals("https://collector:4318", config.get(Settings.OTLP_ENDPOINT));
    assertEquals(List.of(), report);
  }

  @Test
  void invalidOtelValueNamesTheOtelKey() {
    props.setProperty("otel.traces.exporter", "jaeger");
    assertEquals("otlp", load().get(Settings.TRACES_EXPORTER));
    assertEquals(List.of("obs-agent: invalid value for otel.traces.exporter (system property): \"jaeger\"; "
        + "allowed: one of otlp, none; using the default otlp"), report);
  }

  // --- the config file ----------------------------------------------------------------------

  @Test
  void configFileNamedByEnvironmentVariableIsRead() throws IOException {
    Path path = dir.resolve("agent.properties");
    Files.writeString(path, "obs.server.port=1234\nobs.log.requests=all\n");
    env.put("OBS_CONFIG_FILE", path.toString());
    AgentConfig config = AgentConfig.load(null, props, env, report::add);
    assertEquals(1234, config.get(Settings.SERVER_PORT));
    assertEquals(Set.of("all"), config.get(Settings.LOG_REQUESTS));
    assertEquals(path.toString(), config.get(Settings.CONFIG_FILE));
    assertEquals(List.of(), report);
  }

  @Test
  void missingConfigFileIsOneLineAndTheRestStillResolves() {
    String missing = dir.resolve("absent.properties").toString();
    props.setProperty("obs.config.file", missing);
    props.setProperty("obs.server.port", "1234");
    AgentConfig config = AgentConfig.load("obs.enabled=false", props, env, report::add);
    assertEquals(List.of("obs-agent: cannot read obs.config.file \"" + missing + "\" (NoSuchFileException: "
        + missing + "); continuing without it"), report);
    assertEquals(1234, config.get(Settings.SERVER_PORT));
    assertEquals(false, config.get(Settings.ENABLED));
    assertEquals("stdout", config.get(Settings.LOG_TARGET));
    assertEquals(Set.of("obs.config.file"), config.problems().keySet());
  }

  // --- agent arguments ----------------------------------------------------------------------

  @Test
  void pieceWithoutEqualsContinuesThePreviousValue() {
    args = "obs.log.requests=errors,slow,obs.server.port=1,obs.service.name=a,b";
    AgentConfig config = load();
    assertEquals(Set.of("errors", "slow"), config.get(Settings.LOG_REQUESTS));
    assertEquals(1, config.get(Settings.SERVER_PORT));
    assertEquals("a,b", config.get(Settings.SERVICE_NAME));
    assertEquals(List.of(), report);
  }

  @Test
  void parseAgentArgs() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("obs.a", "1,2, 3");
    expected.put("obs.b", "");
    expected.put("otel.c", "x=y");
    assertEquals(expected, AgentConfig.parseAgentArgs("obs.a=1,2, 3, obs.b=,otel.c=x=y"));
    assertEquals(Map.of("obs.resource.attributes", "service.name=a,team=b"),
        AgentConfig.parseAgentArgs("obs.resource.attributes=service.name=a,team=b"));
    assertEquals(Map.of("server.port", "1"), AgentConfig.parseAgentArgs("server.port=1"));
    assertEquals(Map.of("obs.enabled", ""), AgentConfig.parseAgentArgs("obs.enabled"));
    assertEquals(Map.of(), AgentConfig.parseAgentArgs(null));
    assertEquals(Map.of(), AgentConfig.parseAgentArgs("  "));
  }

  // --- invalid values -----------------------------------------------------------------------

  @Test
  void invalidSystemPropertyExactLine() {
    props.setProperty("obs.server.port", "http");
    AgentConfig config = load();
    assertEquals(9464, config.get(Settings.SERVER_PORT));
    assertEquals(List.of("obs-agent: invalid value for obs.server.port (system property): \"http\"; "
        + "allowed: an integer from 0 to 65535; using the default 9464"), report);
  }

  @Test
  void invalidEnvironmentVariableExactLineNamesTheVariable() {
    env.put("OBS_LOG_REQUESTS", "sometimes");
    AgentConfig config = load();
    assertEquals(Set.of("errors", "slow"), config.get(Settings.LOG_REQUESTS));
    assertEquals(List.of("obs-agent: invalid value for OBS_LOG_REQUESTS (environment variable): \"sometimes\"; "
        + "allowed: a comma-separated list of all, errors, slow, or none; using the default errors,slow"), report);
  }

  @Test
  void invalidAgentArgumentExactLine() {
    args = "obs.health.heap.threshold=1.5";
    AgentConfig config = load();
    assertEquals(0.95, config.get(Settings.HEALTH_HEAP_THRESHOLD));
    assertEquals(List.of("obs-agent: invalid value for obs.health.heap.threshold (agent argument): \"1.5\"; "
        + "allowed: a number greater than 0.0 and at most 1.0; using the default 0.95"), report);
  }

  @Test
  void invalidFileValueExactLine() {
    file.setProperty("obs.log.target", "syslog");
    AgentConfig config = load();
    assertEquals("stdout", config.get(Settings.LOG_TARGET));
    assertEquals(List.of("obs-agent: invalid value for obs.log.target (obs.config.file): \"syslog\"; "
        + "allowed: stdout, stderr, none or file:<path>; using the default stdout"), report);
  }

  @Test
  void invalidServiceNameExactLineWithNoDefault() {
    props.setProperty("obs.service.name", "  ");
    assertEquals(null, load().get(Settings.SERVICE_NAME));
    assertEquals(List.of("obs-agent: invalid value for obs.service.name (system property): \"  \"; "
        + "allowed: a non-empty value; using the default (none)"), report);
  }

  /** A bad value for every known key besides the blank one, which every parser rejects. */
  private static final Map<String, String> BAD = Map.ofEntries(
      Map.entry("obs.enabled", "yes"),
      Map.entry("obs.server.host", "local host"),
      Map.entry("obs.server.port", "65536"),
      Map.entry("obs.instrumentation.servlet.enabled", "on"),
      Map.entry("obs.instrumentation.jdbc.enabled", "1"),
      Map.entry("obs.instrumentation.http-client.enabled", "enabled"),
      Map.entry("obs.metrics.cardinality.limit", "0"),
      Map.entry("obs.health.serving.enabled", "no"),
      Map.entry("obs.health.deadlock.enabled", "off"),
      Map.entry("obs.health.heap.enabled", "0"),
      Map.entry("obs.health.heap.threshold", "0"),
      Map.entry("obs.traces.exporter", "jaeger"),
      Map.entry("obs.exporter.otlp.endpoint", "localhost:4318"),
      Map.entry("obs.log.target", "file:"),
      Map.entry("obs.log.requests", "all,none"),
      Map.entry("obs.redaction.keys", "api key"),
      Map.entry("obs.redaction.marker", "<re dacted>"));

  @Test
  void everySettingRejectsABlankValueWithOneLineAndItsDefault() {
    for (Setting<?> setting : Settings.all().values()) {
      if (setting != Settings.CONFIG_FILE) { // see blankConfigFileIsAnInvalidValueNotTheWorkingDirectory
        assertInvalid(setting, "  ");
      }
    }
  }

  /** Bug: a blank obs.config.file is opened as the path "", the working directory. */
  @Test
  void blankConfigFileIsAnInvalidValueNotTheWorkingDirectory() {
    props.setProperty("obs.config.file", "  ");
    assertEquals(null, load().get(Settings.CONFIG_FILE));
    assertEquals(List.of("obs-agent: invalid value for obs.config.file (system property): \"  \"; "
        + "allowed: a non-empty value; using the default (none)"), report);
  }

  @Test
  void everySettingRejectsATypicalBadValueWithOneLineAndItsDefault() {
    for (Map.Entry<String, String> bad : BAD.entrySet()) {
      assertInvalid(Settings.all().get(bad.getKey()), bad.getValue());
    }
  }

  private void assertInvalid(Setting<?> setting, String value) {
    List<String> lines = new ArrayList<>();
    Properties properties = new Properties();
    properties.setProperty(setting.key(), value);
    AgentConfig config = AgentConfig.load(null, properties, Map.of(), lines::add);
    String context = setting.key() + "=\"" + value + "\" reported " + lines;
    assertEquals(setting.defaultValue(), config.get(setting), context);
    assertEquals(1, lines.size(), context);
    String line = lines.get(0);
    String allowed = setting.parser().allowed();
    assertFalse(allowed.isBlank(), context);
    assertTrue(line.startsWith("obs-agent: invalid value for " + setting.key() + " (system property): \""
        + value + "\"; allowed: " + allowed + "; using the default "), context);
    assertEquals(Map.of(setting.key(), line), config.problems(), context);
  }

  @Test
  void aRedactionPatternThatDoesNotCompileIsReportedInOneLineAndTheOthersKept() {
    props.setProperty("obs.redaction.patterns", "ORD-\\d{6,8},a(b");
    List<?> patterns = load().get(Settings.REDACTION_PATTERNS);
    assertEquals(List.of("ORD-\\d{6,8}"), patterns.stream().map(String::valueOf).collect(java.util.stream.Collectors.toList()));
    assertEquals(List.of("obs-agent: invalid value for obs.redaction.patterns (system property): \"ORD-\\d{6,8},a(b\"; "
        + "allowed: Java regular expressions separated by commas; ignoring \"a(b\" (Unclosed group near index 3)"), report);
  }

  @Test
  void sameInvalidValueInTwoSourcesIsReportedOnceForTheWinningOne() {
    args = "obs.server.port=x";
    props.setProperty("obs.server.port", "y");
    load();
    assertEquals(1, report.size());
    assertTrue(report.get(0).contains("(agent argument): \"x\""), report.get(0));
  }

  // --- unknown keys -------------------------------------------------------------------------

  @Test
  void unknownObsKeyIsReportedOnceWhateverTheSources() {
    args = "obs.server.prot=1";
    props.setProperty("obs.server.prot", "2");
    file.setProperty("obs.server.prot", "3");
    props.setProperty("otel.unknown", "x");
    props.setProperty("observability.level", "x");
    AgentConfig config = load();
    assertEquals(List.of("obs-agent: unknown configuration key obs.server.prot (agent argument); it is ignored. "
        + "Known keys are listed in the README"), report);
    assertEquals(Set.of("obs.server.prot"), config.problems().keySet());
  }

  @Test
  void unknownKeyInTheFileNamesTheFile() {
    file.setProperty("obs.log.level", "debug");
    load();
    assertEquals(List.of("obs-agent: unknown configuration key obs.log.level (obs.config.file); it is ignored. "
        + "Known keys are listed in the README"), report);
  }

  // --- valid values -------------------------------------------------------------------------

  @Test
  void validValuesParse() {
    props.setProperty("obs.enabled", " FALSE ");
    props.setProperty("obs.server.host", " 0.0.0.0 ");
    props.setProperty("obs.server.port", " 0 ");
    props.setProperty("obs.metrics.cardinality.limit", "1000000");
    props.setProperty("obs.health.heap.threshold", "1");
    props.setProperty("obs.traces.exporter", "NONE");
    props.setProperty("obs.exporter.otlp.endpoint", " https://collector.example:4318/base ");
    props.setProperty("obs.log.target", "file:/var/log/Obs.jsonl");
    props.setProperty("obs.log.requests", "SLOW, errors");
    AgentConfig config = load();
    assertEquals(List.of(), report);
    assertEquals(false, config.get(Settings.ENABLED));
    assertEquals("0.0.0.0", config.get(Settings.SERVER_HOST));
    assertEquals(0, config.get(Settings.SERVER_PORT));
    assertEquals(1_000_000, config.get(Settings.CARDINALITY_LIMIT));
    assertEquals(1.0, config.get(Settings.HEALTH_HEAP_THRESHOLD));
    assertEquals("none", config.get(Settings.TRACES_EXPORTER));
    assertEquals("https://collector.example:4318/base", config.get(Settings.OTLP_ENDPOINT));
    assertEquals("file:/var/log/Obs.jsonl", config.get(Settings.LOG_TARGET));
    assertEquals(Set.of("slow", "errors"), config.get(Settings.LOG_REQUESTS));
  }

  @ParameterizedTest
  @CsvSource({"stdout,stdout", "STDERR,stderr", " none ,none", "file:/tmp/a b.log,file:/tmp/a b.log"})
  void logTargets(String value, String expected) {
    props.setProperty("obs.log.target", value);
    assertEquals(expected, load().get(Settings.LOG_TARGET));
  }

  @Test
  void logRequestsNoneIsTheEmptySet() {
    props.setProperty("obs.log.requests", "none");
    assertEquals(Set.of(), load().get(Settings.LOG_REQUESTS));
    assertEquals(List.of(), report);
  }

  @Test
  void fractionAcceptsValuesJustAboveZero() {
    props.setProperty("obs.health.heap.threshold", "0.001");
    assertEquals(0.001, load().get(Settings.HEALTH_HEAP_THRESHOLD));
  }
}
