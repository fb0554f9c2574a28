package io.obs.agent.bootstrap;

/**
 * What the agent runtime does for woven advice. Every method is a no-op here; the runtime installs
 * a subclass through {@link Bridge#install}. Only JDK types cross this boundary, so advice woven into
 * any class loader can call it and the runtime's libraries stay invisible to the application.
 */
public class AgentHooks {

  /**
   * A server request entered the application (outermost servlet or filter only).
   *
   * @param method the request method as sent
   * @param contextPath the servlet context path, "" for the root context
   * @param pattern the servlet mapping pattern ({@code /users/*}, {@code *.do}, {@code /}), or null
   *     when the container does not expose one
   * @return an opaque token handed back to {@link #serverEnd}, or null to ignore the request
   */
  public Object serverStart(String method, String contextPath, String pattern) {
    return null;
  }

  /**
   * {@link #serverStart} for javax.servlet 3.x, which exposes no mapping pattern: the route comes
   * from the servlet path and path info.
   */
  public Object serverStartLegacy(String method, String contextPath, String servletPath, String pathInfo) {
    return null;
  }

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

  /** A connection was opened or borrowed, or failed to be: {@code error} is what was thrown. */
  public void jdbcConnected(Throwable error) {}

  /** An outermost HTTP-client send starts: a token for {@link #clientEnd}, or null to ignore it. */
  public Object clientStart(String method, String scheme, String host, int port) {
    return null;
  }

  /** Header name/value pairs to add to a request this thread is about to send, or null for none. */
  public String[] clientHeaders() {
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

  /** Advice threw; the exception was suppressed so the application never sees it. */
  public void adviceError(Throwable error) {}
}
