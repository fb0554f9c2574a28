package io.obs.it;

import java.time.Duration;

/**
 * An app without a servlet container, driven over its own small control port, under the agent on
 * a free port: started, its ready line printed, the agent's start-up finished.
 */
public final class ControlledApp implements AutoCloseable {

  public final AppProcess process;
  /** Base URL of the app's control endpoint. */
  public final String control;
  /** Base URL of the agent's endpoint. */
  public final String agent;

  private ControlledApp(AppProcess process, String control, String agent) {
    this.process = process;
    this.control = control;
    this.agent = agent;
  }

  /** Adds the agent port and the control port (the app's first argument) to {@code builder}. */
  public static ControlledApp start(AppProcess.Builder builder, String readyLine, Duration timeout) {
    int controlPort = Ports.free();
    int agentPort = Ports.free();
    AppProcess process = builder.property("obs.server.port", agentPort).args(String.valueOf(controlPort)).start();
    ControlledApp app = new ControlledApp(process, "http://127.0.0.1:" + controlPort, "http://127.0.0.1:" + agentPort);
    try {
      process.awaitOutput(readyLine, timeout);
      process.awaitOutput("obs-agent 0.1.0-SNAPSHOT: service=", timeout);
      AgentStarted.await(app.agent, timeout);
      return app;
    } catch (RuntimeException | Error e) {
      process.close();
      throw e;
    }
  }

  @Override
  public void close() {
    process.close();
  }
}
