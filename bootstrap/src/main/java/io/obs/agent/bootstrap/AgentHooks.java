package io.obs.agent.bootstrap;

/**
 * What the agent runtime does for woven advice. Every method is a no-op here; the runtime installs
 * a subclass through {@link Bridge#install}. Only JDK types cross this boundary, so advice woven into
 * any class loader can call it and the runtime's libraries stay invisible to the application.
 */
public class AgentHooks {

  /**
   * The request headers server advice reads before {@link #serverStart}, lower case: the user agent
   * first, then the propagation fields (traceparent, tracestate, baggage, ...). Never changed by
   * the caller.
   */
  public String[] serverHeaderNames() {
    return null;
  }

  /**
   * A server request entered the application (outermost servlet or filter only).
   *
   * @param method the request method as sent
   * @param contextPath the servlet context path, "" for the root context
   * @param pattern the servlet mapping pattern ({@code /users/*}, {@code *.do}, {@code /}), or null
   *     when the container does not expose one
   * @param headers the values of {@link #serverHeaderNames}, index by index (null where absent)
   * @return an opaque token handed back to {@link #serverEnd}, or null to ignore the request
   */
  public Object serverStart(String method, String contextPath, String pattern, String[] headers) {
    return null;
  }

  /**
   * {@link #serverStart} for javax.servlet 3.x, which exposes no mapping pattern: the route comes
   * from the servlet path and path info.
   */
  public Object serverStartLegacy(String method, String contextPath, String servletPath, String pathInfo, String[] headers) {
    return null;
  }

  /** Whether the request's span records attributes, so {@link #serverDetails} is worth reading. */
  public boolean serverRecording(Object token) {
    return false;
  }

  /** What the server span says about the request, read from the request only when it records. */
  public void serverDetails(Object token, String path, String query, String scheme, String serverName, int serverPort,
      String clientAddress, String protocol) {}

  /** The request finished: status as sent, error the exception that escaped the application. */
  public void serverEnd(Object token, int status, Throwable error) {}

  /**
   * The request went asynchronous. Returns an instance of {@code listenerType} (the container's
   * {@code AsyncListener} interface) that ends the request when the container completes it.
   */
  public Object serverAsync(Object token, Class<?> listenerType) {
    return null;
  }

  /** The servlet container accepts connections now. */
  public void containerStarted(String container) {}

  /** The servlet container is shutting down. */
  public void containerStopped(String container) {}

  /** An outermost JDBC call starts: its start time, or {@link CallDepth#NESTED} to ignore it. */
  public long jdbcStart() {
    return CallDepth.NESTED;
  }

  /**
   * A statement execution ended.
   *
   * @param sql the SQL argument, or null (a prepared statement's own SQL)
   * @param method the JDBC method, e.g. {@code executeBatch}
   */
  public void jdbcExecuted(long startNanos, Object statement, String sql, String method, Throwable error) {}

  /** {@code connection.prepareStatement(sql)} or {@code prepareCall(sql)} returned {@code statement}. */
  public void jdbcPrepared(Object connection, Object statement, String sql) {}

  /** A statement or connection was closed: what is known of it can go. */
  public void jdbcClosed(Object closed) {}

  /** A connection was opened or borrowed, or failed to be: {@code error} is what was thrown. */
  public void jdbcConnected(Throwable error) {}

  /** An outermost HTTP-client send starts: a token for {@link #clientEnd}, or null to ignore it. */
  public Object clientStart(String method, String scheme, String host, int port) {
    return null;
  }

  /** Header name/value pairs to add to the request of {@code token}, or null for none. */
  public String[] clientHeaders(Object token) {
    return null;
  }

  /** Whether the send of {@code token} records span attributes, so {@link #clientUrl} is worth building. */
  public boolean clientRecording(Object token) {
    return false;
  }

  /** The URL of the send of {@code token}: absolute, or a path the runtime completes from scheme, host and port. */
  public void clientUrl(Object token, String url) {}

  /** {@code token} was prepared for the library's {@code call} object, which sends later. */
  public void clientBind(Object token, Object call) {}

  /** The outermost send of {@code call} starts: the token bound to it (clock restarted), else a new one. */
  public Object clientResume(Object call, String method, String scheme, String host, int port) {
    return null;
  }

  /** The send of {@code token} ended: status as received or -1, error what it threw or null. */
  public void clientEnd(Object token, int status, Throwable error) {}

  /**
   * An outermost {@code HttpURLConnection} call that may send: {@code connect}/{@code getOutputStream}
   * ({@code reading} false; {@code fresh}: not connected yet) or {@code getInputStream} ({@code reading}
   * true; {@code fresh}: no response read and no failure yet). Returns the connection's token, which
   * an earlier call may have started, or null.
   */
  public Object connectionSend(Object connection, boolean reading, boolean fresh, String scheme, String host, int port) {
    return null;
  }

  /** That call returned or threw; the send ends when the response was read or the call failed. */
  public void connectionSent(Object connection, Object token, boolean reading, String method, int status, Throwable error) {}

  /** An instance of {@code callbackType} that ends {@code token}, then calls {@code delegate}; null if not possible. */
  public Object clientCallback(Object token, Object delegate, Class<?> callbackType) {
    return null;
  }

  /** The context to carry to another thread (the current span, baggage), or null when there is none. */
  public Object currentContext() {
    return null;
  }

  /** Makes {@code context} current on this thread: a scope for {@link #detachContext}. */
  public Object attachContext(Object context) {
    return null;
  }

  /** Restores what was current before the matching {@link #attachContext}. */
  public void detachContext(Object scope) {}

  /** A task object ({@code FutureTask}) was made: remember the current context for when it runs. */
  public void captureContext(Object task) {}

  /** The context remembered for {@code task}, made current: a scope for {@link #detachContext}, or null. */
  public Object attachCaptured(Object task) {
    return null;
  }

  /** A future that completes like {@code future}, with its dependent stages run in the current context. */
  public Object propagatingFuture(Object future) {
    return future;
  }

  /** {@code trace_id}, id, {@code span_id}, id, {@code trace_flags}, flags of the current span, or null. */
  public String[] traceIds() {
    return null;
  }


  // --- authentication (instrumentation/auth) ---

  /** The outermost credential check of a container on this thread ended; the request is told later. */
  public void authChecked(String user, boolean success) {}

  /** {@code HttpServletRequest.login}; {@code requestToken} is the request's {@link Bridge#REQUEST_TOKEN} attribute. */
  public void authLogin(Object requestToken, String user, boolean success, String clientAddress, String path) {}

  public void authLogout(Object requestToken, String user, String clientAddress, String path) {}

  /** The container's outermost handling of a request ended with {@code status} on this thread. */
  public boolean authRequestEnded(int status) {
    return false;
  }

  public void authRequestEvents(Object requestToken, String clientAddress, String path) {}

  /** A method configured by {@code obs.methods} or {@code obs.events.*} was entered: a token for {@link #methodExit}, or null. */
  public Object methodEnter(int methodId) {
    return null;
  }

  /**
   * That method returned ({@code error} null) or threw. {@code arguments} and {@code returned} are given
   * only for methods with a business event ({@code returned} null for void methods), else null.
   */
  public void methodExit(Object token, Throwable error, Object[] arguments, Object returned) {}

  /** Advice threw; the exception was suppressed so the application never sees it. */
  public void adviceError(Throwable error) {}
}
