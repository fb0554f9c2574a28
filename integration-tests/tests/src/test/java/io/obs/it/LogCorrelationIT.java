package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.obs.it.OtlpReceiver.ReceivedSpan;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The application's own log lines (apps/context: Logback behind an async appender, Log4j 2, both with
 * {@code %X{trace_id}} in the pattern) carry the ids of the exported SERVER span while it is current,
 * also on the pooled thread the request hands work to, and nothing on a thread without context.
 */
class LogCorrelationIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern LINE = Pattern.compile("^(LOGBACK|LOG4J) \\[(\\w*)] \\[(\\w*)] \\[(\\w*)] (\\w+) (\\w+)$",
      Pattern.MULTILINE);

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void logLinesCarryTheIdsOfTheCurrentSpan(Jdk jdk) throws IOException {
    int port = Ports.free();
    int agentPort = Ports.free();
    String id = "log" + jdk.name();
    try (OtlpReceiver receiver = OtlpReceiver.start();
         AppProcess app = AppProcess.builder("context", "io.obs.it.context.ContextApp").jdk(jdk)
             .property("obs.server.port", agentPort)
             .property("obs.exporter.otlp.endpoint", receiver.endpoint())
             .property("obs.traces.export.delay", "100ms")
             .property("obs.log.target", "none")
             .args(Integer.toString(port)).start()) {
      Poll.until(TIMEOUT, "context app ready", () -> Http.status("http://127.0.0.1:" + agentPort + "/health/ready") == 200);
      assertEquals(200, Http.status("http://127.0.0.1:" + port + "/log?id=" + id));
      Poll.until(TIMEOUT, "the /log span", () -> serverSpans(receiver, id).size() == 1);
      ReceivedSpan span = serverSpans(receiver, id).get(0);
      Poll.until(TIMEOUT, "6 log lines", () -> lines(app.output(), id).size() == 6);

      for (String[] line : lines(app.output(), id)) {
        String where = line[4];
        boolean inSpan = !where.equals("detached");
        assertEquals(inSpan ? span.traceId() : "", line[1], String.join(" ", line));
        assertEquals(inSpan ? span.spanId() : "", line[2], String.join(" ", line));
        assertEquals(inSpan ? String.format("%02x", span.flags() & 0xff) : "", line[3], String.join(" ", line));
      }
      assertEquals(List.of("LOG4J detached", "LOG4J pooled", "LOG4J request", "LOGBACK detached", "LOGBACK pooled",
          "LOGBACK request"), lines(app.output(), id).stream().map(l -> l[0] + " " + l[4]).sorted().collect(Collectors.toList()));
    }
  }

  private static List<ReceivedSpan> serverSpans(OtlpReceiver receiver, String id) {
    return receiver.spans().stream().filter(s -> s.kind().equals("SERVER") && ("id=" + id).equals(s.attribute("url.query")))
        .collect(Collectors.toList());
  }

  /** framework, trace id, span id, flags, where, id of each line about {@code id}. */
  private static List<String[]> lines(String output, String id) {
    Matcher m = LINE.matcher(output);
    List<String[]> lines = new java.util.ArrayList<>();
    while (m.find()) {
      if (m.group(6).equals(id)) {
        lines.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
      }
    }
    return lines;
  }
}
