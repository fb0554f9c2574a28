package io.obs.agent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentMetricsTest {

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final AgentMetrics metrics = new AgentMetrics(registry, new PrintStream(stderr, true, StandardCharsets.UTF_8));

  private List<String> printed() {
    String text = stderr.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split(System.lineSeparator()));
  }

  @Test
  void errorsAreCountedPerComponentAndAllComponentsStartAtZero() {
    metrics.error(AgentMetrics.Component.ADVICE, new IllegalStateException("a"));
    metrics.error(AgentMetrics.Component.ADVICE, new IllegalStateException("b"));
    metrics.error(AgentMetrics.Component.HEALTH, new RuntimeException("c"));
    assertEquals(List.of(
        "obs_agent_errors_total{component=\"advice\"} 2.0",
        "obs_agent_errors_total{component=\"config\"} 0.0",
        "obs_agent_errors_total{component=\"endpoint\"} 0.0",
        "obs_agent_errors_total{component=\"health\"} 1.0",
        "obs_agent_errors_total{component=\"runtime\"} 0.0",
        "obs_agent_errors_total{component=\"weaving\"} 0.0"), Scrape.lines(registry, "obs_agent_errors_total{"));
  }

  @Test
  void onlyTheFirstErrorOfEachComponentIsPrinted() {
    metrics.error(AgentMetrics.Component.ADVICE, new IllegalStateException("first"));
    metrics.error(AgentMetrics.Component.ADVICE, new IllegalStateException("second"));
    metrics.error(AgentMetrics.Component.ENDPOINT, new java.io.IOException("bind"));
    metrics.error(AgentMetrics.Component.ENDPOINT, new java.io.IOException("again"));
    assertEquals(List.of(
        "obs-agent: advice error (counted in obs_agent_errors_total{component=\"advice\"}; further ones are not printed): "
            + "java.lang.IllegalStateException: first",
        "obs-agent: endpoint error (counted in obs_agent_errors_total{component=\"endpoint\"}; further ones are not printed): "
            + "java.io.IOException: bind"), printed());
  }

  @Test
  void manyThreadsFailingAtOncePrintOneLineAndCountEveryError() throws InterruptedException {
    Together.run(8, () -> {
      for (int i = 0; i < 1000; i++) {
        metrics.error(AgentMetrics.Component.WEAVING, new LinkageError("x"));
      }
    });
    assertEquals(1, printed().size());
    assertEquals(List.of("obs_agent_errors_total{component=\"weaving\"} 8000.0"),
        Scrape.lines(registry, "obs_agent_errors_total{component=\"weaving\"}"));
  }

  @Test
  void otherAgentMetrics() {
    metrics.overflowCounter("m").inc();
    metrics.overflowCounter("m").inc();
    metrics.instrumented("servlet");
    metrics.startup("premain", 1_500_000_000L);
    metrics.info("1.2.3", "shop", "servlet,jdbc");
    assertEquals(List.of("obs_agent_metric_overflow_total{metric=\"m\"} 2.0"),
        Scrape.lines(registry, "obs_agent_metric_overflow_total{"));
    assertEquals(List.of("obs_agent_instrumented_classes_total{instrumentation=\"servlet\"} 1.0"),
        Scrape.lines(registry, "obs_agent_instrumented_classes_total{"));
    assertEquals(List.of("obs_agent_startup_seconds{phase=\"premain\"} 1.5"),
        Scrape.lines(registry, "obs_agent_startup_seconds{"));
    assertEquals(List.of("obs_agent_info{instrumentations=\"servlet,jdbc\",java_version=\""
        + System.getProperty("java.version") + "\",service_name=\"shop\",version=\"1.2.3\"} 1"),
        Scrape.lines(registry, "obs_agent_info{"));
  }
}
