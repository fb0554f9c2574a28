package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OTLP backend away under load: the app serves every request, each span it made is counted as
 * dropped, the agent says so in one line (no stack traces), and once the backend is back spans flow
 * again with one line saying so. {@code obs.traces.exporter=none} exports nothing at all.
 * {@link TraceExportOutageGrpcJdk25IT}: the same over OTLP/gRPC, on JDK 25.
 */
class TraceExportOutageIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  /** Each /users/{id} request makes two spans: the SERVER span and its DB span. */
  private static final int SPANS_PER_REQUEST = 2;

  OtlpReceiver.Protocol protocol() {
    return OtlpReceiver.Protocol.HTTP;
  }

  Jdk jdk() {
    return Jdk.JDK17;
  }

  private AppProcess demo(int port, int agentPort, OtlpReceiver receiver, String... properties) {
    AppProcess.Builder b = Demo.exportingTo(receiver, "outage", port, agentPort).jdk(jdk());
    for (int i = 0; i + 1 < properties.length; i += 2) {
      b.property(properties[i], properties[i + 1]);
    }
    return Demo.awaitReady(b.start(), agentPort);
  }

  private static double metric(String agent, String name, String... labels) {
    Double value = Scrape.of(agent + "/metrics").value(name, labels);
    return value == null ? 0 : value;
  }

  private static double dropped(String agent) {
    return metric(agent, "obs_agent_spans_dropped_total", "reason", "queue_full")
        + metric(agent, "obs_agent_spans_dropped_total", "reason", "export_failed");
  }

  private static long lines(String output, String text) {
    return output.lines().filter(l -> l.contains(text)).count();
  }

  @Test
  void theBackendGoingAwayUnderLoadCostsSpansNotRequests() throws IOException {
    int threads = 8;
    int rounds = 40;
    try (OtlpReceiver receiver = OtlpReceiver.start(protocol())) {
      int receiverPort = receiver.port();
      receiver.stop();
      int port = Ports.free();
      int agentPort = Ports.free();
      String agent = "http://127.0.0.1:" + agentPort;
      try (AppProcess app = demo(port, agentPort, receiver, "obs.traces.queue.size", "64")) {
        List<Integer> statuses = Burst.run(threads, rounds, i -> Http.status("http://127.0.0.1:" + port + "/users/" + (1 + i % 3)));
        assertEquals(threads * rounds, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        double made = threads * rounds * SPANS_PER_REQUEST;
        Poll.until(TIMEOUT, made + " spans dropped", () -> dropped(agent) == made);
        assertEquals(0.0, metric(agent, "obs_agent_spans_exported_total"));
        assertTrue(metric(agent, "obs_agent_export_failures_total") >= 1);

        receiver.start(receiverPort);
        int after = 20;
        for (int i = 0; i < after; i++) {
          assertEquals(200, Http.status("http://127.0.0.1:" + port + "/users/1?after=" + i));
        }
        Poll.until(TIMEOUT, "the spans made after the backend came back", () -> receiver.spans().size() >= after * SPANS_PER_REQUEST);
        assertEquals(after * SPANS_PER_REQUEST, receiver.spans().size());
        Poll.until(TIMEOUT, "exported counter", () -> metric(agent, "obs_agent_spans_exported_total") == after * SPANS_PER_REQUEST);
        assertEquals(made, dropped(agent), "nothing more dropped once the backend is back");

        String output = app.output();
        assertEquals(1, lines(output, "span export to " + receiver.tracesUrl() + " is failing"), output);
        assertEquals(1, lines(output, "span export to " + receiver.tracesUrl() + " recovered after"), output);
        assertFalse(Pattern.compile("^\\s+at ", Pattern.MULTILINE).matcher(output).find(), "no stack trace:\n" + output);
      }
    }
  }

  @Test
  void exporterNoneKeepsSpansInsideTheProcess() throws IOException {
    try (OtlpReceiver receiver = OtlpReceiver.start(protocol())) {
      int port = Ports.free();
      int agentPort = Ports.free();
      try (AppProcess app = demo(port, agentPort, receiver, "obs.traces.exporter", "none")) {
        for (int i = 0; i < 5; i++) {
          assertEquals(200, Http.status("http://127.0.0.1:" + port + "/users/1"));
        }
        Poll.until(TIMEOUT, "5 requests counted", () -> Scrape.of("http://127.0.0.1:" + agentPort + "/metrics")
            .sum("http_server_request_duration_seconds_count", "http_route", "/users/*") == 5);
        assertTrue(app.output().contains("exporters=prometheus\n"), app.output());
        assertEquals(0.0, metric("http://127.0.0.1:" + agentPort, "obs_agent_spans_exported_total"));
        assertEquals(List.of(), receiver.spans());
      }
    }
  }
}
