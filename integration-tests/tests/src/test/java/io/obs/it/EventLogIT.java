package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.obs.it.OtlpReceiver.ReceivedSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo under the agent with the event log in a file: exactly the events the defaults promise
 * (agent start, an invalid setting, failed and slow requests, slow queries, a failed outgoing call),
 * each a JSON object with the contract's fields, trace and span ids that are those of the exported spans.
 */
class EventLogIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> events(Path file) {
    try {
      if (!Files.exists(file)) {
        return List.of();
      }
      List<JsonNode> events = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        events.add(JSON.readTree(line));
      }
      return events;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonNode> named(List<JsonNode> events, String name) {
    return events.stream().filter(e -> e.path("event").asText().equals(name)).collect(Collectors.toList());
  }

  @Test
  void theDefaultEventsWithTheirFieldsAndTraceIds(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("events.jsonl");
    int port = Ports.free();
    int agentPort = Ports.free();
    try (OtlpReceiver receiver = OtlpReceiver.start();
         AppProcess demo = Demo.exportingTo(receiver.endpoint(), "demo", port, agentPort)
             .property("obs.log.target", "file:" + log)
             .property("obs.jdbc.slow.threshold", "0ms")
             .property("obs.health.heap.threshold", "lots")
             .property("demo.chain.url", "http://127.0.0.1:" + Ports.free() + "/nothing-listens")
             .start()) {
      Demo.awaitReady(demo, agentPort);
      String app = "http://127.0.0.1:" + port;
      assertEquals(200, Http.status(app + "/users/1?case=ok"));
      assertEquals(404, Http.status(app + "/users/999"));
      assertEquals(500, Http.status(app + "/fail"));
      assertEquals(200, Http.status(app + "/slow?ms=1100"));
      assertEquals(500, Http.status(app + "/chain")); // the refused call escapes the servlet

      // /users/1, /users/999: one query each, both "slow" at a 0 ms threshold (the demo's start-up SQL may be too)
      Poll.until(TIMEOUT, "the events", () -> named(events(log), "http.server.request").size() == 3
          && userQueries(events(log)).size() == 2 && named(events(log), "http.client.error").size() == 1);
      List<JsonNode> events = events(log);
      for (JsonNode e : events) {
        assertTrue(e.path("ts").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), e::toString);
        assertEquals("demo", e.path("service.name").asText(), e::toString);
      }
      JsonNode started = named(events, "agent.started").get(0);
      assertEquals("INFO", started.path("level").asText());
      assertEquals("http://127.0.0.1:" + agentPort, started.path("endpoint").asText());
      assertEquals(1, started.path("config.problems").asInt());
      JsonNode invalid = named(events, "agent.config.invalid").get(0);
      assertEquals("obs.health.heap.threshold", invalid.path("key").asText());

      List<JsonNode> requests = named(events, "http.server.request");
      JsonNode fail = only(requests, "/fail");
      assertEquals("ERROR", fail.path("level").asText());
      assertEquals(500, fail.path("http.response.status_code").asInt());
      assertEquals("GET", fail.path("http.request.method").asText());
      assertTrue(fail.path("exception.type").asText().length() > 0, fail::toString);
      assertTrue(fail.path("exception.stacktrace").asText().contains("\n\tat "), fail::toString);
      assertEquals(fail.path("exception.type").asText(), fail.path("error.type").asText());
      JsonNode slow = only(requests, "/slow");
      assertEquals("WARN", slow.path("level").asText());
      assertTrue(slow.path("duration_ms").asDouble() >= 1100, slow::toString);
      assertEquals("ERROR", only(requests, "/chain").path("level").asText());

      JsonNode clientError = named(events, "http.client.error").get(0);
      assertEquals("java.net.ConnectException", clientError.path("error.type").asText());
      assertEquals("127.0.0.1", clientError.path("server.address").asText());
      JsonNode query = userQueries(events).get(0);
      assertEquals("SELECT id, name, email FROM users WHERE id = ?", query.path("db.query.text").asText());
      assertEquals("h2database", query.path("db.system.name").asText());

      for (JsonNode e : List.of(fail, slow, clientError, query)) {
        String traceId = e.path("trace_id").asText();
        String spanId = e.path("span_id").asText();
        Poll.until(TIMEOUT, "the span of " + e, () -> receiver.trace(traceId).stream().anyMatch(s -> s.spanId().equals(spanId)));
        ReceivedSpan span = receiver.trace(traceId).stream().filter(s -> s.spanId().equals(spanId)).findFirst().get();
        assertEquals(Map.of("http.server.request", "SERVER", "http.client.error", "CLIENT", "db.query.slow", "CLIENT")
            .get(e.path("event").asText()), span.kind(), e::toString);
      }
    }
  }

  @Test
  void theLogFileRotatesBySizeAndKeepsMaxFiles(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("events.jsonl");
    int port = Ports.free();
    int agentPort = Ports.free();
    try (AppProcess demo = everyRequestLogged(log, port, agentPort)
        .property("obs.log.file.max-size", "2kB")
        .property("obs.log.file.max-files", "3")
        .start()) {
      Demo.awaitReady(demo, agentPort);
      for (int i = 0; i < 60; i++) {
        assertEquals(200, Http.status("http://127.0.0.1:" + port + "/users/1?n=" + i));
      }
      assertEquals(500, Http.status("http://127.0.0.1:" + port + "/fail")); // the last event: all before it are written
      Poll.until(TIMEOUT, "the /fail event", () -> named(events(log), "http.server.request").stream()
          .anyMatch(e -> e.path("http.route").asText().equals("/fail")));
      assertTrue(Files.notExists(dir.resolve("events.jsonl.3")), "max-files 3: the current file and two older ones");
      String previous = "";
      for (String name : List.of("events.jsonl.2", "events.jsonl.1", "events.jsonl")) {
        Path file = dir.resolve(name);
        List<JsonNode> events = events(file); // every line is one JSON object
        // a file is cut before the line that would take it past 2 kB; a longer line (the /fail event and
        // its stack trace) starts a file of its own
        assertTrue(Files.size(file) <= 2048 || events.size() == 1, name + ": " + Files.size(file) + " bytes");
        assertTrue(events.size() >= (name.equals("events.jsonl") ? 1 : 3), name + " has " + events.size() + " events");
        String first = events.get(0).path("ts").asText();
        assertTrue(first.compareTo(previous) >= 0, name + " starts before the file rotated before it");
        previous = events.get(events.size() - 1).path("ts").asText();
      }
    }
  }

  @Test
  void aFullQueueDropsAndCountsEventsAndTheAppServesOn(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("events.jsonl");
    int port = Ports.free();
    int agentPort = Ports.free();
    try (AppProcess demo = everyRequestLogged(log, port, agentPort)
        .property("obs.log.queue.size", "1")
        .start()) {
      Demo.awaitReady(demo, agentPort);
      String agent = "http://127.0.0.1:" + agentPort;
      Poll.until(TIMEOUT, "agent.started written", () -> !named(events(log), "agent.started").isEmpty());
      double droppedBefore = Scrape.of(agent + "/metrics").value("obs_agent_log_events_dropped_total");
      long writtenBefore = named(events(log), "http.server.request").size();
      List<Integer> statuses = Burst.run(8, 50, i -> Http.status("http://127.0.0.1:" + port + "/users/" + (1 + i % 3)));
      assertEquals(400, statuses.stream().filter(st -> st == 200).count(), statuses::toString);
      // every request event was either written or dropped and counted
      Poll.until(TIMEOUT, "400 events written or dropped", () -> named(events(log), "http.server.request").size() - writtenBefore
          + Scrape.of(agent + "/metrics").value("obs_agent_log_events_dropped_total") - droppedBefore == 400);
      assertTrue(Scrape.of(agent + "/metrics").value("obs_agent_log_events_dropped_total") > droppedBefore,
          "a queue of one cannot keep up with 8 threads");
    }
  }

  /** The demo with an event for every request in {@code log}, spans kept in process. */
  private static AppProcess.Builder everyRequestLogged(Path log, int port, int agentPort) {
    return Demo.exportingTo("http://127.0.0.1:9", "demo", port, agentPort)
        .property("obs.traces.exporter", "none")
        .property("obs.log.target", "file:" + log)
        .property("obs.log.requests", "all");
  }

  private static List<JsonNode> userQueries(List<JsonNode> events) {
    return named(events, "db.query.slow").stream().filter(e -> e.path("db.operation.name").asText().equals("SELECT")
        && e.path("db.collection.name").asText().equals("users")).collect(Collectors.toList());
  }

  private static JsonNode only(List<JsonNode> events, String route) {
    List<JsonNode> matching = events.stream().filter(e -> e.path("http.route").asText().equals(route)).collect(Collectors.toList());
    assertEquals(1, matching.size(), events::toString);
    return matching.get(0);
  }
}
