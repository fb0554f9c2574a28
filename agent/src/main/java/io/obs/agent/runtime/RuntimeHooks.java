package io.obs.agent.runtime;

import io.obs.agent.bootstrap.AgentHooks;
import io.obs.agent.client.HttpClientRecorder;
import io.obs.agent.db.JdbcRecorder;
import io.obs.agent.health.ServingCheck;
import io.obs.agent.metrics.AgentMetrics;
import io.obs.agent.metrics.HttpMethods;
import io.obs.agent.metrics.RouteNamer;
import io.obs.agent.metrics.ServerRequestMetrics;

/** What woven advice reaches through the bridge: turns plain values into metrics and health. */
final class RuntimeHooks extends AgentHooks {

  private final ServerRequestMetrics serverMetrics;
  private final RouteNamer routes;
  private final ServingCheck serving;
  private final AgentMetrics agentMetrics;
  private final JdbcRecorder jdbc;
  private final HttpClientRecorder client;

  RuntimeHooks(ServerRequestMetrics serverMetrics, RouteNamer routes, ServingCheck serving, AgentMetrics agentMetrics,
      JdbcRecorder jdbc, HttpClientRecorder client) {
    this.serverMetrics = serverMetrics;
    this.routes = routes;
    this.serving = serving;
    this.agentMetrics = agentMetrics;
    this.jdbc = jdbc;
    this.client = client;
  }

  @Override
  public Object serverStart(String method, String contextPath, String pattern) {
    serving.requestSeen();
    int methodIndex = HttpMethods.index(method);
    serverMetrics.started(methodIndex);
    return new ServerRequest(System.nanoTime(), methodIndex, routes.route(contextPath, pattern), null);
  }

  @Override
  public Object serverStartLegacy(String method, String contextPath, String servletPath, String pathInfo) {
    serving.requestSeen();
    int methodIndex = HttpMethods.index(method);
    serverMetrics.started(methodIndex);
    String context = contextPath == null ? "" : contextPath;
    return new ServerRequest(System.nanoTime(), methodIndex, routes.legacyRoute(context, servletPath, pathInfo != null), context);
  }

  @Override
  public void serverEnd(Object token, int status, Throwable error) {
    ServerRequest request = (ServerRequest) token;
    long duration = System.nanoTime() - request.startNanos;
    int effectiveStatus = error != null ? 500 : status;
    String route = effectiveStatus == 404 && request.legacyContextPath != null
        ? routes.route(request.legacyContextPath, "/") : request.route;
    serverMetrics.ended(request.methodIndex, route, effectiveStatus,
        error != null ? error.getClass().getName() : null, duration);
  }

  @Override
  public Object serverAsync(Object token, Class<?> listenerType) {
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
  public void jdbcConnected(Throwable error) {
    jdbc.connected(error);
  }

  @Override
  public Object clientStart(String method, String scheme, String host, int port) {
    return client.start(method, scheme, host, port);
  }

  @Override
  public String[] clientHeaders() {
    return client.headers();
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
  public void adviceError(Throwable error) {
    agentMetrics.error(AgentMetrics.Component.ADVICE, error);
  }
}
