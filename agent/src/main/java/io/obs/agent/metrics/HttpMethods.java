package io.obs.agent.metrics;

/**
 * The request methods the OpenTelemetry semantic conventions name; anything else is
 * {@code _OTHER}, so a client cannot create label values at will.
 */
public final class HttpMethods {

  static final String[] LABELS = {
    "GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "CONNECT", "QUERY", "_OTHER"
  };
  public static final int COUNT = LABELS.length;
  public static final int OTHER = COUNT - 1;

  private HttpMethods() {}

  /** Index into {@link #label}; exact, case-sensitive match as the conventions require. */
  public static int index(String method) {
    if (method == null) {
      return OTHER;
    }
    switch (method) {
      case "GET": return 0;
      case "POST": return 1;
      case "PUT": return 2;
      case "DELETE": return 3;
      case "HEAD": return 4;
      case "OPTIONS": return 5;
      case "PATCH": return 6;
      case "TRACE": return 7;
      case "CONNECT": return 8;
      case "QUERY": return 9;
      default: return OTHER;
    }
  }

  public static String label(int index) {
    return LABELS[index];
  }
}
