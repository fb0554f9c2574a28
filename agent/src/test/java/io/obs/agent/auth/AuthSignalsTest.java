package io.obs.agent.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.obs.agent.Await;
import io.obs.agent.TestRedactor;
import io.obs.agent.config.AgentConfig;
import io.obs.agent.log.EventLog;
import io.obs.agent.log.EventLogSetup;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuthSignalsTest {

  private static final SpanContext SPAN = SpanContext.create("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331",
      TraceFlags.getSampled(), TraceState.getDefault());

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private AuthSignals signals(boolean logUser) {
    AgentConfig config = AgentConfig.load(null, new Properties(), Map.of(), line -> { throw new AssertionError(line); });
    EventLog log = EventLogSetup.create(config, "svc", registry, new PrintStream(out, true), System.err,
        TestRedactor.standard());
    return new AuthSignals(registry, log, logUser);
  }

  private List<String> lines(int count) {
    Await.until(count + " event lines", () -> out.toString(StandardCharsets.UTF_8).split("\n").length >= count
        && out.toString(StandardCharsets.UTF_8).endsWith("\n"));
    return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
        .map(l -> l.replaceFirst("\"ts\":\"[^\"]+\",", "")).collect(Collectors.toList());
  }

  private List<String> counts() throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(text, registry.scrape(name -> name.startsWith("app_auth")));
    return Arrays.stream(text.toString(StandardCharsets.UTF_8).split("\n")).filter(l -> !l.startsWith("#"))
        .collect(Collectors.toList());
  }

  @Test
  void everyEventIsCountedUnderItsNameFromZero() throws IOException {
    AuthSignals signals = signals(false);
    assertEquals(List.of("app_auth_events_total{event=\"auth.denied\"} 0.0",
        "app_auth_events_total{event=\"auth.login.failure\"} 0.0", "app_auth_events_total{event=\"auth.login.success\"} 0.0",
        "app_auth_events_total{event=\"auth.logout\"} 0.0"), counts());
    signals.emit(AuthEvent.LOGIN_FAILURE, null, "10.1.2.3", null, "/app/x", "alice", 0);
    signals.emit(AuthEvent.LOGIN_FAILURE, null, "10.1.2.3", null, "/app/x", "alice", 0);
    signals.emit(AuthEvent.DENIED, null, "10.1.2.3", "/app/api", null, null, 403);
    assertEquals(List.of("app_auth_events_total{event=\"auth.denied\"} 1.0",
        "app_auth_events_total{event=\"auth.login.failure\"} 2.0", "app_auth_events_total{event=\"auth.login.success\"} 0.0",
        "app_auth_events_total{event=\"auth.logout\"} 0.0"), counts());
  }

  @Test
  void eventsCarryAddressRouteOrPathStatusAndTraceButNoUserByDefault() {
    AuthSignals signals = signals(false);
    signals.emit(AuthEvent.LOGIN_FAILURE, null, "10.1.2.3", null, "/app/basic/x", "alice", 0);
    signals.emit(AuthEvent.DENIED, SPAN, "10.1.2.3", "/app/api/*", "/app/api/1", null, 403);
    assertEquals(List.of(
        "{\"level\":\"WARN\",\"event\":\"auth.login.failure\",\"service.name\":\"svc\",\"client.address\":\"10.1.2.3\","
            + "\"url.path\":\"/app/basic/x\"}",
        "{\"level\":\"WARN\",\"event\":\"auth.denied\",\"service.name\":\"svc\",\"trace_id\":\"0af7651916cd43dd8448eb211c80319c\","
            + "\"span_id\":\"b7ad6b7169203331\",\"client.address\":\"10.1.2.3\",\"http.route\":\"/app/api/*\","
            + "\"http.response.status_code\":403}"), lines(2));
  }

  @Test
  void theUserOnlyWhenAskedAndRedactedLikeAnyText() {
    AuthSignals signals = signals(true);
    signals.emit(AuthEvent.LOGIN_SUCCESS, null, "10.1.2.3", null, "/app/x", "alice", 0);
    signals.emit(AuthEvent.LOGOUT, null, "10.1.2.3", "/app/logout", null, "bob@example.com", 0);
    List<String> lines = lines(2);
    assertTrue(lines.get(0).endsWith("\"url.path\":\"/app/x\",\"user.name\":\"alice\"}"), lines.get(0));
    assertTrue(lines.get(1).endsWith("\"http.route\":\"/app/logout\",\"user.name\":\"REDACTED\"}"), lines.get(1));
    assertFalse(lines.get(1).contains("example.com"));
  }
}
