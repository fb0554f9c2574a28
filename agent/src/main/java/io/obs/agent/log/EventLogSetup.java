package io.obs.agent.log;

import io.obs.agent.config.AgentConfig;
import io.obs.agent.config.Settings;
import io.obs.agent.redact.Redactor;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Paths;

/** Builds the {@link EventLog} {@code obs.log.target} names, and its drop counter. */
public final class EventLogSetup {

  private EventLogSetup() {}

  /**
   * @param out the application's standard output as it was when the agent started
   * @param err where to say that a log file cannot be opened
   */
  public static EventLog create(AgentConfig config, String serviceName, PrometheusRegistry registry, PrintStream out,
      PrintStream err, Redactor redactor) {
    String target = config.get(Settings.LOG_TARGET);
    if (target.equals("none")) {
      return EventLog.none();
    }
    EventSink sink;
    if (target.equals("stdout")) {
      sink = EventSink.stream(out);
    } else if (target.equals("stderr")) {
      sink = EventSink.stream(err);
    } else {
      String path = target.substring("file:".length());
      try {
        sink = EventSink.rotatingFile(Paths.get(path), config.get(Settings.LOG_FILE_MAX_SIZE),
            config.get(Settings.LOG_FILE_MAX_FILES));
      } catch (IOException | RuntimeException e) {
        err.println("obs-agent: cannot open the event log file " + path + " (" + e + "); writing events to stdout");
        sink = EventSink.stream(out);
      }
    }
    Counter dropped = Counter.builder()
        .name("obs_agent_log_events_dropped_total")
        .help("Events the event log dropped: its queue (obs.log.queue.size) was full, or the target failed.")
        .register(registry);
    return new EventLog(sink, new EventFormat(serviceName, redactor), config.get(Settings.LOG_QUEUE_SIZE), dropped.labelValues(), err);
  }
}
