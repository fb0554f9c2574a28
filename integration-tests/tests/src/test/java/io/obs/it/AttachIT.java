package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.tools.attach.VirtualMachine;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The agent loaded into an application that is already serving ({@code Agent-Class}): the servlet
 * classes loaded long before are retransformed, and from then on every request is measured.
 */
class AttachIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final int REQUESTS = 25;

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void attachedAgentMeasuresARunningApplication(Jdk jdk) throws Exception {
    int appPort = Ports.free();
    int agentPort = Ports.free();
    try (AppProcess app = Container.JETTY12.app(jdk, appPort).withoutAgent().start()) {
      AppOutput.onFailure(app, () -> {
        app.awaitOutput(Container.STARTED, TIMEOUT);
        String plain = Container.base(appPort) + "/plain";
        assertEquals(200, Http.status(plain), "serves before the agent is there");

        VirtualMachine vm = VirtualMachine.attach(Long.toString(app.process().pid()));
        try {
          vm.loadAgent(Layout.agentJar().toString(), "obs.server.port=" + agentPort);
        } finally {
          vm.detach();
        }
        String agent = "http://127.0.0.1:" + agentPort;
        String metrics = agent + "/metrics";
        Poll.until(TIMEOUT, "every loaded class retransformed after attach",
            () -> "ready".equals(HealthJson.data(Http.get(agent + "/health/ready").body(), "serving", "instrumentation")));
        assertEquals(503, Http.status(agent + "/health/ready"), "no request seen since the attach: not known to serve");
        assertTrue(Scrape.of(metrics).sum("obs_agent_instrumented_classes_total", "instrumentation", "servlet") > 0);
        for (int i = 0; i < REQUESTS; i++) {
          assertEquals(200, Http.status(plain));
        }
        Double count = Scrape.of(metrics).value("http_server_request_duration_seconds_count",
            "error_type", "", "http_request_method", "GET", "http_response_status_code", "200", "http_route", "/app/plain");
        assertEquals(REQUESTS, count, "every request after the attach, none before");
        assertEquals(200, Http.status(agent + "/health/ready"), "a request was seen: serving");
      });
    }
  }
}
