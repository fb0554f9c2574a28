package io.obs.agent.client;

import io.obs.agent.metrics.HttpClientMetrics;
import io.obs.agent.metrics.HttpMethods;

/** Turns what HTTP-client advice reports into {@code http_client_request_duration_seconds}. */
public final class HttpClientRecorder {

  private final HttpClientMetrics metrics;
  private final String[] headers;
  private final UrlConnectionSends urlConnections = new UrlConnectionSends(this);

  /** @param headers name/value pairs every outgoing request gets, see {@link #headers(String)} */
  public HttpClientRecorder(HttpClientMetrics metrics, String[] headers) {
    this.metrics = metrics;
    this.headers = headers.clone();
  }

  /**
   * The pairs of {@code obs.debug.client.header} ({@code name:value}), a debugging aid that proves
   * the agent reaches into outgoing requests; empty when unset or without a ':'.
   */
  public static String[] headers(String setting) {
    int colon = setting == null ? -1 : setting.indexOf(':');
    if (colon <= 0) {
      return new String[0];
    }
    return new String[] {setting.substring(0, colon).trim(), setting.substring(colon + 1).trim()};
  }

  public Object start(String method, String scheme, String host, int port) {
    return new ClientRequest(System.nanoTime(), HttpMethods.index(method), ClientTarget.address(host),
        ClientTarget.port(scheme, port));
  }

  /** The headers to add; the same array every time, never to be changed by the caller. */
  public String[] headers() {
    return headers;
  }

  public void end(Object token, int status, Throwable error) {
    record((ClientRequest) token, ((ClientRequest) token).methodIndex, status, error);
  }

  /** {@link #end} with the method as it is at the end, not at the start. */
  void end(Object token, String method, int status, Throwable error) {
    record((ClientRequest) token, HttpMethods.index(method), status, error);
  }

  private void record(ClientRequest request, int methodIndex, int status, Throwable error) {
    metrics.record(methodIndex, request.address, request.port, status, error, System.nanoTime() - request.startNanos);
  }

  /** See {@link UrlConnectionSends#enter}. */
  public Object connectionSend(Object connection, boolean reading, boolean fresh, String scheme, String host, int port) {
    return urlConnections.enter(connection, reading, fresh, scheme, host, port);
  }

  /** See {@link UrlConnectionSends#exit}. */
  public void connectionSent(Object connection, Object token, boolean reading, String method, int status, Throwable error) {
    urlConnections.exit(connection, token, reading, method, status, error);
  }

  /** A callback of {@code callbackType} that ends {@code token} and calls {@code delegate}; null if not an interface. */
  public Object callback(Object token, Object delegate, Class<?> callbackType) {
    return ClientCallbacks.wrap(callbackType, delegate, (status, error) -> end(token, status, error));
  }
}
