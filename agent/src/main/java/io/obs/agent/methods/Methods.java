package io.obs.agent.methods;

import io.obs.agent.config.AgentConfig;
import io.obs.agent.config.Settings;
import io.obs.agent.health.HealthCheck;
import io.obs.agent.instrumentation.api.InstrumentationModule;
import io.obs.agent.instrumentation.methods.MethodsInstrumentation;
import io.obs.agent.log.EventLog;
import io.obs.agent.metrics.CardinalityGuard;
import io.obs.agent.redact.Redactor;
import io.obs.agent.trace.Tracing;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Methods and business events by configuration, from premain to the unmatched-pattern report. With
 * nothing configured (or {@code obs.instrumentation.methods.enabled=false}) it adds no module, no
 * check and no metric.
 */
public final class Methods {

  public static final String DURATION = MethodMetrics.DURATION;

  private final MethodsConfig config;
  private final MethodTable table;
  private final boolean active;
  private EventLog events;
  private PrintStream err;
  private long reportAfterMillis;

  private Methods(MethodsConfig config, boolean enabled) {
    this.config = config;
    this.table = new MethodTable(config);
    this.active = enabled && !config.isEmpty();
  }

  /** In premain: parses the patterns and events; each one that does not parse is one line to {@code report}. */
  public static Methods configure(AgentConfig config, Consumer<String> report) {
    return new Methods(MethodsConfig.parse(config, report), config.get(Settings.METHODS_ENABLED));
  }

  /** Adds the module that weaves the configured methods, if any. */
  public void addModule(List<InstrumentationModule> modules) {
    if (active) {
      modules.add(new MethodsInstrumentation(config.targets, table));
    }
  }

  /** Adds the {@code methods} health check, if any method is configured. */
  public void addCheck(List<HealthCheck> checks) {
    if (active) {
      checks.add(new MethodsCheck(table));
    }
  }

  /**
   * The recorder for the bridge (null when inactive), after emitting an {@code agent.config.invalid}
   * event per pattern that did not parse.
   */
  public MethodRecorder start(PrometheusRegistry registry, CardinalityGuard guard, boolean exemplars, Tracing tracing,
      EventLog events, Redactor redactor, long reportAfterMillis, PrintStream err) {
    config.problems.forEach(p -> events.emit(EventLog.WARN, "agent.config.invalid", null, "key", p.getKey(),
        "message", p.getValue()));
    if (!active) {
      return null;
    }
    Set<String> eventNames = new LinkedHashSet<>();
    config.events.stream().filter(Objects::nonNull).forEach(e -> eventNames.add(e.name));
    MethodMetrics metrics = new MethodMetrics(registry, guard, exemplars, eventNames);
    this.events = events;
    this.err = err;
    this.reportAfterMillis = reportAfterMillis;
    return new MethodRecorder(table, metrics, tracing, events, redactor);
  }

  /**
   * The classes loaded so far are woven: one stderr line naming what is instrumented; the patterns
   * that still match nothing {@code obs.methods.unmatched.report-after} later are reported then.
   */
  public void woven() {
    if (active) {
      String classes = table.instrumented();
      err.println("obs-agent: methods instrumented at start: " + (classes.isEmpty() ? "none yet" : classes));
      Thread report = new Thread(() -> reportUnmatched(reportAfterMillis), "obs-agent-methods-report");
      report.setDaemon(true);
      report.start();
    }
  }

  private void reportUnmatched(long afterMillis) {
    try {
      Thread.sleep(afterMillis);
    } catch (InterruptedException e) {
      return;
    }
    List<String> unmatched = table.unmatched();
    if (!unmatched.isEmpty()) {
      String patterns = String.join("; ", unmatched);
      err.println("obs-agent: these method patterns matched no loaded method within " + afterMillis + "ms (a class "
          + "not loaded yet, or a misspelt name; /health lists them while it lasts): " + patterns);
      events.emit(EventLog.WARN, "agent.methods.unmatched", null, "patterns", patterns, "after_ms", afterMillis);
    }
  }
}
