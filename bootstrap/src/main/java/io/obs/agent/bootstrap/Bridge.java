package io.obs.agent.bootstrap;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.FutureTask;

/**
 * The static entry points woven advice calls. Delegates to {@link AgentHooks}, a no-op until the
 * runtime installs itself, and never lets an exception escape into the application.
 */
public final class Bridge {

  /** Request attribute marking a request the agent already measures (filters, forwards, async). */
  public static final String REQUEST_TOKEN = "io.obs.agent.request";

  private static final String[] NO_HEADERS = new String[0];

  private static volatile AgentHooks hooks = new AgentHooks();

  /**
   * The last container start or stop, {@code "+name"} or {@code "-name"}: a container can start
   * before the runtime installs (its hooks are woven at once, the runtime is built in the
   * background), and readiness must not wait for a request to learn it.
   */
  private static String containerEvent;

  private Bridge() {}

  /** Called once by the runtime when it is ready; tells it of a container that started before. */
  public static synchronized void install(AgentHooks runtimeHooks) {
    hooks = runtimeHooks;
    if (containerEvent != null) {
      containerEvent(containerEvent);
    }
  }

  /** The request headers to read before {@link #serverStart}; never null, never to be changed. */
  public static String[] serverHeaderNames() {
    try {
      String[] names = hooks.serverHeaderNames();
      return names == null ? NO_HEADERS : names;
    } catch (Throwable t) {
      adviceError(t);
      return NO_HEADERS;
    }
  }

  public static Object serverStart(String method, String contextPath, String pattern, String[] headers) {
    try {
      return hooks.serverStart(method, contextPath, pattern, headers);
    } catch (Throwable t) {
      adviceError(t);
      return null;
    }
  }

  public static Object serverStartLegacy(String method, String contextPath, String servletPath, String pathInfo,
      String[] headers) {
    try {
      return hooks.serverStartLegacy(method, contextPath, servletPath, pathInfo, headers);
    } catch (Throwable t) {
      adviceError(t);
      return null;
    }
  }

  public static boolean serverRecording(Object token) {
    try {
      return token != null && hooks.serverRecording(token);
    } catch (Throwable t) {
      adviceError(t);
      return false;
    }
  }

  public static void serverDetails(Object token, String path, String query, String scheme, String serverName,
      int serverPort, String clientAddress, String protocol) {
    try {
      hooks.serverDetails(token, path, query, scheme, serverName, serverPort, clientAddress, protocol);
    } catch (Throwable t) {
      adviceError(t);
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
    containerEvent("+" + container);
  }

  public static void containerStopped(String container) {
    containerEvent("-" + container);
  }

  /** Rare (a container starts or stops), so a lock keeps it and {@link #install} in order. */
  private static synchronized void containerEvent(String event) {
    containerEvent = event;
    try {
      String container = event.substring(1);
      if (event.charAt(0) == '+') {
        hooks.containerStarted(container);
      } else {
        hooks.containerStopped(container);
      }
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  /** A container's request thread pool ({@code this} of a Tomcat endpoint or Jetty server) started. */
  public static void poolStarted(Object pool) {
    try {
      StartedPools.started(pool);
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  /** That pool stops: it is no longer measured. */
  public static void poolStopped(Object pool) {
    try {
      StartedPools.stopped(pool);
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

  /** A statement or connection was closed. */
  public static void jdbcClosed(Object closed) {
    try {
      hooks.jdbcClosed(closed);
    } catch (Throwable t) {
      adviceError(t);
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
   * Header name/value pairs the advice adds, with the client's own API, to the request of
   * {@code token} (trace context of its span); never null, empty for a null token.
   */
  public static String[] clientHeaders(Object token) {
    try {
      String[] headers = token == null ? null : hooks.clientHeaders(token);
      return headers == null ? NO_HEADERS : headers;
    } catch (Throwable t) {
      adviceError(t);
      return NO_HEADERS;
    }
  }

  public static boolean clientRecording(Object token) {
    try {
      return token != null && hooks.clientRecording(token);
    } catch (Throwable t) {
      adviceError(t);
      return false;
    }
  }

  public static void clientUrl(Object token, String url) {
    try {
      hooks.clientUrl(token, url);
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  /** The current thread is the agent's own: nothing it does is measured or traced. */
  public static void suppressOnThisThread() {
    CallDepth.suppress();
  }

  /**
   * A send is being prepared (OkHttp's {@code newCall}) and will start later with
   * {@link #clientResume}: a token whose headers go into the request now, or null when nested.
   */
  public static Object clientPrepare(String method, String scheme, String host, int port) {
    Object token = clientStart(method, scheme, host, port);
    CallDepth.exit(CallDepth.HTTP_CLIENT);
    return token;
  }

  /** Remembers the prepared {@code token} for the library's {@code call} object. */
  public static void clientBind(Object token, Object call) {
    try {
      if (token != null && call != null) {
        hooks.clientBind(token, call);
      }
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  /**
   * Like {@link #clientStart}, for a send prepared earlier: the token bound to {@code call} (its
   * clock restarted now), or a new one when none was bound.
   */
  public static Object clientResume(Object call, String method, String scheme, String host, int port) {
    try {
      return CallDepth.enter(CallDepth.HTTP_CLIENT) ? hooks.clientResume(call, method, scheme, host, port) : null;
    } catch (Throwable t) {
      adviceError(t);
      return null;
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

  /**
   * {@code task} wrapped so it runs with the current trace context, or {@code task} itself when
   * there is no context, it is a {@code FutureTask} (those carry their context themselves, see
   * {@link #captureContext}), already wrapped, or (when {@code keepForkJoinTasks}, for submit
   * methods that hand the task back) a {@code ForkJoinTask}.
   */
  public static Runnable wrapRunnable(Runnable task, boolean keepForkJoinTasks) {
    try {
      if (task == null || task instanceof ContextRunnable || task instanceof FutureTask
          || keepForkJoinTasks && task instanceof ForkJoinTask) {
        return task;
      }
      Object context = hooks.currentContext();
      return context == null ? task : new ContextRunnable(task, context);
    } catch (Throwable t) {
      adviceError(t);
      return task;
    }
  }

  public static <V> Callable<V> wrapCallable(Callable<V> task) {
    try {
      if (task == null || task instanceof ContextCallable) {
        return task;
      }
      Object context = hooks.currentContext();
      return context == null ? task : new ContextCallable<>(task, context);
    } catch (Throwable t) {
      adviceError(t);
      return task;
    }
  }

  /** Never null: the scope to hand to {@link #detachContext}. */
  static Object attachContext(Object context) {
    try {
      return hooks.attachContext(context);
    } catch (Throwable t) {
      adviceError(t);
      return null;
    }
  }

  public static void detachContext(Object scope) {
    try {
      if (scope != null) {
        hooks.detachContext(scope);
      }
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  public static void captureContext(Object task) {
    try {
      hooks.captureContext(task);
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  public static Object attachCaptured(Object task) {
    try {
      return hooks.attachCaptured(task);
    } catch (Throwable t) {
      adviceError(t);
      return null;
    }
  }

  public static Object propagatingFuture(Object future) {
    try {
      return future == null ? null : hooks.propagatingFuture(future);
    } catch (Throwable t) {
      adviceError(t);
      return future;
    }
  }

  /**
   * The current span's ids for log correlation, as key/value pairs: {@code trace_id}, id,
   * {@code span_id}, id, {@code trace_flags}, flags; null when no span is current.
   */
  public static String[] traceIds() {
    try {
      return hooks.traceIds();
    } catch (Throwable t) {
      adviceError(t);
      return null;
    }
  }

  /** {@code mdc} itself when no span is current or it has the ids already, else a copy with the ids added. */
  public static Map<String, String> withTraceIds(Map<String, String> mdc) {
    String[] ids = traceIds();
    if (ids == null || mdc != null && mdc.containsKey(ids[0])) {
      return mdc;
    }
    Map<String, String> copy = mdc == null ? new HashMap<>() : new HashMap<>(mdc);
    for (int i = 0; i + 1 < ids.length; i += 2) {
      copy.put(ids[i], ids[i + 1]);
    }
    return copy;
  }

  // --- authentication (instrumentation/auth) ---

  /** Entry of every authentication advice; hand the result to {@link #authExit}. @return true when outermost */
  public static boolean authEnter() {
    return CallDepth.enter(CallDepth.AUTH);
  }

  /** Exit of every authentication advice. @return {@code outermost}, for the caller's convenience */
  public static boolean authExit(boolean outermost) {
    CallDepth.exit(CallDepth.AUTH);
    return outermost;
  }

  /** A container checked credentials (a Tomcat realm, a Jetty login service); never the credential itself. */
  public static void authChecked(boolean outermost, String user, boolean success) {
    try {
      if (authExit(outermost)) {
        hooks.authChecked(user, success);
      }
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  /** {@code HttpServletRequest.login} returned ({@code success}) or threw. */
  public static void authLogin(Object requestToken, String user, boolean success, String clientAddress, String path) {
    try {
      hooks.authLogin(requestToken, user, success, clientAddress, path);
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  /** {@code HttpServletRequest.logout} was called while {@code user} was logged in. */
  public static void authLogout(Object requestToken, String user, String clientAddress, String path) {
    try {
      hooks.authLogout(requestToken, user, clientAddress, path);
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  /** The container finished a request with {@code status}: whether {@link #authRequestEvents} has work. */
  public static boolean authRequestEnded(int status) {
    try {
      return hooks.authRequestEnded(status);
    } catch (Throwable t) {
      adviceError(t);
      return false;
    }
  }

  /** Emits the auth events of the request that just ended on this thread. */
  public static void authRequestEvents(Object requestToken, String clientAddress, String path) {
    try {
      hooks.authRequestEvents(requestToken, clientAddress, path);
    } catch (Throwable t) {
      adviceError(t);
    }
  }

  /**
   * Entry of a configured method (id assigned when it was woven); pair it with {@link #methodExit}.
   * Null, and nothing measured, while the agent itself handles a configured method on this thread
   * (a getter it reads for an event) or on the agent's own threads.
   */
  public static Object methodEnter(int methodId) {
    try {
      return CallDepth.enter(CallDepth.METHODS) ? hooks.methodEnter(methodId) : null;
    } catch (Throwable t) {
      adviceError(t);
      return null;
    } finally {
      CallDepth.exit(CallDepth.METHODS);
    }
  }

  public static void methodExit(Object token, Throwable error) {
    methodExit(token, error, null, null);
  }

  /** The exit of a method with a business event: its arguments and return value too. */
  public static void methodExit(Object token, Throwable error, Object[] arguments, Object returned) {
    if (token == null) {
      return;
    }
    CallDepth.enter(CallDepth.METHODS);
    try {
      hooks.methodExit(token, error, arguments, returned);
    } catch (Throwable t) {
      adviceError(t);
    } finally {
      CallDepth.exit(CallDepth.METHODS);
    }
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
