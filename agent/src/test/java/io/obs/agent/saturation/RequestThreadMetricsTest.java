package io.obs.agent.saturation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequestThreadMetricsTest {

  private final List<PoolSample> pools = new ArrayList<>();
  private final PrometheusRegistry registry = new PrometheusRegistry();

  RequestThreadMetricsTest() {
    RequestThreadMetrics.register(registry, () -> pools);
  }

  private List<String> samples() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
    return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
        .filter(l -> l.startsWith("http_server_thread")).collect(Collectors.toList());
  }

  @Test
  void onePoolPerLabelSetBusyAndIdleFromTheThreadsAlive() throws IOException {
    pools.add(new PoolSample("tomcat", "http-nio-8080", 10, 4, 200, 0));
    pools.add(new PoolSample("jetty", "qtp1", 8, 8, 8, 3));
    pools.add(new PoolSample("jetty", "qtp1", 1, 1, 1, 1)); // the same name again: left out
    assertEquals(List.of(
        "http_server_thread_limit{thread_pool_name=\"http-nio-8080\",webengine_name=\"tomcat\"} 200.0",
        "http_server_thread_limit{thread_pool_name=\"qtp1\",webengine_name=\"jetty\"} 8.0",
        "http_server_thread_queue_size{thread_pool_name=\"http-nio-8080\",webengine_name=\"tomcat\"} 0.0",
        "http_server_thread_queue_size{thread_pool_name=\"qtp1\",webengine_name=\"jetty\"} 3.0",
        "http_server_threads{thread_pool_name=\"http-nio-8080\",thread_state=\"busy\",webengine_name=\"tomcat\"} 4.0",
        "http_server_threads{thread_pool_name=\"http-nio-8080\",thread_state=\"idle\",webengine_name=\"tomcat\"} 6.0",
        "http_server_threads{thread_pool_name=\"qtp1\",thread_state=\"busy\",webengine_name=\"jetty\"} 8.0",
        "http_server_threads{thread_pool_name=\"qtp1\",thread_state=\"idle\",webengine_name=\"jetty\"} 0.0"), samples());
  }

  @Test
  void noPoolNoSamples() throws IOException {
    assertEquals(List.of(), samples());
  }
}
