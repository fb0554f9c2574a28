package io.obs.agent.methods;

import io.obs.agent.health.HealthCheck;
import io.obs.agent.health.HealthResult;

/**
 * {@code methods}: always UP (a pattern that matches nothing is a configuration matter, not a
 * reason to take the application out of service); its data say what is instrumented and which
 * patterns match no method so far.
 */
final class MethodsCheck implements HealthCheck {

  private final MethodTable table;

  MethodsCheck(MethodTable table) {
    this.table = table;
  }

  @Override
  public String name() {
    return "methods";
  }

  @Override
  public Kind kind() {
    return Kind.READINESS;
  }

  @Override
  public HealthResult check() {
    return HealthResult.up()
        .with("instrumented_methods", table.size())
        .with("classes", table.instrumented())
        .with("unmatched_patterns", String.join("; ", table.unmatched()));
  }
}
