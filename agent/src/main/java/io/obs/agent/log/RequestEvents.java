package io.obs.agent.log;

import io.obs.agent.util.StackTraces;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which server requests get an {@code http.server.request} event ({@code obs.log.requests}):
 * {@code errors} = 5xx and exceptions (ERROR), {@code slow} = above {@code obs.log.slow.threshold}
 * (WARN), {@code all} = every request, ordinary ones (INFO) sampled by {@code obs.log.requests.sample}.
 */
public final class RequestEvents {

  private final EventLog log;
  private final boolean errors;
  private final boolean slow;
  private final boolean all;
  private final double sample;
  private final long slowNanos;

  public RequestEvents(EventLog log, Set<String> which, double sample, long slowMillis) {
    this.log = log;
    this.all = which.contains("all");
    this.errors = all || which.contains("errors");
    this.slow = all || which.contains("slow");
    this.sample = sample;
    this.slowNanos = slowMillis * 1_000_000L;
  }

  /** The level of the event a request gets, or null for none. Cheap: called for every request. */
  String level(int status, Throwable error, long durationNanos) {
    if (!log.enabled()) {
      return null;
    }
    if (error != null || status >= 500) {
      return errors ? EventLog.ERROR : null;
    }
    if (durationNanos > slowNanos) {
      return slow ? EventLog.WARN : null;
    }
    return all && (sample >= 1.0 || ThreadLocalRandom.current().nextDouble() < sample) ? EventLog.INFO : null;
  }

  /** @param route null when unknown */
  public void ended(SpanContext span, String method, String route, int status, Throwable error, long durationNanos) {
    String level = level(status, error, durationNanos);
    if (level == null) {
      return;
    }
    Object[] base = {"http.request.method", method, "http.route", route, "http.response.status_code", status,
        "duration_ms", durationNanos / 1_000_000.0, "error.type", error != null ? error.getClass().getName()
        : status >= 500 ? Integer.toString(status) : null};
    log.emit(level, "http.server.request", span, error == null ? base : concat(base, exceptionAttributes(error)));
  }

  /** {@code exception.type}, {@code exception.message}, {@code exception.stacktrace} (bounded) for an event. */
  static Object[] exceptionAttributes(Throwable error) {
    return new Object[] {"exception.type", error.getClass().getName(), "exception.message", error.getMessage(),
        "exception.stacktrace", StackTraces.bounded(error)};
  }

  static Object[] concat(Object[] a, Object[] b) {
    Object[] all = new Object[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
