package io.obs.agent.metrics;

/** The label values of HTTP status codes 0..999, made once so recording never formats a number. */
final class StatusCodes {

  private static final String[] LABELS = new String[1000];

  static {
    for (int i = 0; i < LABELS.length; i++) {
      LABELS[i] = Integer.toString(i);
    }
  }

  private StatusCodes() {}

  /** @param status 0..999 */
  static String label(int status) {
    return LABELS[status];
  }
}
