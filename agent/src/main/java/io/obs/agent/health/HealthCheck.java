package io.obs.agent.health;

/** One MicroProfile Health check, computed from what the agent observes. */
public interface HealthCheck {

  /** Liveness checks decide {@code /health/live}, readiness checks {@code /health/ready}. */
  enum Kind { LIVENESS, READINESS }

  String name();

  Kind kind();

  HealthResult check();

  /** False while the check has nothing to say (e.g. {@code db} before the first JDBC call): it is left out. */
  default boolean reported() {
    return true;
  }
}
