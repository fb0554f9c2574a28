package io.obs.agent.client;

import io.opentelemetry.api.trace.Span;

/** The token of one outgoing request between {@code clientStart} and {@code clientEnd}. */
final class ClientRequest {

  /** Restarted when a prepared send (OkHttp) really starts. */
  volatile long startNanos;
  final int methodIndex;
  final String scheme;
  final String address;
  final int port;
  final Span span;

  ClientRequest(long startNanos, int methodIndex, String scheme, String address, int port, Span span) {
    this.startNanos = startNanos;
    this.methodIndex = methodIndex;
    this.scheme = scheme;
    this.address = address;
    this.port = port;
    this.span = span;
  }
}
