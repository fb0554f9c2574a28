package io.obs.agent.redact;

/** A range {@code [start, end)} of a text packed into a long, so that finding a secret allocates nothing. */
final class Range {

  /** Nothing found. */
  static final long NONE = -1;

  private Range() {}

  static long of(int start, int end) {
    return ((long) start << 32) | end;
  }

  static int start(long range) {
    return (int) (range >>> 32);
  }

  /** The end of the range; -1 for {@link #NONE}. */
  static int end(long range) {
    return (int) range;
  }
}
