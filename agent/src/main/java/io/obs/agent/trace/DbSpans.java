package io.obs.agent.trace;

import io.obs.agent.db.DbTarget;
import io.obs.agent.db.SqlShape;
import io.obs.agent.redact.Redactor;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import java.util.concurrent.TimeUnit;

/**
 * CLIENT spans of JDBC executions, made when the execution has ended (the SQL of a statement is
 * only certain then) with the start time it really had: one span per outermost execute, child of
 * the current span.
 */
public final class DbSpans {

  private DbSpans() {}

  /** Starts (back-dated by {@code durationNanos}) the span of an execution that ended now; end it with {@link #end}. */
  public static Span start(Tracing tracing, DbTarget target, SqlShape shape, long endEpochNanos, long durationNanos) {
    if (!tracing.enabled()) {
      return Span.getInvalid();
    }
    Span span = tracing.tracer().spanBuilder(name(target, shape))
        .setSpanKind(SpanKind.CLIENT)
        .setStartTimestamp(endEpochNanos - durationNanos, TimeUnit.NANOSECONDS)
        .startSpan();
    if (span.isRecording()) {
      span.setAttribute(SemConv.DB_SYSTEM_NAME, target.system().label());
      setIfPresent(span, SemConv.DB_NAMESPACE, target.namespace());
      setIfPresent(span, SemConv.DB_QUERY_TEXT, shape.queryText());
      setIfPresent(span, SemConv.DB_OPERATION_NAME, shape.operation());
      setIfPresent(span, SemConv.DB_COLLECTION_NAME, shape.collection());
      setIfPresent(span, SemConv.SERVER_ADDRESS, target.address());
      if (target.port() > 0) {
        span.setAttribute(SemConv.SERVER_PORT, target.port());
      }
    }
    return span;
  }

  public static void end(Span span, Redactor redactor, Throwable error, long endEpochNanos) {
    if (error != null && span.isRecording()) {
      span.setAttribute(SemConv.ERROR_TYPE, error.getClass().getName());
      SpanExceptions.record(span, redactor, error);
      span.setStatus(StatusCode.ERROR);
    }
    span.end(endEpochNanos, TimeUnit.NANOSECONDS);
  }

  /** {@code SELECT users}, {@code SELECT}, else the namespace, else the system, as the conventions say. */
  static String name(DbTarget target, SqlShape shape) {
    if (!shape.operation().isEmpty()) {
      return shape.collection().isEmpty() ? shape.operation() : shape.operation() + " " + shape.collection();
    }
    return target.namespace() != null ? target.namespace() : target.system().label();
  }

  private static void setIfPresent(Span span, io.opentelemetry.api.common.AttributeKey<String> key, String value) {
    if (value != null && !value.isEmpty()) {
      span.setAttribute(key, value);
    }
  }
}
