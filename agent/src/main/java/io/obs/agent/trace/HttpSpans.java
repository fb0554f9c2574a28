package io.obs.agent.trace;

import io.obs.agent.redact.Redactor;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;

/** What server and client HTTP spans share: method, outcome, protocol version. */
final class HttpSpans {

  private HttpSpans() {}

  static void method(Span span, String method, String knownMethod) {
    if (knownMethod != null) {
      span.setAttribute(SemConv.HTTP_REQUEST_METHOD, knownMethod);
    } else {
      span.setAttribute(SemConv.HTTP_REQUEST_METHOD, "_OTHER");
      span.setAttribute(SemConv.HTTP_REQUEST_METHOD_ORIGINAL, method);
    }
  }

  /**
   * Status code, {@code error.type} (the exception class, else the status code from
   * {@code errorFrom} on) and span status; an exception also becomes an exception event.
   *
   * @param status the status code, or a value below 100 when there was no response
   */
  static void outcome(Span span, Redactor redactor, int status, Throwable error, int errorFrom) {
    if (status >= 100) {
      span.setAttribute(SemConv.HTTP_RESPONSE_STATUS_CODE, status);
    }
    if (error != null) {
      span.setAttribute(SemConv.ERROR_TYPE, error.getClass().getName());
      SpanExceptions.record(span, redactor, error);
      span.setStatus(StatusCode.ERROR);
    } else if (status >= errorFrom) {
      span.setAttribute(SemConv.ERROR_TYPE, Integer.toString(status));
      span.setStatus(StatusCode.ERROR);
    }
  }

  /** {@code HTTP/1.1} → {@code 1.1}, {@code HTTP/2.0} → {@code 2}; null when not HTTP. */
  static String protocolVersion(String protocol) {
    if (protocol == null || !protocol.startsWith("HTTP/")) {
      return null;
    }
    String version = protocol.substring(5);
    return version.endsWith(".0") && !version.startsWith("1") ? version.substring(0, version.length() - 2) : version;
  }
}
