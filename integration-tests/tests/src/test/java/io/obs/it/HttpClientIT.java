package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real HTTP clients in an app JVM under the agent (the same app classes run on OkHttp 3, 4 and 5
 * and on Apache HttpClient 5.1 and 5.6), each against its own JDK HttpServer on 127.0.0.1 (so its own
 * {@code server_port}): 200 three times (the URL carrying credentials that must appear nowhere),
 * 500 twice, 404 once, a closed port, a read timeout. Counts per (method, address, port, status,
 * error_type) are exact; a failure's error_type is the exception class the application itself saw.
 * Every request the server got carries the header the agent was told to add
 * ({@code obs.debug.client.header}), proving the bridge's header hook reaches the wire. Then
 * HttpsURLConnection against a server the app trusts and one it does not. On JDK 17 here, on JDK 25
 * in {@link HttpClientJdk25IT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpClientIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String HEADER = "X-Obs-Test";
  private static final String VALUE = "it-value";
  private static final String METRIC = "http_client_request_duration_seconds";
  /** The jar each app module is about, by the start of its file name. */
  private static final Map<String, String> JARS = Map.of("http-client", "okhttp-4.", "http-client-okhttp3", "okhttp-3.",
      "http-client-okhttp5", "okhttp-jvm-5.", "http-client-apache5-6", "httpclient5-5.6.");
  /** Its Apache HttpClient (5.6) refuses a URL with user info before it sends anything. */
  private static final String NO_USERINFO = "http-client-apache5-6";
  /** Clients.BODY_PAUSE_MILLIS of the app: how long a POST's body takes to write. */
  private static final double BODY_PAUSE_SECONDS = 0.25;

  /** The app trusts this server's certificate ({@code javax.net.ssl.trustStore}), and no other. */
  private final SelfSignedKey trusted = SelfSignedKey.create("trusted");
  private final Map<String, ControlledApp> apps = new HashMap<>();

  /** The JDK the app runs on; {@link HttpClientJdk25IT} overrides it. */
  Jdk jdk() {
    return Jdk.JDK17;
  }

  /** The app of that module, started on first use, with the client jar the module is about. */
  private ControlledApp app(String module) {
    return apps.computeIfAbsent(module, m -> {
      ControlledApp app = ControlledApp.start(AppProcess.builder(m, "io.obs.it.httpclient.HttpClientApp").jdk(jdk())
          .property("obs.debug.client.header", HEADER + ":" + VALUE)
          .property("javax.net.ssl.trustStore", trusted.file).property("javax.net.ssl.trustStorePassword", SelfSignedKey.PASSWORD),
          "http-client app ready", TIMEOUT);
      assertTrue(app.process.output().contains("/" + JARS.get(m)), app.process.output());
      return app;
    });
  }

  @AfterAll
  void stop() {
    apps.values().forEach(ControlledApp::close);
  }

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource({"http-client, apache4", "http-client, apache5", "http-client, apache5-async", "http-client, okhttp",
      "http-client, okhttp-async", "http-client, urlconnection", "http-client, urlconnection-connect",
      "http-client, urlconnection-post", "http-client, jdk", "http-client, jdk-async",
      "http-client-okhttp3, okhttp", "http-client-okhttp3, okhttp-async",
      "http-client-okhttp5, okhttp", "http-client-okhttp5, okhttp-async",
      "http-client-apache5-6, apache5", "http-client-apache5-6, apache5-async"})
  void exactCountsAndTheInjectedHeader(String module, String client) {
    ControlledApp app = app(module);
    String method = client.endsWith("-post") ? "POST" : "GET";
    try (HttpTarget target = HttpTarget.http(HEADER, VALUE)) {
      Map<String, Long> before = seen(app, target.port, target.closedPort); // a port an earlier case used
      String base = "http://127.0.0.1:" + target.port;
      String ok = (module.equals(NO_USERINFO) ? base : "http://it-user:it-secret@127.0.0.1:" + target.port) + "/ok";
      for (int i = 0; i < 3; i++) {
        assertEquals("status 200", get(app, client, ok));
      }
      assertEquals("status 500", get(app, client, base + "/fail"));
      assertEquals("status 500", get(app, client, base + "/fail"));
      assertEquals("status 404", get(app, client, base + "/missing"));
      String refused = error(get(app, client, "http://127.0.0.1:" + target.closedPort + "/ok"));
      String timeout = error(get(app, client, base + "/slow"));

      String at = method + "|" + target.port + "|";
      Map<String, Long> expected = new TreeMap<>(Map.of(at + "200|", 3L, at + "500|500", 2L, at + "404|404", 1L,
          method + "|" + target.closedPort + "||" + refused, 1L, at + "|" + timeout, 1L));
      assertEquals(expected, minus(seen(app, target.port, target.closedPort), before), app.process.output());
      assertEquals(7, target.requests.get());
      assertEquals(7, target.withHeader.get(), "requests carrying " + HEADER);
      Scrape scrape = Scrape.of(app.agent + "/metrics");
      assertFalse(scrape.text().contains("it-secret") || scrape.text().contains("it-user"), scrape.text());
      assertFalse(app.process.output().contains("it-secret"), app.process.output());
      assertEquals(0.0, scrape.sum("obs_agent_errors_total"), scrape.text());
    }
  }

  /** The send starts at getOutputStream, so its duration covers the body the app writes slowly. */
  @Test
  void aPostIsOneSendThatCoversWritingItsBody() {
    ControlledApp app = app("http-client");
    try (HttpTarget target = HttpTarget.http(HEADER, VALUE)) {
      assertEquals("status 200", get(app, "urlconnection-post", "http://127.0.0.1:" + target.port + "/ok"));
      assertEquals(Map.of("POST|" + target.port + "|200|", 1L), seen(app, target.port));
      double seconds = Scrape.of(app.agent + "/metrics").sum(METRIC + "_sum", "server_port", String.valueOf(target.port));
      assertTrue(seconds >= BODY_PAUSE_SECONDS, seconds + " s");
      assertEquals(1, target.withHeader.get());
    }
  }

  /**
   * HttpsURLConnection, read straight away, after connect() and after writing a body: a server the
   * app trusts answers 200 and 500 on its own port; one with a certificate the app does not trust
   * fails the handshake, counted once with the exception class.
   */
  @ParameterizedTest
  @ValueSource(strings = {"urlconnection", "urlconnection-connect", "urlconnection-post"})
  void httpsUrlConnection(String client) {
    ControlledApp app = app("http-client");
    String method = client.endsWith("-post") ? "POST" : "GET";
    try (HttpTarget good = HttpTarget.https(trusted.serverContext(), HEADER, VALUE);
        HttpTarget unknown = HttpTarget.https(SelfSignedKey.create("unknown").serverContext(), HEADER, VALUE)) {
      assertEquals("status 200", get(app, client, "https://127.0.0.1:" + good.port + "/ok"));
      assertEquals("status 500", get(app, client, "https://127.0.0.1:" + good.port + "/fail"));
      assertEquals("error javax.net.ssl.SSLHandshakeException", get(app, client, "https://127.0.0.1:" + unknown.port + "/ok"));
      assertEquals(Map.of(method + "|" + good.port + "|200|", 1L, method + "|" + good.port + "|500|500", 1L,
          method + "|" + unknown.port + "||javax.net.ssl.SSLHandshakeException", 1L), seen(app, good.port, unknown.port));
      assertEquals(2, good.withHeader.get());
      assertEquals(0, unknown.requests.get());
    }
  }

  private static String get(ControlledApp app, String client, String url) {
    return Http.get(app.control + "/get?client=" + client + "&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)).body();
  }

  private static String error(String answer) {
    assertEquals("error ", answer.substring(0, Math.min(6, answer.length())), answer);
    return answer.substring(6);
  }

  private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
    Map<String, Long> delta = new TreeMap<>();
    after.forEach((k, v) -> {
      long d = v - before.getOrDefault(k, 0L);
      if (d != 0) {
        delta.put(k, d);
      }
    });
    return delta;
  }

  /** "method|port|status|error_type" → count, for the given ports, all on 127.0.0.1. */
  private static Map<String, Long> seen(ControlledApp app, int... ports) {
    Map<String, Long> counts = new TreeMap<>();
    for (Scrape.Sample s : Scrape.of(app.agent + "/metrics").samples(METRIC + "_count")) {
      String port = s.labels.get("server_port");
      if (Arrays.stream(ports).anyMatch(p -> port.equals(String.valueOf(p)))) {
        assertEquals("127.0.0.1", s.labels.get("server_address"), s.toString());
        counts.put(s.labels.get("http_request_method") + "|" + port + "|" + s.labels.get("http_response_status_code") + "|"
            + s.labels.get("error_type"), (long) s.value);
      }
    }
    return counts;
  }
}
