package io.obs.agent.bootstrap;

/**
 * How deep the current thread is in instrumented JDBC calls, so only the outermost one is measured:
 * a pool's proxy statement (HikariCP, Tomcat JDBC), a driver delegating to itself, a prepare inside
 * an execute all count once. One {@code int[1]} per thread, allocated on its first JDBC call.
 */
final class CallDepth {

  /** The enter value of a nested call; its exit records nothing. */
  static final long NESTED = Long.MIN_VALUE;

  private static final ThreadLocal<int[]> DEPTH = new ThreadLocal<int[]>() {
    @Override
    protected int[] initialValue() {
      return new int[1];
    }
  };

  private CallDepth() {}

  /** @return true when this call is the thread's outermost */
  static boolean enter() {
    return DEPTH.get()[0]++ == 0;
  }

  static void exit() {
    int[] depth = DEPTH.get();
    if (depth[0] > 0) {
      depth[0]--;
    }
  }
}
