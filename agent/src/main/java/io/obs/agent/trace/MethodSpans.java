package io.obs.agent.trace;

import io.obs.agent.redact.Redactor;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;

/**
 * INTERNAL spans of configured methods ({@code obs.methods}), children of the current span, named
 * {@code SimpleClassName.method}: {@code code.function.name} is the fully qualified method as the
 * current conventions say, {@code code.namespace} the class as older backends read it.
 */
public final class MethodSpans {

  static final AttributeKey<String> CODE_FUNCTION_NAME = AttributeKey.stringKey("code.function.name");
  static final AttributeKey<String> CODE_NAMESPACE = AttributeKey.stringKey("code.namespace");

  private MethodSpans() {}

  /** @param functionName {@code com.shop.OrderService.placeOrder} */
  public static Span start(Tracing tracing, String spanName, String className, String functionName) {
    Span span = tracing.tracer().spanBuilder(spanName).setSpanKind(SpanKind.INTERNAL).startSpan();
    if (span.isRecording()) {
      span.setAttribute(CODE_FUNCTION_NAME, functionName);
      span.setAttribute(CODE_NAMESPACE, className);
    }
    return span;
  }

  /** Ends {@code span}; when the method threw, with {@code error.type}, the redacted exception event and status ERROR. */
  public static void end(Span span, Redactor redactor, Throwable error) {
    if (error != null && span.isRecording()) {
      span.setAttribute(SemConv.ERROR_TYPE, error.getClass().getName());
      SpanExceptions.record(span, redactor, error);
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
  }
}
