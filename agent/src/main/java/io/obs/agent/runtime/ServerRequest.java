package io.obs.agent.runtime;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;

/** The token of one server request between {@code serverStart} and {@code serverEnd}. */
final class ServerRequest {

  final long startNanos;
  final int methodIndex;
  /** Null when the route namer was full: recorded under _OTHER. */
  final String route;

  /**
   * Set for javax.servlet 3.x requests, whose route is the servlet path: a 404 there is usually an
   * unmapped path served by the default servlet, so it is recorded under {@code <context>/*}.
   */
  final String legacyContextPath;

  final Span span;
  /** The span made current on the request thread; closed when that thread leaves the request. */
  Scope scope;

  /** Known when the span records (the server details were read); for {@code auth.denied}. */
  String clientAddress;
  /** A {@code request.login} of this request failed, so its 401/403 is no separate {@code auth.denied}. */
  boolean loginFailed;

  ServerRequest(long startNanos, int methodIndex, String route, String legacyContextPath, Span span, Scope scope) {
    this.startNanos = startNanos;
    this.methodIndex = methodIndex;
    this.route = route;
    this.legacyContextPath = legacyContextPath;
    this.span = span;
    this.scope = scope;
  }

  /** The request thread leaves the request (it ended, or went asynchronous). */
  void leaveThread() {
    Scope s = scope;
    if (s != null) {
      scope = null;
      s.close();
    }
  }
}
