package io.obs.agent.util;

/** Stack traces that fit in an event or a span: the first frames and the causes' first lines. */
public final class StackTraces {

  public static final int MAX_FRAMES = 20;

  private StackTraces() {}

  /** The class and message line, then at most {@link #MAX_FRAMES} frames, then the causes' first lines. */
  public static String bounded(Throwable error) {
    StringBuilder out = new StringBuilder(512).append(error);
    StackTraceElement[] frames = error.getStackTrace();
    for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
      out.append("\n\tat ").append(frames[i]);
    }
    if (frames.length > MAX_FRAMES) {
      out.append("\n\t... ").append(frames.length - MAX_FRAMES).append(" more");
    }
    for (Throwable cause = error.getCause(); cause != null && cause != error; cause = cause.getCause()) {
      out.append("\nCaused by: ").append(cause);
      if (cause.getCause() == cause) {
        break;
      }
    }
    return out.toString();
  }
}
