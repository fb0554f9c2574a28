package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * apps/tomcat-auth (Tomcat 9, BASIC and FORM login against a LockOutRealm around a MemoryRealm,
 * request.login/logout/authenticate), and the same app on Tomcat 11, get a scripted sequence of good and bad logins: each request
 * gives exactly its auth events, {@code app_auth_events_total} counts them, and the planted passwords
 * (and their BASIC encodings) appear nowhere the agent writes to.
 */
class AuthSignalsIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** As in apps/tomcat-auth's tomcat-users.xml. */
  private static final String ALICE = "PlantedPw-alice-7q3x";
  private static final String BOB = "PlantedPw-bob-5k9w";
  private static final String WRONG = "PlantedPw-wrong-2m8z";
  private static final HttpClient PLAIN = HttpClient.newHttpClient();

  /** apps/tomcat-auth (Tomcat 9, javax) and apps/tomcat11-auth (the same app on Tomcat 11, jakarta). */
  @ParameterizedTest
  @ValueSource(strings = {"tomcat-auth", "tomcat11-auth"})
  void eachRequestGivesExactlyItsAuthEventsAndNoPasswordLeaves(String appModule, @TempDir Path dir) throws IOException {
    Path log = dir.resolve("events.jsonl");
    int port = Ports.free();
    int agentPort = Ports.free();
    try (OtlpReceiver receiver = OtlpReceiver.start();
         AppProcess app = start(appModule, log, port, agentPort).property("obs.exporter.otlp.endpoint", receiver.endpoint()).start()) {
      Demo.awaitReady(app, agentPort);
      String basic = "http://127.0.0.1:" + port + "/basic";
      List<String> expected = basicLogins(basic);
      assertEquals(401, Http.status(basic + "/api/authenticate")); // request.authenticate challenges
      expected.add("auth.denied route=/basic/api/* 401");
      assertEquals(401, get(basic + "/api/authenticate", "bob", WRONG));
      expected.add("auth.login.failure route=/basic/api/*");
      assertEquals(200, get(basic + "/api/authenticate", "bob", BOB));
      expected.add("auth.login.success route=/basic/api/*");

      HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      String form = "http://127.0.0.1:" + port + "/form";
      assertEquals("/login-page for null", send(browser, form + "/secure/page").body());
      assertEquals(200, post(browser, form + "/j_security_check", "j_username=alice&j_password=" + WRONG));
      expected.add("auth.login.failure route=/form/login-error"); // the error page's forward served it
      assertEquals(303, post(browser, form + "/j_security_check", "j_username=alice&j_password=" + ALICE));
      expected.add("auth.login.success path=/form/j_security_check");
      assertEquals("/secure for alice", send(browser, form + "/secure/page").body());
      assertEquals("logged out", send(browser, form + "/logout").body());
      expected.add("auth.logout route=/form/logout");
      assertEquals("/login-page for null", send(browser, form + "/secure/page").body());

      Poll.until(TIMEOUT, expected.size() + " auth events", () -> authEvents(log).size() >= expected.size());
      assertEquals(expected, authEvents(log).stream().map(AuthSignalsIT::summary).collect(Collectors.toList()));
      for (JsonNode event : authEvents(log)) {
        assertEquals("127.0.0.1", event.path("client.address").asText(), event::toString);
        assertFalse(event.has("user.name"), event::toString);
      }
      Scrape metrics = Scrape.of("http://127.0.0.1:" + agentPort + "/metrics");
      assertEquals(Map.of("auth.login.success", 6.0, "auth.login.failure", 4.0, "auth.logout", 2.0, "auth.denied", 4.0),
          counts(metrics));

      Poll.until(TIMEOUT, "the server spans", () -> receiver.spans().stream().filter(s -> s.kind().equals("SERVER")).count() >= 13);
      List<String> emitted = new ArrayList<>();
      emitted.add("event log:\n" + Files.readString(log));
      receiver.payloads().forEach(p -> emitted.add("OTLP payload:\n" + new String(p, StandardCharsets.ISO_8859_1)));
      emitted.add("metrics:\n" + metrics.text());
      emitted.add("JVM output:\n" + app.output());
      for (String secret : List.of(ALICE, BOB, WRONG, basicCredentials("alice", ALICE), basicCredentials("alice", WRONG),
          basicCredentials("bob", BOB), basicCredentials("bob", WRONG))) {
        for (String text : emitted) {
          assertFalse(text.contains(secret), secret + " leaked into the " + text.lines().findFirst().get() + "\n" + text);
        }
      }
      String events = Files.readString(log);
      assertFalse(events.contains("alice") || events.contains("bob"), "user names without obs.auth.log-user:\n" + events);
    }
  }

  /** Jetty 12: the login service's checks and the security handler's 401/403, on the same BASIC script. */
  @Test
  void jettyLoginServiceGivesTheSameEvents(@TempDir Path dir) {
    Path log = dir.resolve("events.jsonl");
    int port = Ports.free();
    int agentPort = Ports.free();
    try (AppProcess app = AppProcess.builder("jetty12-auth", "io.obs.it.jettyauth.JettyAuthApp")
        .property("obs.service.name", "auth").property("obs.server.port", agentPort).property("obs.log.target", "file:" + log)
        .args(Integer.toString(port)).start()) {
      Demo.awaitReady(app, agentPort);
      List<String> expected = basicLogins("http://127.0.0.1:" + port + "/basic");
      Poll.until(TIMEOUT, expected.size() + " auth events", () -> authEvents(log).size() >= expected.size());
      assertEquals(expected, authEvents(log).stream().map(AuthSignalsIT::summary).collect(Collectors.toList()));
      assertEquals(Map.of("auth.login.success", 4.0, "auth.login.failure", 2.0, "auth.logout", 1.0, "auth.denied", 3.0),
          counts(Scrape.of("http://127.0.0.1:" + agentPort + "/metrics")));
    }
  }

  @Test
  void userNamesOnlyWithLogUser(@TempDir Path dir) {
    Path log = dir.resolve("events.jsonl");
    int port = Ports.free();
    int agentPort = Ports.free();
    try (AppProcess app = start("tomcat-auth", log, port, agentPort).property("obs.auth.log-user", "true").start()) {
      Demo.awaitReady(app, agentPort);
      String basic = "http://127.0.0.1:" + port + "/basic";
      assertEquals(401, get(basic + "/user/page", "alice", WRONG));
      assertEquals(200, post(PLAIN, basic + "/api/login", "user=bob&password=" + BOB + "&logout=true"));
      Poll.until(TIMEOUT, "3 auth events", () -> authEvents(log).size() >= 3);
      assertEquals(List.of("auth.login.failure alice", "auth.login.success bob", "auth.logout bob"), authEvents(log).stream()
          .map(e -> e.path("event").asText() + " " + e.path("user.name").asText()).collect(Collectors.toList()));
    }
  }

  /** The BASIC part both containers serve: the auth events each request must give, in order. */
  private static List<String> basicLogins(String basic) {
    List<String> expected = new ArrayList<>();
    assertEquals(401, Http.status(basic + "/user/page"));
    expected.add("auth.denied path=/basic/user/page 401");
    assertEquals(401, get(basic + "/user/page", "alice", WRONG));
    expected.add("auth.login.failure path=/basic/user/page");
    assertEquals(200, get(basic + "/user/page", "alice", ALICE));
    expected.add("auth.login.success route=/basic/user/*");
    assertEquals(403, get(basic + "/admin/page", "alice", ALICE)); // alice lacks the admin role
    expected.add("auth.login.success path=/basic/admin/page");
    expected.add("auth.denied path=/basic/admin/page 403");
    assertEquals(200, get(basic + "/admin/page", "bob", BOB));
    expected.add("auth.login.success route=/basic/admin/*");
    assertEquals(401, post(PLAIN, basic + "/api/login", "user=alice&password=" + WRONG)); // request.login throws
    expected.add("auth.login.failure route=/basic/api/*");
    assertEquals(200, post(PLAIN, basic + "/api/login", "user=alice&password=" + ALICE + "&logout=true"));
    expected.add("auth.login.success route=/basic/api/*");
    expected.add("auth.logout route=/basic/api/*");
    assertEquals(403, Http.status(basic + "/api/forbidden"));
    expected.add("auth.denied route=/basic/api/* 403");
    return expected;
  }

  private static AppProcess.Builder start(String appModule, Path log, int port, int agentPort) {
    return AppProcess.builder(appModule, "io.obs.it.tomcatauth.AuthApp")
        .property("obs.service.name", "auth")
        .property("obs.server.port", agentPort)
        .property("obs.log.target", "file:" + log)
        .property("obs.traces.export.delay", "100ms")
        .args(Integer.toString(port));
  }

  /** {@code event route=...} or {@code event path=...}, then the status of a denial. */
  private static String summary(JsonNode event) {
    String where = event.has("http.route") ? "route=" + event.path("http.route").asText() : "path=" + event.path("url.path").asText();
    String status = event.has("http.response.status_code") ? " " + event.path("http.response.status_code").asInt() : "";
    return event.path("event").asText() + " " + where + status;
  }

  private static List<JsonNode> authEvents(Path file) {
    try {
      if (!Files.exists(file)) {
        return List.of();
      }
      List<JsonNode> events = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        JsonNode event = JSON.readTree(line);
        if (event.path("event").asText().startsWith("auth.")) {
          events.add(event);
        }
      }
      return events;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code app_auth_events_total} by event; every sample has the one label {@code event}. */
  private static Map<String, Double> counts(Scrape metrics) {
    metrics.samples("app_auth_events_total").forEach(s -> assertEquals(List.of("event"), List.copyOf(s.labels.keySet())));
    return metrics.samples("app_auth_events_total").stream().collect(Collectors.toMap(s -> s.labels.get("event"), s -> s.value));
  }

  private static String basicCredentials(String user, String password) {
    return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static int get(String url, String user, String password) {
    return Http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + basicCredentials(user, password))
        .build()).statusCode();
  }

  private static int post(HttpClient client, String url, String form) {
    return Http.send(client, HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build()).statusCode();
  }

  private static HttpResponse<String> send(HttpClient client, String url) {
    return Http.send(client, HttpRequest.newBuilder(URI.create(url)).build());
  }
}
