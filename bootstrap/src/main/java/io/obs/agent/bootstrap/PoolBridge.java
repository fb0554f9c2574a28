package io.obs.agent.bootstrap;

/**
 * Static entry points of the connection-pool advice. Delegates to {@link PoolHooks}, a no-op until
 * the runtime installs itself; never lets an exception escape into the application. Only the
 * outermost checkout on a thread is timed, so a pool whose connections come from another pool's
 * DataSource does not count the inner wait as a second one.
 */
public final class PoolBridge {

  private static volatile PoolHooks hooks = new PoolHooks();

  private PoolBridge() {}

  /** Called once by the runtime when it is ready. */
  public static void install(PoolHooks runtimeHooks) {
    hooks = runtimeHooks;
  }

  public static void started(Object pool, String type) {
    try {
      hooks.started(pool, type);
    } catch (Throwable t) {
      Bridge.adviceError(t);
    }
  }

  public static void closed(Object pool) {
    try {
      hooks.closed(pool);
    } catch (Throwable t) {
      Bridge.adviceError(t);
    }
  }

  /** Entry of a checkout; hand the result to {@link #waitEnd}. */
  public static long waitStart(Object pool) {
    try {
      return CallDepth.enter(CallDepth.POOL) ? hooks.waitStart(pool) : CallDepth.NESTED;
    } catch (Throwable t) {
      Bridge.adviceError(t);
      return CallDepth.NESTED;
    }
  }

  /** A nested checkout (a pool over this one) is not timed, but makes its pool known. */
  public static void waitEnd(Object pool, String type, long start, Throwable error) {
    try {
      if (start != CallDepth.NESTED) {
        hooks.waitEnd(pool, type, start, error);
      } else if (error == null) {
        hooks.started(pool, type);
      }
    } catch (Throwable t) {
      Bridge.adviceError(t);
    } finally {
      CallDepth.exit(CallDepth.POOL);
    }
  }

  public static void created(Object pool, long startNanos, Throwable error) {
    try {
      hooks.created(pool, startNanos, error);
    } catch (Throwable t) {
      Bridge.adviceError(t);
    }
  }

  public static void returned(Object pool, long borrowedAt) {
    try {
      hooks.returned(pool, borrowedAt);
    } catch (Throwable t) {
      Bridge.adviceError(t);
    }
  }
}
