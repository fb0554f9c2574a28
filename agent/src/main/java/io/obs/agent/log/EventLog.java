package io.obs.agent.log;

import io.obs.agent.bootstrap.Bridge;
import io.obs.agent.util.BoundedQueue;
import io.opentelemetry.api.trace.SpanContext;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.locks.LockSupport;

/**
 * The structured event log: events are made on the application's threads, queued without a lock
 * (bounded: past it they are dropped and counted) and written as JSON lines by the daemon thread
 * {@code obs-agent-event-log}. What is still queued at JVM exit is written by a shutdown hook.
 */
public final class EventLog {

  public static final String INFO = "INFO";
  public static final String WARN = "WARN";
  public static final String ERROR = "ERROR";

  private static final EventLog NONE = new EventLog();

  private final BoundedQueue<Event> queue;
  private final CounterDataPoint dropped;
  private final EventFormat format;
  private final EventSink sink;
  private final PrintStream err;
  private final Thread writer;
  private boolean writeFailed;

  private EventLog() {
    queue = null;
    dropped = null;
    format = null;
    sink = null;
    err = null;
    writer = null;
  }

  EventLog(EventSink sink, EventFormat format, int capacity, CounterDataPoint dropped, PrintStream err) {
    this.queue = new BoundedQueue<>(capacity);
    this.dropped = dropped;
    this.format = format;
    this.sink = sink;
    this.err = err;
    writer = new Thread(this::run, "obs-agent-event-log");
    writer.setDaemon(true);
    writer.start();
    Thread flush = new Thread(this::drain, "obs-agent-event-log-flush");
    flush.setDaemon(true);
    Runtime.getRuntime().addShutdownHook(flush);
  }

  /** Writes nothing ({@code obs.log.target=none}). */
  public static EventLog none() {
    return NONE;
  }

  public boolean enabled() {
    return queue != null;
  }

  /**
   * An event that belongs to {@code span} (null or invalid: to no span).
   *
   * @param attributes key, value, key, value...; null values are left out
   */
  public void emit(String level, String name, SpanContext span, Object... attributes) {
    if (queue == null || attributes == null) {
      return;
    }
    boolean valid = span != null && span.isValid();
    Event event = new Event(System.currentTimeMillis(), level, name, valid ? span.getTraceId() : null,
        valid ? span.getSpanId() : null, attributes);
    int queued = queue.offer(event);
    if (queued < 0) {
      dropped.inc();
    } else if (queued == 1) {
      LockSupport.unpark(writer);
    }
  }

  private void run() {
    Bridge.suppressOnThisThread();
    while (true) {
      if (queue.size() == 0) {
        LockSupport.parkNanos(this, 1_000_000_000L);
      }
      drain();
    }
  }

  /** The writer's line buffer, handed to the sink without a copy. */
  private static final class Line extends ByteArrayOutputStream {
    byte[] bytes() {
      return buf;
    }
  }

  private final Line line = new Line();

  private synchronized void drain() {
    try {
      for (Event event; (event = queue.poll()) != null; ) {
        line.reset();
        format.write(event, line);
        sink.write(line.bytes(), line.size());
      }
      sink.flush();
    } catch (IOException | RuntimeException e) {
      dropped.inc();
      if (!writeFailed) {
        writeFailed = true;
        err.println("obs-agent: cannot write the event log (" + e + "); events are dropped until it works again");
      }
    }
  }
}
