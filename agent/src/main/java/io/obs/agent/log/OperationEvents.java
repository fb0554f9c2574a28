package io.obs.agent.log;

import io.obs.agent.db.DbTarget;
import io.obs.agent.db.SqlShape;
import io.opentelemetry.api.trace.SpanContext;

/**
 * Events about what the application calls: {@code db.query.slow} (above {@code obs.jdbc.slow.threshold},
 * with the sanitised SQL) and {@code http.client.error} (an exception, or a 5xx answer).
 */
public final class OperationEvents {

  private final EventLog log;
  private final long slowQueryNanos;

  public OperationEvents(EventLog log, long slowQueryMillis) {
    this.log = log;
    this.slowQueryNanos = slowQueryMillis * 1_000_000L;
  }

  public void queryEnded(SpanContext span, DbTarget target, SqlShape shape, Throwable error, long durationNanos) {
    if (durationNanos <= slowQueryNanos || !log.enabled()) {
      return;
    }
    log.emit(EventLog.WARN, "db.query.slow", span, "db.system.name", target.system().label(),
        "db.namespace", target.namespace(), "db.operation.name", blankToNull(shape.operation()),
        "db.collection.name", blankToNull(shape.collection()), "db.query.text", shape.queryText(),
        "duration_ms", durationNanos / 1_000_000.0, "error.type", error == null ? null : error.getClass().getName());
  }

  /** @param status the status, or a value below 100 when there was no response */
  public void clientEnded(SpanContext span, String method, String address, int port, int status, Throwable error,
      long durationNanos) {
    if (error == null && status < 500 || !log.enabled()) {
      return;
    }
    Object[] base = {"http.request.method", method, "server.address", address, "server.port", port > 0 ? port : null,
        "http.response.status_code", status >= 100 ? status : null, "duration_ms", durationNanos / 1_000_000.0,
        "error.type", error != null ? error.getClass().getName() : Integer.toString(status)};
    log.emit(EventLog.ERROR, "http.client.error", span,
        error == null ? base : RequestEvents.concat(base, RequestEvents.exceptionAttributes(error)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
