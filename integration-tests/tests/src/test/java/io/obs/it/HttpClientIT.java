package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real HTTP clients in an app JVM under the agent (one per OkHttp major version: 3, 4 and 5 run the
 * same app classes), each against its own JDK HttpServer on
 * 127.0.0.1 (so its own {@code server_port}): 200 three times (the URL carrying credentials that
 * must appear nowhere), 500 twice, 404 once, a closed port, a read timeout. Counts per
 * (method, address, port, status, error_type) are exact; a failure's error_type is the exception
 * class the application itself saw. Every request the server got carries the header the agent was
 * told to add ({@code obs.debug.client.header}), proving the bridge's header hook reaches the wire.
 * On JDK 17 here, on JDK 25 in {@link HttpClientJdk25IT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpClientIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String HEADER = "X-Obs-Test";
  private static final String METRIC = "http_client_request_duration_seconds_count";

  private static final Map<String, String> OKHTTP_JARS = Map.of(
      "http-client", "okhttp-4.", "http-client-okhttp3", "okhttp-3.", "http-client-okhttp5", "okhttp-jvm-5.");

  private final Map<String, ControlledApp> apps = new HashMap<>();

  /** The JDK the app runs on; {@link HttpClientJdk25IT} overrides it. */
  Jdk jdk() {
    return Jdk.JDK17;
  }

  /** The app of that module, started on first use, with the OkHttp jar the module is about. */
  private ControlledApp app(String module) {
    return apps.computeIfAbsent(module, m -> {
      ControlledApp app = ControlledApp.start(AppProcess.builder(m, "io.obs.it.httpclient.HttpClientApp").jdk(jdk())
          .property("obs.debug.client.header", HEADER + ":it-value"), "http-client app ready", TIMEOUT);
      assertTrue(app.process.output().contains("/" + OKHTTP_JARS.get(m)), app.process.output());
      return app;
    });
  }

  @AfterAll
  void stop() {
    apps.values().forEach(ControlledApp::close);
  }

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource({"http-client, apache4", "http-client, apache5", "http-client, apache5-async", "http-client, okhttp", "http-client, okhttp-async",
      "http-client, urlconnection", "http-client, jdk", "http-client, jdk-async",
      "http-client-okhttp3, okhttp", "http-client-okhttp3, okhttp-async",
      "http-client-okhttp5, okhttp", "http-client-okhttp5, okhttp-async"})
  void exactCountsAndTheInjectedHeader(String module, String client) throws IOException {
    ControlledApp app = app(module);
    Target target = new Target();
    try {
      Map<String, Long> before = seen(Scrape.of(app.agent + "/metrics"), target); // a port an earlier case used
      String base = "http://127.0.0.1:" + target.port;
      for (int i = 0; i < 3; i++) {
        assertEquals("status 200", get(app, client, "http://it-user:it-secret@127.0.0.1:" + target.port + "/ok"));
      }
      assertEquals("status 500", get(app, client, base + "/fail"));
      assertEquals("status 500", get(app, client, base + "/fail"));
      assertEquals("status 404", get(app, client, base + "/missing"));
      String refused = error(get(app, client, "http://127.0.0.1:" + target.closedPort + "/ok"));
      String timeout = error(get(app, client, base + "/slow"));

      Map<String, Long> expected = new TreeMap<>(Map.of(
          target.port + "|200|", 3L, target.port + "|500|500", 2L, target.port + "|404|404", 1L,
          target.closedPort + "||" + refused, 1L, target.port + "||" + timeout, 1L));
      Scrape scrape = Scrape.of(app.agent + "/metrics");
      assertEquals(expected, minus(seen(scrape, target), before), app.process.output());
      assertEquals(7, target.requests.get());
      assertEquals(7, target.withHeader.get(), "requests carrying " + HEADER);
      assertFalse(scrape.text().contains("it-secret") || scrape.text().contains("it-user"), scrape.text());
      assertFalse(app.process.output().contains("it-secret"), app.process.output());
      assertEquals(0.0, scrape.sum("obs_agent_errors_total"), scrape.text());
    } finally {
      target.close();
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

  /** "port|status|error_type" → count, for the ports of {@code target}; all GET to 127.0.0.1. */
  private static Map<String, Long> seen(Scrape scrape, Target target) {
    Map<String, Long> counts = new TreeMap<>();
    for (Scrape.Sample s : scrape.samples(METRIC)) {
      String port = s.labels.get("server_port");
      if (port.equals(String.valueOf(target.port)) || port.equals(String.valueOf(target.closedPort))) {
        assertEquals("GET", s.labels.get("http_request_method"), s.toString());
        assertEquals("127.0.0.1", s.labels.get("server_address"), s.toString());
        counts.put(port + "|" + s.labels.get("http_response_status_code") + "|" + s.labels.get("error_type"), (long) s.value);
      }
    }
    return counts;
  }

  /** A JDK HttpServer answering /ok 200, /fail 500, /slow 200 after 1.5 s, else 404; and a closed port. */
  private static final class Target implements AutoCloseable {
    final HttpServer server;
    final int port;
    final int closedPort = Ports.free();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger withHeader = new AtomicInteger();

    Target() {
      try {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext("/", exchange -> {
        requests.incrementAndGet();
        if ("it-value".equals(exchange.getRequestHeaders().getFirst(HEADER))) {
          withHeader.incrementAndGet();
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/slow")) {
          sleep(1500);
        }
        int status = path.equals("/ok") || path.equals("/slow") ? 200 : path.equals("/fail") ? 500 : 404;
        byte[] body = ("answer " + status).getBytes(StandardCharsets.UTF_8);
        try {
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
        } catch (IOException clientGone) {
          // the read timeout hung up
        }
        exchange.close();
      });
      server.start();
      port = server.getAddress().getPort();
    }

    private static void sleep(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
