package io.obs.agent.runtime;

import io.obs.agent.client.HttpClientRecorder;
import io.obs.agent.config.AgentConfig;
import io.obs.agent.config.Settings;
import io.obs.agent.db.JdbcRecorder;
import io.obs.agent.health.DbCheck;
import io.obs.agent.health.ServingCheck;
import io.obs.agent.log.EventLog;
import io.obs.agent.log.OperationEvents;
import io.obs.agent.log.RequestEvents;
import io.obs.agent.metrics.AgentMetrics;
import io.obs.agent.metrics.CardinalityGuard;
import io.obs.agent.metrics.DbClientMetrics;
import io.obs.agent.metrics.HttpClientMetrics;
import io.obs.agent.metrics.RouteNamer;
import io.obs.agent.metrics.ServerRequestMetrics;
import io.obs.agent.redact.RedactionMetrics;
import io.obs.agent.redact.Redactor;
import io.obs.agent.trace.TraceMetrics;
import io.obs.agent.trace.Tracing;
import io.obs.agent.trace.TracingSetup;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.PrintStream;
import java.util.Map;
import java.util.Properties;

/**
 * The hooks the woven advice calls, composed from settings the way the agent composes them, but in
 * process and with no event log output: for the allocation guard and the JMH benchmarks of the hot path.
 * One simulated request is what the servlet and JDBC advice report for {@code GET /users/1}.
 */
public final class HooksFixture {

  private final RuntimeHooks hooks;
  private final String[] headers;
  private final Object statement = new Object();

  /** @param settings agent settings, e.g. {@code obs.traces.enabled=false} */
  public HooksFixture(Map<String, String> settings) {
    Properties properties = new Properties();
    properties.putAll(settings);
    AgentConfig config = AgentConfig.load(null, properties, Map.of(), problem -> {
      throw new IllegalArgumentException(problem);
    });
    PrometheusRegistry registry = new PrometheusRegistry();
    PrintStream discard = new PrintStream(PrintStream.nullOutputStream());
    AgentMetrics agentMetrics = new AgentMetrics(registry, discard);
    int limit = config.get(Settings.CARDINALITY_LIMIT);
    boolean exemplars = config.get(Settings.TRACES_ENABLED);
    Redactor redactor = Redactor.from(config, new RedactionMetrics(registry));
    EventLog events = EventLog.none();
    Tracing tracing = TracingSetup.create(config, "fixture", "0", new TraceMetrics(registry), discard, events);
    OperationEvents operations = new OperationEvents(events, config.get(Settings.JDBC_SLOW_THRESHOLD));
    JdbcRecorder jdbc = new JdbcRecorder(new DbClientMetrics(registry,
        new CardinalityGuard(limit, agentMetrics.overflowCounter(DbClientMetrics.DURATION)), exemplars),
        new DbCheck(config.get(Settings.HEALTH_DB_WINDOW)), tracing, operations, redactor);
    HttpClientRecorder client = new HttpClientRecorder(new HttpClientMetrics(registry,
        new CardinalityGuard(limit, agentMetrics.overflowCounter(HttpClientMetrics.DURATION)), exemplars),
        new String[0], tracing, operations, redactor);
    hooks = new RuntimeHooks(new ServerRequestMetrics(registry,
        new CardinalityGuard(limit, agentMetrics.overflowCounter(ServerRequestMetrics.DURATION)), exemplars),
        new RouteNamer(limit, redactor::redact), new ServingCheck(), agentMetrics, jdbc, client, tracing,
        new RequestEvents(events, config.get(Settings.LOG_REQUESTS), config.get(Settings.LOG_REQUESTS_SAMPLE),
            config.get(Settings.LOG_SLOW_THRESHOLD)), redactor);
    headers = new String[hooks.serverHeaderNames().length];
    jdbc.prepared(new Object(), statement, "SELECT name FROM users WHERE id = ?");
  }

  /** A request without a query: what the servlet advice reports on enter and exit. */
  public void request() {
    hooks.serverEnd(hooks.serverStart("GET", "", "/users/*", headers), 200, null);
  }

  /** A request that executes one prepared statement. */
  public void requestWithQuery() {
    Object token = hooks.serverStart("GET", "", "/users/*", headers);
    hooks.jdbcExecuted(hooks.jdbcStart(), statement, null, "executeQuery", null);
    hooks.serverEnd(token, 200, null);
  }
}
