package io.obs.agent.trace;

import io.obs.agent.metrics.HttpMethods;
import io.obs.agent.redact.Redactor;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;

/** SERVER spans of the servlet instrumentation, per the stable HTTP semantic conventions. */
public final class ServerSpans {

  private ServerSpans() {}

  /**
   * Starts the span of a request as a child of what the caller propagated.
   *
   * @param route the route template, or null when unknown (the span is then named by the method alone)
   * @return {@code parent} (with its baggage) plus the new span; the root context when tracing is off
   */
  public static Context start(Tracing tracing, Redactor redactor, String[] headerValues, String method, int methodIndex,
      String route) {
    if (!tracing.enabled()) {
      return Context.root();
    }
    Context parent = tracing.extract(headerValues);
    String knownMethod = methodIndex == HttpMethods.OTHER ? null : HttpMethods.label(methodIndex);
    Span span = tracing.tracer().spanBuilder(name(knownMethod, route))
        .setParent(parent)
        .setSpanKind(SpanKind.SERVER)
        .startSpan();
    if (span.isRecording()) {
      HttpSpans.method(span, method, knownMethod);
      if (route != null) {
        span.setAttribute(SemConv.HTTP_ROUTE, route);
      }
      String userAgent = Tracing.userAgent(headerValues);
      if (userAgent != null) {
        span.setAttribute(SemConv.USER_AGENT, redactor.redact(userAgent));
      }
    }
    return parent.with(span);
  }

  /** What only a recording span needs, read from the request on demand; the query {@link Redactor#query redacted}. */
  public static void details(Span span, Redactor redactor, String path, String query, String scheme, String serverName, int serverPort,
      String clientAddress, String protocol) {
    span.setAttribute(SemConv.URL_PATH, path);
    if (query != null && !query.isEmpty()) {
      span.setAttribute(SemConv.URL_QUERY, redactor.query(query));
    }
    span.setAttribute(SemConv.URL_SCHEME, scheme);
    span.setAttribute(SemConv.SERVER_ADDRESS, serverName);
    if (serverPort > 0) {
      span.setAttribute(SemConv.SERVER_PORT, serverPort);
    }
    span.setAttribute(SemConv.CLIENT_ADDRESS, clientAddress);
    String version = HttpSpans.protocolVersion(protocol);
    if (version != null) {
      span.setAttribute(SemConv.NETWORK_PROTOCOL_VERSION, version);
    }
  }

  /**
   * Ends the span: 5xx and exceptions are errors (client errors are not, for a server).
   *
   * @param route the route finally recorded (a legacy 404 folds to {@code <context>/*}), null if unknown
   */
  public static void end(Span span, Redactor redactor, int methodIndex, String route, int status, Throwable error) {
    if (span.isRecording()) {
      if (route != null) {
        span.setAttribute(SemConv.HTTP_ROUTE, route);
        span.updateName(name(methodIndex == HttpMethods.OTHER ? null : HttpMethods.label(methodIndex), route));
      }
      HttpSpans.outcome(span, redactor, status, error, 500);
    }
    span.end();
  }

  static String name(String knownMethod, String route) {
    String method = knownMethod == null ? "HTTP" : knownMethod;
    return route == null ? method : method + " " + route;
  }
}
