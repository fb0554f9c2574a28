package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests full of planted secrets (query strings, headers, cookies, a user agent, form fields,
 * an exception message, a SQL literal, credentials in a URL the app calls) go through the demo under
 * the agent; then every byte the agent emitted (the event log, every OTLP payload, /metrics in both
 * formats, /health, the agent's own output lines) is searched for each secret: none may be there.
 */
class PlantedSecretsIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  /** Each value must never leave the process; the key says where it was planted. */
  private static final Map<String, String> SECRETS = Map.ofEntries(
      Map.entry("query token", "PlantTok3n-q1"),
      Map.entry("query e-mail", "plant.two@example.com"),
      Map.entry("authorization header", "PlantBearer-h3"),
      Map.entry("cookie", "PlantSession-c4"),
      Map.entry("user agent", "PlantUa-p5"),
      Map.entry("exception card", "4111111111111111"),
      Map.entry("exception e-mail", "plant.six@example.com"),
      Map.entry("SQL literal", "PlantSql-s7"),
      Map.entry("form field", "PlantForm-f8"),
      Map.entry("URL password", "PlantPass-u9"));

  @Test
  void noPlantedSecretLeavesTheProcess(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("events.jsonl");
    int port = Ports.free();
    int agentPort = Ports.free();
    String agent = "http://127.0.0.1:" + agentPort;
    try (OtlpReceiver receiver = OtlpReceiver.start();
         AppProcess demo = Demo.exportingTo(receiver.endpoint(), "demo", port, agentPort)
             .property("obs.log.target", "file:" + log)
             .property("obs.log.requests", "all")
             .property("obs.jdbc.slow.threshold", "0ms")
             .property("demo.chain.url", "http://plantuser:" + SECRETS.get("URL password") + "@127.0.0.1:" + port + "/users/2")
             .start()) {
      Demo.awaitReady(demo, agentPort);
      String app = "http://127.0.0.1:" + port;
      assertEquals(200, Http.send(HttpRequest.newBuilder(URI.create(app + "/users/1?token=" + SECRETS.get("query token")
          + "&contact=" + SECRETS.get("query e-mail")))
          .header("Authorization", "Bearer " + SECRETS.get("authorization header"))
          .header("Cookie", "JSESSIONID=" + SECRETS.get("cookie"))
          .header("User-Agent", "tester/1.0 password=" + SECRETS.get("user agent")).build()).statusCode());
      assertEquals(500, Http.status(app + "/fail?reason=card%20" + SECRETS.get("exception card") + "%20of%20"
          + SECRETS.get("exception e-mail")));
      assertEquals(200, Http.send(HttpRequest.newBuilder(URI.create(app + "/search"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("q=" + SECRETS.get("SQL literal"))).build()).statusCode());
      assertEquals(201, Http.send(HttpRequest.newBuilder(URI.create(app + "/orders"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("item=" + SECRETS.get("form field") + "&qty=1")).build()).statusCode());
      assertEquals(200, Http.status(app + "/chain"));

      // all of it exported and logged: 6 requests (the chain's inner one too), their DB and client spans
      Poll.until(TIMEOUT, "6 request events", () -> lines(log, "\"event\":\"http.server.request\"") == 6);
      Poll.until(TIMEOUT, "the spans of 6 requests", () -> receiver.spans().stream().filter(s -> s.kind().equals("SERVER")).count() == 6);
      Poll.until(TIMEOUT, "the client span", () -> receiver.spans().stream().anyMatch(s -> s.kind().equals("CLIENT")
          && s.attributes().containsKey("url.full")));

      List<String> emitted = new ArrayList<>();
      emitted.add("event log:\n" + Files.readString(log));
      receiver.payloads().forEach(p -> emitted.add("OTLP payload:\n" + new String(p, StandardCharsets.ISO_8859_1)));
      emitted.add("metrics:\n" + Http.get(agent + "/metrics").body());
      emitted.add("openmetrics:\n" + Http.send(HttpRequest.newBuilder(URI.create(agent + "/metrics"))
          .header("Accept", "application/openmetrics-text; version=1.0.0").build()).body());
      emitted.add("health:\n" + Http.get(agent + "/health").body());
      // the application's own log (Tomcat prints the exception) is its business; the agent's lines are ours
      emitted.add("agent's output lines:\n" + demo.output().lines().filter(l -> l.startsWith("obs-agent"))
          .collect(java.util.stream.Collectors.joining("\n")));
      for (Map.Entry<String, String> secret : SECRETS.entrySet()) {
        for (String text : emitted) {
          assertTrue(!text.contains(secret.getValue()), "the " + secret.getKey() + " leaked into the " + text.lines().findFirst().get()
              + "\n" + text);
        }
      }
      // and the redacted forms are there, so the test looked at the right places
      String events = Files.readString(log);
      assertTrue(events.contains("REDACTED"), events);
      assertTrue(receiver.spans().stream().anyMatch(s -> String.valueOf(s.attribute("url.full"))
          .equals("http://REDACTED:REDACTED@127.0.0.1:" + port + "/users/2")), receiver.spans()::toString);
      assertTrue(receiver.spans().stream().anyMatch(s -> String.valueOf(s.attribute("db.query.text"))
          .equals("SELECT id, name FROM users WHERE name LIKE ? ORDER BY id")), receiver.spans()::toString);
    }
  }

  private static long lines(Path file, String text) {
    try {
      return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> l.contains(text)).count() : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
