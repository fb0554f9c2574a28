package io.obs.agent.client;

/** The token of one outgoing request between {@code clientStart} and {@code clientEnd}. */
final class ClientRequest {

  final long startNanos;
  final int methodIndex;
  final String address;
  final int port;

  ClientRequest(long startNanos, int methodIndex, String address, int port) {
    this.startNanos = startNanos;
    this.methodIndex = methodIndex;
    this.address = address;
    this.port = port;
  }
}
