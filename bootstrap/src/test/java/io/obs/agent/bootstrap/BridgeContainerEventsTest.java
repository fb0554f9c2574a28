package io.obs.agent.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A container that starts before the runtime installs is not lost (readiness would wait for a request). */
class BridgeContainerEventsTest {

  private static final class Recording extends AgentHooks {
    final List<String> events = new ArrayList<>();

    @Override
    public void containerStarted(String container) {
      events.add("started " + container);
    }

    @Override
    public void containerStopped(String container) {
      events.add("stopped " + container);
    }
  }

  @Test
  void theLastContainerEventBeforeInstallIsHandedToTheRuntimeThenEventsFlowDirectly() {
    Bridge.containerStarted("tomcat");
    Bridge.containerStopped("tomcat");
    Bridge.containerStarted("jetty");
    Recording runtime = new Recording();
    Bridge.install(runtime);
    assertEquals(List.of("started jetty"), runtime.events);

    Bridge.containerStopped("jetty");
    assertEquals(List.of("started jetty", "stopped jetty"), runtime.events);
    Recording next = new Recording();
    Bridge.install(next);
    assertEquals(List.of("stopped jetty"), next.events);
  }
}
