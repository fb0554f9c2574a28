package io.obs.agent.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import io.obs.agent.Await;
import io.obs.agent.TestRedactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogTest {

  private final CounterDataPoint dropped = Counter.builder().name("dropped").build().labelValues();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Collects lines; can hold the writer inside write(). */
  private static final class Lines implements EventSink {
    final List<String> lines = new ArrayList<>();
    volatile CountDownLatch hold;
    final CountDownLatch entered = new CountDownLatch(1);

    @Override
    public void write(byte[] bytes, int length) throws java.io.IOException {
      entered.countDown();
      CountDownLatch h = hold;
      if (h != null) {
        try {
          h.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          throw new java.io.InterruptedIOException();
        }
      }
      synchronized (lines) {
        lines.add(new String(bytes, 0, length, StandardCharsets.UTF_8));
      }
    }

    @Override
    public void flush() {}

    int count() {
      synchronized (lines) {
        return lines.size();
      }
    }
  }


  private EventLog log(EventSink sink, int capacity) {
    return new EventLog(sink, new EventFormat("svc", TestRedactor.standard()), capacity, dropped, new PrintStream(err));
  }

  @Test
  void eventsAreWrittenInOrderWithTheSpansIds() {
    Lines sink = new Lines();
    EventLog log = log(sink, 100);
    SpanContext span = SpanContext.create("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", TraceFlags.getSampled(),
        TraceState.getDefault());
    log.emit(EventLog.WARN, "db.query.slow", span, "db.query.text", "SELECT ?");
    log.emit(EventLog.INFO, "agent.started", null, "endpoint", "none");
    Await.until("two lines", () -> sink.count() == 2);
    assertTrue(sink.lines.get(0).contains("\"event\":\"db.query.slow\",\"service.name\":\"svc\",\"trace_id\":"
        + "\"0af7651916cd43dd8448eb211c80319c\",\"span_id\":\"b7ad6b7169203331\",\"db.query.text\":\"SELECT ?\"}"),
        sink.lines.get(0));
    assertTrue(sink.lines.get(1).contains("\"event\":\"agent.started\",\"service.name\":\"svc\",\"endpoint\":\"none\"}"),
        sink.lines.get(1));
  }

  @Test
  void aFullQueueDropsAndCountsWithoutBlockingTheCaller() throws InterruptedException {
    Lines sink = new Lines();
    sink.hold = new CountDownLatch(1);
    EventLog log = log(sink, 3);
    log.emit(EventLog.INFO, "first", null, "n", 1);
    assertTrue(sink.entered.await(10, TimeUnit.SECONDS)); // the writer holds "first"
    for (int i = 0; i < 10; i++) {
      log.emit(EventLog.INFO, "more", null, "n", i);
    }
    assertEquals(7.0, dropped.get());
    sink.hold.countDown();
    Await.until("the 4 kept events", () -> sink.count() == 4);
  }

  @Test
  void noneWritesNothing() {
    EventLog.none().emit(EventLog.ERROR, "x", null, "n", 1);
    assertEquals(false, EventLog.none().enabled());
  }

  @Test
  void aFileRotatesBySizeAndKeepsMaxFiles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("logs/events.jsonl");
    EventSink sink = EventSink.rotatingFile(file, 1024, 3);
    byte[] line = ("{\"n\":\"" + "x".repeat(290) + "\"}\n").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 10; i++) {
      sink.write(line, line.length);
    }
    sink.flush();
    // 3 lines fit in 1024 bytes: lines 4-6 went to .2, 7-9 to .1, line 10 is in the current file
    assertEquals(line.length, Files.size(file));
    assertEquals(3 * line.length, Files.size(dir.resolve("logs/events.jsonl.1")));
    assertEquals(3 * line.length, Files.size(dir.resolve("logs/events.jsonl.2")));
    assertTrue(Files.notExists(dir.resolve("logs/events.jsonl.3")));
  }
}
