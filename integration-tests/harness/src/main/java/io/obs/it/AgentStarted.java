package io.obs.it;

import java.time.Duration;

/**
 * Waits until the agent has finished starting: its weaving is in place for every class loaded so
 * far. The start line comes earlier (as soon as the endpoint listens), so an app without a servlet
 * container, whose readiness says nothing about weaving, waits for this before sending work.
 */
public final class AgentStarted {

  private AgentStarted() {}

  /** Polls {@code <agent>/metrics} until {@code obs_agent_startup_seconds{phase="background"}} is set. */
  public static void await(String agentBaseUrl, Duration timeout) {
    Poll.until(timeout, "the agent's background start-up to finish", () ->
        !Scrape.of(agentBaseUrl + "/metrics").samples("obs_agent_startup_seconds").stream()
            .filter(s -> "background".equals(s.labels.get("phase"))).findAny().isEmpty());
  }
}
