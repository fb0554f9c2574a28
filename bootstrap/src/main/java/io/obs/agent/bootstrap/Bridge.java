package io.obs.agent.bootstrap;

/**
 * The static entry points woven advice calls. Delegates to {@link AgentHooks}, a no-op until the
 * runtime installs itself, and never lets an exception escape into the application.
 */
public final class Bridge {

  /** Request attribute marking a request the agent already measures (filters, forwards, async). */
  public static final String REQUEST_TOKEN = "io.obs.agent.request";

  private static final String[] NO_HEADERS = new String[0];

  private static volatile AgentHooks hooks = new AgentHooks();

  private Bridge() {}

  /** Called once by the runtime when it is ready. */
  public static void install(AgentHooks runtimeHooks) {
    hooks = runtimeHooks;
  }

  public static Object serverStart(String method, String contextPath, String pattern) {
    try {
      return hooks.serverStart(method, contextPath, pattern);
    } catch (Throwable t) {
      adviceError(t);
      return null;
    }
  }

  public static Object serverStartLegacy(String method, String contextPath, String servletPath, String pathInfo) {
    try {
      return hooks.serverStartLegacy(method, contextPath, servletPath, pathInfo);
    } catch (Throwable t) {
      adviceError(t);
      return null;
    }
  }

  public static void serverEnd(Object token, int status, Throwable error) {
    try {
      hooks.serverEnd(token, status, error);
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  public static Object serverAsync(Object token, Class<?> listenerType) {
    try {
      return hooks.serverAsync(token, listenerType);
    } catch (Throwable t) {
      adviceError(t);
      return null;
    }
  }

  public static void containerStarted(String container) {
    try {
      hooks.containerStarted(container);
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  public static void containerStopped(String container) {
    try {
      hooks.containerStopped(container);
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  /** Entry of every JDBC advice; hand the result to the matching exit. */
  public static long jdbcEnter() {
    try {
      return CallDepth.enter(CallDepth.JDBC) ? hooks.jdbcStart() : CallDepth.NESTED;
    } catch (Throwable t) {
      adviceError(t);
      return CallDepth.NESTED;
    }
  }

  public static void jdbcExecuted(long start, Object statement, String sql, String method, Throwable error) {
    try {
      if (start != CallDepth.NESTED) {
        hooks.jdbcExecuted(start, statement, sql, method, error);
      }
    } catch (Throwable t) {
      adviceError(t);
    } finally {
      CallDepth.exit(CallDepth.JDBC);
    }
  }

  public static void jdbcPrepared(long start, Object connection, Object statement, String sql, Throwable error) {
    try {
      if (start != CallDepth.NESTED && error == null) {
        hooks.jdbcPrepared(connection, statement, sql);
      }
    } catch (Throwable t) {
      adviceError(t);
    } finally {
      CallDepth.exit(CallDepth.JDBC);
    }
  }

  /** A null connection without an error is a driver declining a URL that is not its own: no outcome. */
  public static void jdbcConnected(long start, Object connection, Throwable error) {
    try {
      if (start != CallDepth.NESTED && (connection != null || error != null)) {
        hooks.jdbcConnected(error);
      }
    } catch (Throwable t) {
      adviceError(t);
    } finally {
      CallDepth.exit(CallDepth.JDBC);
    }
  }

  /**
   * Entry of every HTTP-client send advice; pair it with {@link #clientEnd} or {@link #clientExit}
   * at the method's exit. The host is the library's host accessor (never an authority with
   * credentials), port -1 the scheme's default.
   *
   * @return a token for {@link #clientEnd}, or null when nested in another measured send or not measured
   */
  public static Object clientStart(String method, String scheme, String host, int port) {
    try {
      return CallDepth.enter(CallDepth.HTTP_CLIENT) ? hooks.clientStart(method, scheme, host, port) : null;
    } catch (Throwable t) {
      adviceError(t);
      return null;
    }
  }

  /**
   * Header name/value pairs the advice adds to a request about to be sent from this thread, with
   * the client's own API; never null. Asked before the send (for OkHttp when the call is made).
   */
  public static String[] clientHeaders() {
    try {
      String[] headers = hooks.clientHeaders();
      return headers == null ? NO_HEADERS : headers;
    } catch (Throwable t) {
      adviceError(t);
      return NO_HEADERS;
    }
  }

  /** A synchronous send returned or threw: status as received (-1 none), error what it threw. */
  public static void clientEnd(Object token, int status, Throwable error) {
    clientEnded(token, status, error);
    CallDepth.exit(CallDepth.HTTP_CLIENT);
  }

  /** An asynchronous send returned; {@link #clientEnded} ends its measurement later. */
  public static void clientExit() {
    CallDepth.exit(CallDepth.HTTP_CLIENT);
  }

  /** The measurement of {@code token} ends, on whatever thread completes it. */
  public static void clientEnded(Object token, int status, Throwable error) {
    try {
      if (token != null) {
        hooks.clientEnd(token, status, error);
      }
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  /**
   * Entry of an {@code HttpURLConnection} method that may send; pair it with {@link #connectionSent}.
   * A send spans calls (connect, write the body, read the response), so the runtime keeps its token
   * per connection: see {@link AgentHooks#connectionSend}.
   */
  public static Object connectionSend(Object connection, boolean reading, boolean fresh, String scheme, String host, int port) {
    try {
      return CallDepth.enter(CallDepth.HTTP_CLIENT) ? hooks.connectionSend(connection, reading, fresh, scheme, host, port) : null;
    } catch (Throwable t) {
      adviceError(t);
      return null;
    }
  }

  /** Exit of a {@link #connectionSend} method: the method as it is now, the status or -1, what it threw. */
  public static void connectionSent(Object connection, Object token, boolean reading, String method, int status, Throwable error) {
    try {
      if (token != null) {
        hooks.connectionSent(connection, token, reading, method, status, error);
      }
    } catch (Throwable t) {
      adviceError(t);
    } finally {
      CallDepth.exit(CallDepth.HTTP_CLIENT);
    }
  }

  /**
   * For an asynchronous send: an instance of {@code callbackType} (the library's callback
   * interface, or {@code java.util.function.BiConsumer} for a {@code CompletableFuture}) that ends
   * the measurement of {@code token} and then calls {@code delegate} (may be null). Returns
   * {@code delegate} itself when there is nothing to measure or the wrapping failed.
   */
  public static Object clientCallback(Object token, Object delegate, Class<?> callbackType) {
    try {
      if (token != null) {
        Object callback = hooks.clientCallback(token, delegate, callbackType);
        if (callback != null) {
          return callback;
        }
      }
    } catch (Throwable t) {
      adviceError(t);
    }
    return delegate;
  }

  /** Also the target of every advice's suppressed-exception handler. */
  public static void adviceError(Throwable error) {
    try {
      hooks.adviceError(error);
    } catch (Throwable ignored) {
      // counting failed; there is nothing safer to do than drop it
    }
  }
}
