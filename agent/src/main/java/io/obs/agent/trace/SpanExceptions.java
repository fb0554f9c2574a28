package io.obs.agent.trace;

import io.obs.agent.redact.Redactor;
import io.obs.agent.util.StackTraces;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;

/**
 * The {@code exception} event of a span, as the semantic conventions name its attributes, with the
 * message and stack trace redacted (an exception message often quotes the input that failed: an
 * e-mail address, a key, a card number) and the trace bounded, instead of the SDK's raw
 * {@code recordException}.
 */
final class SpanExceptions {

  private static final AttributeKey<String> TYPE = AttributeKey.stringKey("exception.type");
  private static final AttributeKey<String> MESSAGE = AttributeKey.stringKey("exception.message");
  private static final AttributeKey<String> STACKTRACE = AttributeKey.stringKey("exception.stacktrace");

  private SpanExceptions() {}

  static void record(Span span, Redactor redactor, Throwable error) {
    String message = error.getMessage();
    span.addEvent("exception", Attributes.of(TYPE, error.getClass().getName(),
        MESSAGE, message == null ? null : redactor.redact(message),
        STACKTRACE, redactor.redact(StackTraces.bounded(error))));
  }
}
