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

  /** Also the target of every advice's suppressed-exception handler. */
  public static void adviceError(Throwable error) {
    try {
      hooks.adviceError(error);
    } catch (Throwable ignored) {
      // counting failed; there is nothing safer to do than drop it
    }
  }
}
