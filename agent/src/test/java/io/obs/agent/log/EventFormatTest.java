package io.obs.agent.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import io.obs.agent.TestRedactor;
import org.junit.jupiter.api.Test;

class EventFormatTest {

  private static String line(Event event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EventFormat("shop", TestRedactor.standard()).write(event, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void oneJsonObjectPerLineWithTheContractFieldsFirst() throws IOException {
    Event event = new Event(1795640270519L, "ERROR", "http.server.request", "0af7651916cd43dd8448eb211c80319c",
        "b7ad6b7169203331", new Object[] {"http.request.method", "GET", "http.route", "/users/*",
            "http.response.status_code", 500, "duration_ms", 12.5, "error.type", null, "exception.message", "a \"quoted\"\nline"});
    assertEquals("{\"ts\":\"2026-11-25T20:57:50.519Z\",\"level\":\"ERROR\",\"event\":\"http.server.request\","
        + "\"service.name\":\"shop\",\"trace_id\":\"0af7651916cd43dd8448eb211c80319c\",\"span_id\":\"b7ad6b7169203331\","
        + "\"http.request.method\":\"GET\",\"http.route\":\"/users/*\",\"http.response.status_code\":500,"
        + "\"duration_ms\":12.5,\"exception.message\":\"a \\\"quoted\\\"\\nline\"}\n", line(event));
  }

  @Test
  void everyStringValueIsRedacted() throws IOException {
    String line = line(new Event(1, "ERROR", "x", null, null, new Object[] {"exception.message",
        "no account for bob@example.com, card 4111 1111 1111 1111"}));
    assertEquals("{\"ts\":\"1970-01-01T00:00:00.001Z\",\"level\":\"ERROR\",\"event\":\"x\",\"service.name\":\"shop\","
        + "\"exception.message\":\"no account for REDACTED, card REDACTED\"}\n", line);
  }

  @Test
  void noSpanNoIds() throws IOException {
    assertEquals("{\"ts\":\"1970-01-01T00:00:00.001Z\",\"level\":\"INFO\",\"event\":\"agent.started\",\"service.name\":\"shop\","
        + "\"config.problems\":0,\"ok\":true}\n",
        line(new Event(1, "INFO", "agent.started", null, null, new Object[] {"config.problems", 0L, "ok", true})));
  }
}
