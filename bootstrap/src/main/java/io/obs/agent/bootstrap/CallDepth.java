package io.obs.agent.bootstrap;

/**
 * How deep the current thread is in instrumented calls of each kind, so only the outermost one is
 * measured: a pool's proxy statement (HikariCP, Tomcat JDBC), a driver delegating to itself, a
 * prepare inside an execute all count once; so does an HTTP client layered on another. One
 * {@code int[KINDS]} per thread, allocated on its first instrumented call.
 */
final class CallDepth {

  /** The enter value of a nested call; its exit records nothing. */
  static final long NESTED = Long.MIN_VALUE;

  static final int JDBC = 0;
  static final int HTTP_CLIENT = 1;
  /** Connection-pool checkouts: a pool over another pool's DataSource counts once on the thread. */
  static final int POOL = 2;
  /** Authentication calls: a request's login delegating to the container's realm counts once. */
  static final int AUTH = 3;
  /** Not "outermost only": above zero while the agent handles a configured method (its own getter calls are not measured). */
  static final int METHODS = 4;
  private static final int KINDS = 5;

  private static final ThreadLocal<int[]> DEPTH = new ThreadLocal<int[]>() {
    @Override
    protected int[] initialValue() {
      return new int[KINDS];
    }
  };

  private CallDepth() {}

  /** @return true when this call is the thread's outermost */
  static boolean enter(int kind) {
    return DEPTH.get()[kind]++ == 0;
  }

  /** Every call on this thread counts as nested from now on: the agent's own threads are never measured. */
  static void suppress() {
    int[] depth = DEPTH.get();
    for (int kind = 0; kind < KINDS; kind++) {
      depth[kind] += 1 << 20;
    }
  }

  static void exit(int kind) {
    int[] depth = DEPTH.get();
    if (depth[kind] > 0) {
      depth[kind]--;
    }
  }
}
