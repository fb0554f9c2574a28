package io.obs.agent.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.prometheus.metrics.core.metrics.Counter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Set;
import io.obs.agent.TestRedactor;
import org.junit.jupiter.api.Test;

class RequestEventsTest {

  private static final long MS = 1_000_000L;
  private final EventLog log = new EventLog(EventSink.stream(new PrintStream(new ByteArrayOutputStream())),
      new EventFormat("svc", TestRedactor.standard()), 10, Counter.builder().name("d").build().labelValues(), System.err);

  @Test
  void byDefaultErrorsAndSlowRequestsOnly() {
    RequestEvents events = new RequestEvents(log, Set.of("errors", "slow"), 1.0, 1000);
    assertEquals(EventLog.ERROR, events.level(500, null, 5 * MS));
    assertEquals(EventLog.ERROR, events.level(200, new IllegalStateException(), 5 * MS));
    assertEquals(EventLog.WARN, events.level(200, null, 1001 * MS));
    assertNull(events.level(404, null, 5 * MS));
    assertNull(events.level(200, null, 1000 * MS));
  }

  @Test
  void allWithASampleOfNothingStillLogsErrorsAndSlowOnes() {
    RequestEvents events = new RequestEvents(log, Set.of("all"), 0.0, 1000);
    assertNull(events.level(200, null, 5 * MS));
    assertEquals(EventLog.ERROR, events.level(503, null, 5 * MS));
    assertEquals(EventLog.WARN, events.level(200, null, 2000 * MS));
    assertEquals(EventLog.INFO, new RequestEvents(log, Set.of("all"), 1.0, 1000).level(200, null, 5 * MS));
  }

  @Test
  void noneOrNoLogMeansNoEvents() {
    assertNull(new RequestEvents(log, Set.of(), 1.0, 1000).level(500, null, 5 * MS));
    assertNull(new RequestEvents(EventLog.none(), Set.of("all"), 1.0, 1000).level(500, null, 5 * MS));
  }
}
