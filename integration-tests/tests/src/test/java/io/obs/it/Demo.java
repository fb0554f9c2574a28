package io.obs.it;

import java.nio.file.Paths;
import java.time.Duration;

/** The demo jar under the agent, its spans exported to a test receiver: what the tracing and event-log ITs share. */
final class Demo {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private Demo() {}

  /** App on {@code port}, agent endpoint on {@code agentPort}, spans to {@code otlpEndpoint} within 100 ms. */
  static AppProcess.Builder exportingTo(String otlpEndpoint, String serviceName, int port, int agentPort) {
    return AppProcess.builder("demo", null)
        .jar(Paths.get(System.getProperty("it.demo.jar", "../demo/target/obs-demo.jar")))
        .property("obs.service.name", serviceName)
        .property("obs.server.port", agentPort)
        .property("obs.exporter.otlp.endpoint", otlpEndpoint)
        .property("obs.traces.export.delay", "100ms")
        .args(String.valueOf(port));
  }

  /** The same, in the receiver's protocol (obs.exporter.otlp.protocol). */
  static AppProcess.Builder exportingTo(OtlpReceiver receiver, String serviceName, int port, int agentPort) {
    return exportingTo(receiver.endpoint(), serviceName, port, agentPort)
        .property("obs.exporter.otlp.protocol", receiver.protocol().value());
  }

  /** Waits for /health/ready; fails with the app's output if it exited. */
  static AppProcess awaitReady(AppProcess app, int agentPort) {
    Poll.until(TIMEOUT, app + " ready", () -> {
      if (!app.isAlive()) {
        throw new AssertionError("exited:\n" + app.output());
      }
      return Http.status("http://127.0.0.1:" + agentPort + "/health/ready") == 200;
    });
    return app;
  }
}
