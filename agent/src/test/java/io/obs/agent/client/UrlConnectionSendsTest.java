package io.obs.agent.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.obs.agent.log.EventLog;
import io.obs.agent.log.OperationEvents;
import io.obs.agent.metrics.AgentMetrics;
import io.obs.agent.metrics.CardinalityGuard;
import io.obs.agent.metrics.HistogramCounts;
import io.obs.agent.metrics.HttpClientMetrics;
import io.obs.agent.redact.RedactionMetrics;
import io.obs.agent.redact.Redactor;
import io.obs.agent.trace.Tracing;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The calls an HttpURLConnection makes, in the orders applications make them. */
class UrlConnectionSendsTest {

  private static final boolean OPEN = false;
  private static final boolean READ = true;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final UrlConnectionSends sends = new UrlConnectionSends(new HttpClientRecorder(new HttpClientMetrics(registry,
      new CardinalityGuard(100, new AgentMetrics(registry, new PrintStream(OutputStream.nullOutputStream()))
          .overflowCounter(HttpClientMetrics.DURATION)), false), new String[0], Tracing.off(),
      new OperationEvents(EventLog.none(), 500),
      new Redactor(Set.of(), "REDACTED", List.of(), new RedactionMetrics(new PrometheusRegistry()))));
  private final Object connection = new Object();

  private Object enter(boolean reading, boolean fresh) {
    return sends.enter(connection, reading, fresh, "http", "api", 8080);
  }

  private Map<String, Long> counts() {
    return HistogramCounts.of(registry, HttpClientMetrics.DURATION, "http_request_method", "server_address", "server_port",
        "http_response_status_code", "error_type");
  }

  @Test
  void aGetIsOneReadTheFirstTimeOnly() {
    Object token = enter(READ, true);
    sends.exit(connection, token, READ, "GET", 200, null);
    assertNull(enter(READ, false), "the response was read");
    assertEquals(Map.of("GET|api|8080|200|", 1L), counts());
  }

  @Test
  void aPostSpansTheBodyAndEndsWithTheResponseAsAPost() {
    Object token = enter(OPEN, true); // getOutputStream
    sends.exit(connection, token, OPEN, "POST", -1, null);
    assertEquals(Map.of(), counts());
    assertSame(token, enter(READ, true)); // getResponseCode
    sends.exit(connection, token, READ, "POST", 201, null);
    assertEquals(Map.of("POST|api|8080|201|", 1L), counts());
  }

  @Test
  void connectThenWriteThenReadIsOneSend() {
    Object token = enter(OPEN, true); // connect()
    sends.exit(connection, token, OPEN, "PUT", -1, null);
    assertSame(token, enter(OPEN, false)); // getOutputStream on a connected connection
    sends.exit(connection, token, OPEN, "PUT", -1, null);
    assertSame(token, enter(READ, true));
    sends.exit(connection, token, READ, "PUT", 204, null);
    assertNull(enter(OPEN, false), "connected and read: nothing left to send");
    assertEquals(Map.of("PUT|api|8080|204|", 1L), counts());
  }

  @Test
  void aRefusedConnectCountsOnceWhateverComesNext() {
    Object token = enter(OPEN, true);
    assertNotNull(token);
    sends.exit(connection, token, OPEN, "GET", -1, new ConnectException());
    assertNull(enter(OPEN, true), "connect() again");
    assertNull(enter(READ, true), "getResponseCode() after all");
    assertEquals(Map.of("GET|api|8080||java.net.ConnectException", 1L), counts());
  }
}
