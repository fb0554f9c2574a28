package io.obs.agent.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServingCheckTest {

  private final ServingCheck check = new ServingCheck();

  private String state() {
    HealthResult result = check.check();
    return (result.isUp() ? "UP " : "DOWN ") + result.data();
  }

  @Test
  void nameAndKind() {
    assertEquals("serving", check.name());
    assertEquals(HealthCheck.Kind.READINESS, check.kind());
  }

  @Test
  void startingIsDown() {
    assertEquals("DOWN {state=starting, instrumentation=starting}", state());
    check.instrumentationReady();
    assertEquals("DOWN {state=starting, instrumentation=ready}", state());
  }

  @Test
  void aRequestMeansServing() {
    check.instrumentationReady();
    check.requestSeen();
    assertEquals("UP {state=serving, instrumentation=ready}", state());
  }

  @Test
  void servingIsDownUntilTheInstrumentationIsReady() {
    check.containerStarted("tomcat");
    check.requestSeen();
    assertEquals("DOWN {state=serving, instrumentation=starting, container=tomcat}", state());
    check.instrumentationReady();
    assertEquals("UP {state=serving, instrumentation=ready, container=tomcat}", state());
  }

  @Test
  void containerStartedThenStopped() {
    check.instrumentationReady();
    check.containerStarted("tomcat");
    assertEquals("UP {state=serving, instrumentation=ready, container=tomcat}", state());
    check.requestSeen();
    assertEquals("UP {state=serving, instrumentation=ready, container=tomcat}", state());
    check.containerStopped("tomcat");
    assertEquals("DOWN {state=stopped, instrumentation=ready, container=tomcat}", state());
  }

  @Test
  void aRequestAfterStopDoesNotFlipItBackUp() {
    check.instrumentationReady();
    check.requestSeen();
    check.containerStopped("jetty");
    check.requestSeen();
    assertEquals("DOWN {state=stopped, instrumentation=ready, container=jetty}", state());
  }

  @Test
  void aRestartedContainerServesAgain() {
    check.instrumentationReady();
    check.containerStarted("tomcat");
    check.containerStopped("tomcat");
    check.containerStarted("jetty");
    assertEquals("UP {state=serving, instrumentation=ready, container=jetty}", state());
  }
}
