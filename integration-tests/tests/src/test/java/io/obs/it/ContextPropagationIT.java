package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.obs.it.OtlpReceiver.ReceivedSpan;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Work handed to other threads (apps/context) runs in the trace context it was handed over in: the
 * outgoing call each piece of work makes is a child of the request's SERVER span, on JDK 17 and 25;
 * and a pooled thread that ran such work carries nothing into a task submitted without context.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextPropagationIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final List<String> FANOUT = List.of("execute", "submit", "invokeAll", "schedule", "forkJoin",
      "supplyAsync", "thenApplyAsync", "sendAsync", "sendAsyncCallback");

  private OtlpReceiver receiver;

  @BeforeAll
  void startReceiver() throws IOException {
    receiver = OtlpReceiver.start();
  }

  @AfterAll
  void stopReceiver() {
    receiver.close();
  }

  private AppProcess start(Jdk jdk, int port, int agentPort) {
    AppProcess app = AppProcess.builder("context", "io.obs.it.context.ContextApp").jdk(jdk)
        .property("obs.service.name", "context-" + jdk.name().toLowerCase())
        .property("obs.server.port", agentPort)
        .property("obs.exporter.otlp.endpoint", receiver.endpoint())
        .property("obs.traces.export.delay", "100ms")
        .args(Integer.toString(port)).start();
    Poll.until(TIMEOUT, "context app ready", () -> {
      if (!app.isAlive()) {
        throw new AssertionError("exited:\n" + app.output());
      }
      return Http.status("http://127.0.0.1:" + agentPort + "/health/ready") == 200;
    });
    return app;
  }

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void workOnOtherThreadsIsPartOfTheRequestsTrace(Jdk jdk) {
    int port = Ports.free();
    try (AppProcess app = start(jdk, port, Ports.free())) {
      String id = jdk.name();
      String base = "http://127.0.0.1:" + port;
      assertEquals(200, Http.status(base + "/fanout?id=" + id), app::output);
      assertEquals(200, Http.status(base + "/async?id=" + id), app::output);
      assertEquals(200, Http.status(base + "/detached?id=" + id), app::output);

      ReceivedSpan fanout = serverSpan("id=" + id, "GET /fanout");
      for (String from : FANOUT) {
        assertChildCall(fanout, from, id);
      }
      assertChildCall(serverSpan("id=" + id, "GET /async"), "asyncStart", id);
      for (String from : List.of("detachedSubmit", "detachedExecute")) {
        ReceivedSpan call = clientSpan(from, id);
        assertEquals("", call.parentSpanId(), from + " ran without context, so its call starts a trace");
      }
    }
  }

  /** The CLIENT span of /ping?from=..&id=.. is a child of {@code parent}; the /ping SERVER span a child of it. */
  private void assertChildCall(ReceivedSpan parent, String from, String id) {
    ReceivedSpan call = clientSpan(from, id);
    assertEquals(parent.traceId(), call.traceId(), from);
    assertEquals(parent.spanId(), call.parentSpanId(), from);
    ReceivedSpan ping = serverSpan("from=" + from + "&id=" + id, "GET /ping");
    assertEquals(call.spanId(), ping.parentSpanId(), from);
  }

  private ReceivedSpan clientSpan(String from, String id) {
    String suffix = "/ping?from=" + from + "&id=" + id;
    return await("CLIENT span of " + suffix, s -> s.kind().equals("CLIENT")
        && String.valueOf(s.attribute("url.full")).endsWith(suffix));
  }

  private ReceivedSpan serverSpan(String query, String name) {
    return await(name + "?" + query, s -> s.kind().equals("SERVER") && name.equals(s.name())
        && query.equals(s.attribute("url.query")));
  }

  private ReceivedSpan await(String what, java.util.function.Predicate<ReceivedSpan> which) {
    Poll.until(TIMEOUT, what, () -> receiver.spans().stream().anyMatch(which));
    List<ReceivedSpan> found = receiver.spans().stream().filter(which).collect(Collectors.toList());
    assertEquals(1, found.size(), found::toString);
    return found.get(0);
  }
}
