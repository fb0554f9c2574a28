package io.obs.agent.client;

/**
 * {@code server.address} and {@code server.port} from what a client library reports. Advice hands
 * over the library's host accessor, which carries no user info; should a client ever hand over an
 * authority ({@code user:pass@host}), the credentials are cut off here, so they reach no label.
 */
final class ClientTarget {

  private ClientTarget() {}

  /** The host without user info or IPv6 brackets; "" when unknown. Allocates only when it must cut. */
  static String address(String host) {
    if (host == null) {
      return "";
    }
    int start = host.lastIndexOf('@') + 1;
    int end = host.length();
    if (end - start >= 2 && host.charAt(start) == '[' && host.charAt(end - 1) == ']') {
      start++;
      end--;
    }
    return start == 0 && end == host.length() ? host : host.substring(start, end);
  }

  /** The port, or the scheme's default when the client reports none (-1). */
  static int port(String scheme, int port) {
    if (port > 0 && port <= 65535) {
      return port;
    }
    return "https".equalsIgnoreCase(scheme) || "wss".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
