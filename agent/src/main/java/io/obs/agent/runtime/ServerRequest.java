package io.obs.agent.runtime;

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

  ServerRequest(long startNanos, int methodIndex, String route, String legacyContextPath) {
    this.startNanos = startNanos;
    this.methodIndex = methodIndex;
    this.route = route;
    this.legacyContextPath = legacyContextPath;
  }
}
