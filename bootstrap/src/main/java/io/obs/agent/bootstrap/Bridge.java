package io.obs.agent.bootstrap;

/**
 * The static entry points woven advice calls. Delegates to {@link AgentHooks}, a no-op until the
 * runtime installs itself, and never lets an exception escape into the application.
 */
public final class Bridge {

  /** Request attribute marking a request the agent already measures (filters, forwards, async). */
  public static final String REQUEST_TOKEN = "io.obs.agent.request";

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
      return CallDepth.enter() ? hooks.jdbcStart() : CallDepth.NESTED;
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
      CallDepth.exit();
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
      CallDepth.exit();
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
      CallDepth.exit();
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
