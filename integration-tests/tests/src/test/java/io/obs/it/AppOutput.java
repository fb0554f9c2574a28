package io.obs.it;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The app's console as a test reads it: the agent's own lines, and the output attached to a failure. */
final class AppOutput {

  /** Every line the agent writes starts with this. */
  static final String AGENT_PREFIX = "obs-agent";
  static final String STARTED_LINE = "obs-agent 0.1.0-SNAPSHOT: service=";

  private static final int TAIL_CHARS = 20_000;

  interface Body {
    void run() throws Exception;
  }

  private AppOutput() {}

  /** The agent's lines that contain every one of {@code words}. */
  static List<String> agentLines(AppProcess app, String... words) {
    return Arrays.stream(app.output().split("\n"))
        .filter(line -> line.startsWith(AGENT_PREFIX))
        .filter(line -> Arrays.stream(words).allMatch(line::contains))
        .collect(Collectors.toList());
  }

  /** Runs {@code body}; a failure carries the end of the app's output, which usually says why. */
  static void onFailure(AppProcess app, Body body) throws Exception {
    try {
      body.run();
    } catch (Exception | AssertionError e) {
      String output = app.output();
      e.addSuppressed(new AssertionError("end of the app's output:\n"
          + output.substring(Math.max(0, output.length() - TAIL_CHARS))));
      throw e;
    }
  }
}
