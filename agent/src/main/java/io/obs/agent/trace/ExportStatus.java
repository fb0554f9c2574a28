package io.obs.agent.trace;

import io.obs.agent.log.EventLog;
import java.io.PrintStream;

/**
 * One line when span export starts failing and one when it recovers, instead of a stack trace per
 * batch. Used by the single export thread only.
 */
final class ExportStatus {

  private final String endpoint;
  private final PrintStream err;
  private final EventLog events;
  private boolean down;
  private long failedBatches;

  ExportStatus(String endpoint, PrintStream err, EventLog events) {
    this.endpoint = endpoint;
    this.err = err;
    this.events = events;
  }

  void failed(Throwable cause) {
    failedBatches++;
    if (!down) {
      down = true;
      err.println("obs-agent: span export to " + endpoint + " is failing (" + describe(cause)
          + "); spans are dropped and counted in obs_agent_spans_dropped_total until it recovers");
      events.emit(EventLog.WARN, "exporter.failure", null, "exporter", "otlp", "url.full", endpoint,
          "error.type", cause == null ? null : (cause.getCause() != null ? cause.getCause() : cause).getClass().getName());
    }
  }

  /** The exporter wraps what went wrong (refused, timed out, HTTP status) in its own exception. */
  static String describe(Throwable cause) {
    if (cause == null) {
      return "rejected";
    }
    Throwable root = cause.getCause() != null ? cause.getCause() : cause;
    return root.getMessage() == null ? root.getClass().getName() : root.getClass().getName() + ": " + root.getMessage();
  }

  void succeeded() {
    if (down) {
      down = false;
      err.println("obs-agent: span export to " + endpoint + " recovered after " + failedBatches + " failed batches");
      events.emit(EventLog.INFO, "exporter.recovered", null, "exporter", "otlp", "url.full", endpoint,
          "failed_batches", failedBatches);
      failedBatches = 0;
    }
  }

  boolean down() {
    return down;
  }
}
