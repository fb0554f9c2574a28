package io.obs.agent.saturation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.obs.agent.config.AgentConfig;
import io.obs.agent.health.HealthCheck;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SaturationTest {

  private static final List<String> JVM = List.of("jvm_cpu_recent_utilization_ratio", "jvm_gc_overhead_ratio",
      "jvm_memory_heap_used_after_last_gc_ratio", "jvm_system_cpu_utilization_ratio");
  private static final List<String> POOLS = List.of("http_server_threads", "http_server_thread_limit",
      "http_server_thread_queue_size");

  private final List<String> problems = new ArrayList<>();
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final List<HealthCheck> checks = new ArrayList<>();

  private void install(String agentArgs) {
    AgentConfig config = AgentConfig.load(agentArgs, new Properties(), Map.of(), problems::add);
    Saturation.install(config, registry, e -> problems.add(e.toString())).addChecks(checks);
    assertEquals(List.of(), problems);
  }

  private List<String> families() {
    return registry.scrape().stream().map(s -> s.getMetadata().getName()).sorted().collect(Collectors.toList());
  }

  private static List<String> sorted(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(null);
    return all;
  }

  @Test
  void byDefaultThePoolFamiliesTheJvmPressureAndTheCheck() {
    install(null);
    assertEquals(sorted(JVM, POOLS), families());
    assertEquals(List.of("request-threads"), checks.stream().map(HealthCheck::name).collect(Collectors.toList()));
  }

  @Test
  void readinessOffKeepsTheMetrics() {
    install("obs.health.request-threads.enabled=false");
    assertEquals(sorted(JVM, POOLS), families());
    assertEquals(List.of(), checks);
  }

  @Test
  void instrumentationOffLeavesTheJvmPressureOnly() {
    install("obs.instrumentation.request-threads.enabled=false");
    assertEquals(sorted(JVM, List.of()), families());
    assertEquals(List.of(), checks);
  }
}
