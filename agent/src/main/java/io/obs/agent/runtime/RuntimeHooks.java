package io.obs.agent.runtime;

import io.obs.agent.auth.AuthRecorder;
import io.obs.agent.bootstrap.AgentHooks;
import io.obs.agent.client.HttpClientRecorder;
import io.obs.agent.db.JdbcRecorder;
import io.obs.agent.health.ServingCheck;
import io.obs.agent.log.RequestEvents;
import io.obs.agent.methods.MethodRecorder;
import io.obs.agent.metrics.AgentMetrics;
import io.obs.agent.metrics.HttpMethods;
import io.obs.agent.metrics.RouteNamer;
import io.obs.agent.metrics.ServerRequestMetrics;
import io.obs.agent.redact.Redactor;
import io.obs.agent.trace.ContextPropagation;
import io.obs.agent.trace.ServerSpans;
import io.obs.agent.trace.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/** What woven advice reaches through the bridge: turns plain values into metrics, spans and health. */
final class RuntimeHooks extends AgentHooks {

  private final ServerRequestMetrics serverMetrics;
  private final RouteNamer routes;
  private final ServingCheck serving;
  private final AgentMetrics agentMetrics;
  private final JdbcRecorder jdbc;
  private final HttpClientRecorder client;
  private final Tracing tracing;
  private final RequestEvents requestEvents;
  private final Redactor redactor;
  private final ContextPropagation context = new ContextPropagation();
  /** Null when no method is configured (then no advice calls it). */
  private MethodRecorder methods;

  RuntimeHooks(ServerRequestMetrics serverMetrics, RouteNamer routes, ServingCheck serving, AgentMetrics agentMetrics,
      JdbcRecorder jdbc, HttpClientRecorder client, Tracing tracing, RequestEvents requestEvents, Redactor redactor) {
    this.tracing = tracing;
    this.requestEvents = requestEvents;
    this.redactor = redactor;
    this.serverMetrics = serverMetrics;
    this.routes = routes;
    this.serving = serving;
    this.agentMetrics = agentMetrics;
    this.jdbc = jdbc;
    this.client = client;
  }

  @Override
  public String[] serverHeaderNames() {
    return tracing.serverHeaderNames();
  }

  @Override
  public Object serverStart(String method, String contextPath, String pattern, String[] headers) {
    return start(method, routes.route(contextPath, pattern), null, headers);
  }

  @Override
  public Object serverStartLegacy(String method, String contextPath, String servletPath, String pathInfo, String[] headers) {
    String context = contextPath == null ? "" : contextPath;
    return start(method, routes.legacyRoute(context, servletPath, pathInfo != null), context, headers);
  }

  private ServerRequest start(String method, String route, String legacyContextPath, String[] headers) {
    serving.requestSeen();
    int methodIndex = HttpMethods.index(method);
    serverMetrics.started(methodIndex);
    Context context = ServerSpans.start(tracing, redactor, headers, method, methodIndex, route);
    // tracing off: nothing to make current (attaching the root context would still allocate a scope)
    return new ServerRequest(System.nanoTime(), methodIndex, route, legacyContextPath, Span.fromContext(context),
        context == Context.root() ? null : context.makeCurrent());
  }

  @Override
  public boolean serverRecording(Object token) {
    return ((ServerRequest) token).span.isRecording();
  }

  @Override
  public void serverDetails(Object token, String path, String query, String scheme, String serverName, int serverPort,
      String clientAddress, String protocol) {
    ((ServerRequest) token).clientAddress = clientAddress;
    ServerSpans.details(((ServerRequest) token).span, redactor, path, query, scheme, serverName, serverPort, clientAddress,
        protocol);
  }

  @Override
  public void serverEnd(Object token, int status, Throwable error) {
    ServerRequest request = (ServerRequest) token;
    try {
      long duration = System.nanoTime() - request.startNanos;
      int effectiveStatus = error != null ? 500 : status;
      String route = effectiveStatus == 404 && request.legacyContextPath != null
          ? routes.route(request.legacyContextPath, "/") : request.route;
      // the span is current on the request thread; an async completion makes it current for the exemplar
      try (Scope exemplar = request.scope == null && request.span.isRecording() ? request.span.makeCurrent() : null) {
        serverMetrics.ended(request.methodIndex, route, effectiveStatus,
            error != null ? error.getClass().getName() : null, duration);
      }
      requestEvents.ended(request.span.getSpanContext(), HttpMethods.label(request.methodIndex), route, effectiveStatus,
          error, duration);
      if (auth != null && AuthRecorder.denial(effectiveStatus)) {
        auth.servletDenied(request.loginFailed, effectiveStatus, request.span.getSpanContext(), route, request.clientAddress);
      }
      ServerSpans.end(request.span, redactor, request.methodIndex, route, effectiveStatus, error);
    } finally {
      request.leaveThread();
    }
  }

  @Override
  public Object serverAsync(Object token, Class<?> listenerType) {
    ServerRequest request = (ServerRequest) token;
    request.leaveThread();
    return AsyncCompletion.listener(listenerType, (status, error) -> serverEnd(token, status, error),
        t -> agentMetrics.error(AgentMetrics.Component.ADVICE, t));
  }

  @Override
  public void containerStarted(String container) {
    serving.containerStarted(container);
  }

  @Override
  public void containerStopped(String container) {
    serving.containerStopped(container);
  }

  @Override
  public long jdbcStart() {
    return System.nanoTime();
  }

  @Override
  public void jdbcExecuted(long startNanos, Object statement, String sql, String method, Throwable error) {
    jdbc.executed(System.nanoTime() - startNanos, statement, sql, method.endsWith("Batch"), error);
  }

  @Override
  public void jdbcPrepared(Object connection, Object statement, String sql) {
    jdbc.prepared(connection, statement, sql);
  }

  @Override
  public void jdbcClosed(Object closed) {
    jdbc.closed(closed);
  }

  @Override
  public void jdbcConnected(Throwable error) {
    jdbc.connected(error);
  }

  @Override
  public Object clientStart(String method, String scheme, String host, int port) {
    return client.start(method, scheme, host, port);
  }

  @Override
  public String[] clientHeaders(Object token) {
    return client.headers(token);
  }

  @Override
  public boolean clientRecording(Object token) {
    return client.recording(token);
  }

  @Override
  public void clientUrl(Object token, String url) {
    client.url(token, url);
  }

  @Override
  public void clientBind(Object token, Object call) {
    client.bind(token, call);
  }

  @Override
  public Object clientResume(Object call, String method, String scheme, String host, int port) {
    return client.resume(call, method, scheme, host, port);
  }

  @Override
  public void clientEnd(Object token, int status, Throwable error) {
    client.end(token, status, error);
  }

  @Override
  public Object connectionSend(Object connection, boolean reading, boolean fresh, String scheme, String host, int port) {
    return client.connectionSend(connection, reading, fresh, scheme, host, port);
  }

  @Override
  public void connectionSent(Object connection, Object token, boolean reading, String method, int status, Throwable error) {
    client.connectionSent(connection, token, reading, method, status, error);
  }

  @Override
  public Object clientCallback(Object token, Object delegate, Class<?> callbackType) {
    return client.callback(token, delegate, callbackType);
  }

  @Override
  public Object currentContext() {
    return context.current();
  }

  @Override
  public Object attachContext(Object ctx) {
    return context.attach(ctx);
  }

  @Override
  public void detachContext(Object scope) {
    context.detach(scope);
  }

  @Override
  public void captureContext(Object task) {
    context.capture(task);
  }

  @Override
  public Object attachCaptured(Object task) {
    return context.attachCaptured(task);
  }

  @Override
  public String[] traceIds() {
    return context.traceIds();
  }

  @Override
  public Object propagatingFuture(Object future) {
    return context.propagating(future);
  }

  // --- authentication (auth/): null while obs.instrumentation.auth.enabled=false ---

  private AuthRecorder auth;

  /** Turns the authentication signals on; called before the hooks are installed in the bridge. */
  void authentication(AuthRecorder recorder) {
    this.auth = recorder;
  }

  @Override
  public void authChecked(String user, boolean success) {
    if (auth != null) {
      auth.checked(user, success);
    }
  }

  @Override
  public void authLogin(Object requestToken, String user, boolean success, String clientAddress, String path) {
    if (auth == null) {
      return;
    }
    ServerRequest request = requestOf(requestToken);
    if (request != null && !success) {
      request.loginFailed = true;
    }
    auth.login(success, user, spanOf(request), routeOf(request), clientAddress, path);
  }

  @Override
  public void authLogout(Object requestToken, String user, String clientAddress, String path) {
    if (auth != null) {
      ServerRequest request = requestOf(requestToken);
      auth.logout(user, spanOf(request), routeOf(request), clientAddress, path);
    }
  }

  @Override
  public boolean authRequestEnded(int status) {
    return auth != null && auth.requestEnded(status);
  }

  @Override
  public void authRequestEvents(Object requestToken, String clientAddress, String path) {
    ServerRequest request = requestOf(requestToken);
    auth.requestEvents(request != null, spanOf(request), routeOf(request), clientAddress, path);
  }

  private static ServerRequest requestOf(Object token) {
    return token instanceof ServerRequest ? (ServerRequest) token : null;
  }

  private static SpanContext spanOf(ServerRequest request) {
    return request == null ? null : request.span.getSpanContext();
  }

  private static String routeOf(ServerRequest request) {
    return request == null ? null : request.route;
  }

  /** Set before the hooks are installed; see {@link io.obs.agent.methods.Methods}. */
  RuntimeHooks withMethods(MethodRecorder recorder) {
    this.methods = recorder;
    return this;
  }

  @Override
  public Object methodEnter(int methodId) {
    return methods == null ? null : methods.enter(methodId);
  }

  @Override
  public void methodExit(Object token, Throwable error, Object[] arguments, Object returned) {
    methods.exit(token, error, arguments, returned);
  }

  @Override
  public void adviceError(Throwable error) {
    agentMetrics.error(AgentMetrics.Component.ADVICE, error);
  }
}
