package io.obs.agent.health;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Readiness {@code serving}: DOWN until the servlet container has started accepting requests (its
 * start method returned, seen by the instrumentation) or a request was seen, and the agent's own
 * instrumentation is in place (so no request after "ready" goes unmeasured); DOWN again while the
 * container shuts down. Never a fixed delay.
 */
public final class ServingCheck implements HealthCheck {

  private enum State { STARTING, SERVING, STOPPED }

  private final AtomicReference<State> state = new AtomicReference<>(State.STARTING);
  private volatile String container = "";
  private volatile boolean instrumented;

  @Override
  public String name() {
    return "serving";
  }

  @Override
  public Kind kind() {
    return Kind.READINESS;
  }

  public void containerStarted(String containerType) {
    container = containerType;
    state.set(State.SERVING);
  }

  public void containerStopped(String containerType) {
    container = containerType;
    state.set(State.STOPPED);
  }

  /** Every class loaded so far that needs weaving is woven. */
  public void instrumentationReady() {
    instrumented = true;
  }

  /** A request reached the application: it serves, whatever container it runs in. */
  public void requestSeen() {
    if (state.get() == State.STARTING) {
      state.compareAndSet(State.STARTING, State.SERVING);
    }
  }

  @Override
  public HealthResult check() {
    State current = state.get();
    HealthResult result = HealthResult.of(current == State.SERVING && instrumented)
        .with("state", current.name().toLowerCase(java.util.Locale.ROOT))
        .with("instrumentation", instrumented ? "ready" : "starting");
    return container.isEmpty() ? result : result.with("container", container);
  }
}
