package io.obs.agent.client;

import io.obs.agent.log.OperationEvents;
import io.obs.agent.metrics.HttpClientMetrics;
import io.obs.agent.metrics.HttpMethods;
import io.obs.agent.redact.Redactor;
import io.obs.agent.trace.ClientSpans;
import io.obs.agent.trace.Tracing;
import io.obs.agent.util.WeakIdentityMap;
import io.opentelemetry.context.Scope;

/**
 * Turns what HTTP-client advice reports into {@code http_client_request_duration_seconds} and
 * CLIENT spans, and gives each request the headers that carry its span to the next hop.
 */
public final class HttpClientRecorder {

  private static final int MAX_PREPARED = 10_000;
  private final UrlConnectionSends urlConnections = new UrlConnectionSends(this);

  private final HttpClientMetrics metrics;
  private final String[] debugHeaders;
  private final Tracing tracing;
  private final OperationEvents events;
  private final Redactor redactor;
  /** OkHttp calls made but not sent yet → their token. */
  private final WeakIdentityMap<ClientRequest> prepared = new WeakIdentityMap<>(MAX_PREPARED);

  /** @param debugHeaders name/value pairs every outgoing request gets, see {@link #debugHeaders(String)} */
  public HttpClientRecorder(HttpClientMetrics metrics, String[] debugHeaders, Tracing tracing, OperationEvents events,
      Redactor redactor) {
    this.metrics = metrics;
    this.debugHeaders = debugHeaders.clone();
    this.tracing = tracing;
    this.events = events;
    this.redactor = redactor;
  }

  /**
   * The pairs of {@code obs.debug.client.header} ({@code name:value}), a debugging aid that proves
   * the agent reaches into outgoing requests; empty when unset or without a ':'.
   */
  public static String[] debugHeaders(String setting) {
    int colon = setting == null ? -1 : setting.indexOf(':');
    if (colon <= 0) {
      return new String[0];
    }
    return new String[] {setting.substring(0, colon).trim(), setting.substring(colon + 1).trim()};
  }

  public Object start(String method, String scheme, String host, int port) {
    int methodIndex = HttpMethods.index(method);
    String address = ClientTarget.address(host);
    int effectivePort = ClientTarget.port(scheme, port);
    return new ClientRequest(System.nanoTime(), methodIndex, scheme, address, effectivePort,
        ClientSpans.start(tracing, method, methodIndex, address, effectivePort));
  }

  /** The headers to add to the request of {@code token}: its trace context, then the debug header. */
  public String[] headers(Object token) {
    String[] trace = tracing.inject(((ClientRequest) token).span);
    if (debugHeaders.length == 0) {
      return trace;
    }
    String[] all = new String[trace.length + debugHeaders.length];
    System.arraycopy(trace, 0, all, 0, trace.length);
    System.arraycopy(debugHeaders, 0, all, trace.length, debugHeaders.length);
    return all;
  }

  public boolean recording(Object token) {
    return ((ClientRequest) token).span.isRecording();
  }

  public void url(Object token, String url) {
    ClientRequest request = (ClientRequest) token;
    ClientSpans.url(request.span, redactor, url, request.scheme, request.address, request.port);
  }

  /** OkHttp: the token made with the call, sent later. */
  public void bind(Object token, Object call) {
    prepared.put(call, (ClientRequest) token);
  }

  /** OkHttp: the send of {@code call} starts now; a call made before the agent was ready gets a new token. */
  public Object resume(Object call, String method, String scheme, String host, int port) {
    ClientRequest request = prepared.remove(call);
    if (request == null) {
      return start(method, scheme, host, port);
    }
    request.startNanos = System.nanoTime();
    return request;
  }

  public void end(Object token, int status, Throwable error) {
    finish((ClientRequest) token, ((ClientRequest) token).methodIndex, null, status, error);
  }

  /** {@link #end} with the method as it is at the end, not at the start (HttpURLConnection). */
  void end(Object token, String method, int status, Throwable error) {
    finish((ClientRequest) token, HttpMethods.index(method), method, status, error);
  }

  private void finish(ClientRequest request, int methodIndex, String finalMethod, int status, Throwable error) {
    long duration = System.nanoTime() - request.startNanos;
    try (Scope exemplar = request.span.isRecording() ? request.span.makeCurrent() : null) {
      metrics.record(methodIndex, request.address, request.port, status, error, duration);
    }
    events.clientEnded(request.span.getSpanContext(), HttpMethods.label(methodIndex), request.address,
        request.port, status, error, duration);
    if (finalMethod != null) {
      ClientSpans.method(request.span, finalMethod, methodIndex);
    }
    ClientSpans.end(request.span, redactor, status, error);
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
