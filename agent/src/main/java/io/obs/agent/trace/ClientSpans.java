package io.obs.agent.trace;

import io.obs.agent.metrics.HttpMethods;
import io.obs.agent.redact.Redactor;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;

/** CLIENT spans of the HTTP-client instrumentation, children of the current span. */
public final class ClientSpans {

  private ClientSpans() {}

  /** @param port the port the request goes to (the scheme's default filled in), -1 if unknown */
  public static Span start(Tracing tracing, String method, int methodIndex, String address, int port) {
    if (!tracing.enabled()) {
      return Span.getInvalid();
    }
    String knownMethod = methodIndex == HttpMethods.OTHER ? null : HttpMethods.label(methodIndex);
    Span span = tracing.tracer().spanBuilder(knownMethod == null ? "HTTP" : knownMethod)
        .setSpanKind(SpanKind.CLIENT)
        .startSpan();
    if (span.isRecording()) {
      if (method != null) {
        HttpSpans.method(span, method, knownMethod);
      }
      if (address != null) {
        span.setAttribute(SemConv.SERVER_ADDRESS, address);
      }
      if (port > 0) {
        span.setAttribute(SemConv.SERVER_PORT, port);
      }
    }
    return span;
  }

  /** The method as it finally was (HttpURLConnection: writing a body makes a GET a POST). */
  public static void method(Span span, String method, int methodIndex) {
    if (span.isRecording()) {
      String knownMethod = methodIndex == HttpMethods.OTHER ? null : HttpMethods.label(methodIndex);
      span.updateName(knownMethod == null ? "HTTP" : knownMethod);
      HttpSpans.method(span, method, knownMethod);
    }
  }

  /**
   * {@code url.full}, redacted.
   *
   * @param url absolute, or a path (Apache HttpClient) completed from scheme, address and port
   */
  public static void url(Span span, Redactor redactor, String url, String scheme, String address, int port) {
    if (url == null) {
      return;
    }
    String full = url;
    if (url.startsWith("/") && scheme != null && address != null) {
      boolean defaultPort = port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
      full = scheme + "://" + (address.indexOf(':') >= 0 ? "[" + address + "]" : address)
          + (defaultPort ? "" : ":" + port) + url;
    }
    span.setAttribute(SemConv.URL_FULL, redactor.url(full));
  }

  /** 4xx and 5xx are errors for a client; so is every exception (refused, timed out, TLS). */
  public static void end(Span span, Redactor redactor, int status, Throwable error) {
    if (span.isRecording()) {
      HttpSpans.outcome(span, redactor, status, error, 400);
    }
    span.end();
  }
}
