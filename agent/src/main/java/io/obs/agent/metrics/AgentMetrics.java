package io.obs.agent.metrics;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** The agent's own health: {@code obs_agent_*}. */
public final class AgentMetrics {

  /** Where in the agent an error happened; the {@code component} label. */
  public enum Component {
    ADVICE, WEAVING, ENDPOINT, HEALTH, CONFIG, RUNTIME;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Map<Component, CounterDataPoint> errors = new EnumMap<>(Component.class);
  private final Map<Component, AtomicBoolean> reported = new EnumMap<>(Component.class);
  private final Counter overflow;
  private final Counter instrumented;
  private final Gauge startup;
  private final Info info;
  private final PrintStream err;

  public AgentMetrics(PrometheusRegistry registry, PrintStream err) {
    this.err = err;
    Counter errorCounter = Counter.builder()
        .name("obs_agent_errors_total")
        .help("Failures inside the agent, by component; the application never saw them.")
        .labelNames("component")
        .register(registry);
    for (Component c : Component.values()) {
      errors.put(c, errorCounter.labelValues(c.label()));
      reported.put(c, new AtomicBoolean());
    }
    overflow = Counter.builder()
        .name("obs_agent_metric_overflow_total")
        .help("Measurements folded into _OTHER because the metric reached obs.metrics.cardinality.limit label sets.")
        .labelNames("metric")
        .register(registry);
    instrumented = Counter.builder()
        .name("obs_agent_instrumented_classes_total")
        .help("Classes the agent wove advice into, by instrumentation.")
        .labelNames("instrumentation")
        .register(registry);
    startup = Gauge.builder()
        .name("obs_agent_startup_seconds")
        .help("Time the agent took to start: premain = what the application's main thread waited for, "
            + "background = the rest, done on the agent's own thread.")
        .unit(Unit.SECONDS)
        .labelNames("phase")
        .register(registry);
    info = Info.builder()
        .name("obs_agent_info")
        .help("The running obs-agent.")
        .labelNames("version", "service_name", "java_version", "instrumentations")
        .register(registry);
  }

  /** Counts an error; the first of each component also gets one stderr line. */
  public void error(Component component, Throwable error) {
    errors.get(component).inc();
    if (reported.get(component).compareAndSet(false, true)) {
      err.println("obs-agent: " + component.label() + " error (counted in obs_agent_errors_total{component=\""
          + component.label() + "\"}; further ones are not printed): " + error);
    }
  }

  /** Counts an error that has been reported in its own words already. */
  public void count(Component component) {
    errors.get(component).inc();
  }

  /** Invalid configuration values, already reported one line each when the configuration was read. */
  public void configProblems(int count) {
    errors.get(Component.CONFIG).inc(count);
  }

  public CounterDataPoint overflowCounter(String metric) {
    return overflow.labelValues(metric);
  }

  public void instrumented(String instrumentation) {
    instrumented.labelValues(instrumentation).inc();
  }

  public void startup(String phase, long nanos) {
    startup.labelValues(phase).set(nanos / 1e9);
  }

  public void info(String version, String serviceName, String instrumentations) {
    info.setLabelValues(version, serviceName, System.getProperty("java.version"), instrumentations);
  }
}
