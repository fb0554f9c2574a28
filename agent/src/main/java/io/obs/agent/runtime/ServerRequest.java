package io.obs.agent.runtime;

/** The token of one server request between {@code serverStart} and {@code serverEnd}. */
final class ServerRequest {

  final long startNanos;
  final int methodIndex;
  /** Null when the route namer was full: recorded under _OTHER. */
  final String route;

  ServerRequest(long startNanos, int methodIndex, String route) {
    this.startNanos = startNanos;
    this.methodIndex = methodIndex;
    this.route = route;
  }
}
