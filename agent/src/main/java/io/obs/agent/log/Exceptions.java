package io.obs.agent.log;

/** {@code exception.type}, {@code exception.message}, {@code exception.stacktrace} (bounded) of an event. */
final class Exceptions {

  static final int MAX_FRAMES = 20;

  private Exceptions() {}

  /** The three attributes, key then value, for an event's attribute list. */
  static Object[] attributes(Throwable error) {
    return new Object[] {"exception.type", error.getClass().getName(), "exception.message", error.getMessage(),
        "exception.stacktrace", stackTrace(error)};
  }

  /** The class and message line, then at most {@link #MAX_FRAMES} frames, then the causes' first lines. */
  static String stackTrace(Throwable error) {
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
