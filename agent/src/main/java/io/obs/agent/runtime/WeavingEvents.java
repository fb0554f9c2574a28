package io.obs.agent.runtime;

import io.obs.agent.metrics.AgentMetrics;

/** Weaving outcomes, counted once the metrics exist (weaving can start a little before them). */
final class WeavingEvents {

  private volatile AgentMetrics metrics;

  void attach(AgentMetrics agentMetrics) {
    metrics = agentMetrics;
  }

  void weaving(String module, Throwable error) {
    AgentMetrics m = metrics;
    if (m != null) {
      m.error(AgentMetrics.Component.WEAVING, error);
    } else {
      System.err.println("obs-agent: weaving failed in " + module + ": " + error);
    }
  }

  void transformed(String module, String className) {
    AgentMetrics m = metrics;
    if (m != null) {
      m.instrumented(module);
    }
  }
}
