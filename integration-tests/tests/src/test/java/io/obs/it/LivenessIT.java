package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A plain Java main deadlocks two thread pairs (monitors and ReentrantLocks) on cue: liveness goes
 * from 200 to 503 with the {@code deadlock} check DOWN naming all four threads, and so does /health.
 */
class LivenessIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Set<String> DEADLOCKED = Set.of("monitor-a", "monitor-b", "lock-a", "lock-b");

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void deadlockTurnsLivenessDown(Jdk jdk) throws IOException {
    int port = Ports.free();
    // no servlet container here: readiness's "serving" check is off so /health can be UP before the deadlock
    try (AppProcess app = AppProcess.builder("deadlock", "io.obs.it.deadlock.DeadlockApp").jdk(jdk)
        .property("obs.server.port", port).property("obs.health.serving.enabled", false).start()) {
      app.awaitOutput("obs-agent 0.1.0-SNAPSHOT: service=", TIMEOUT);
      app.awaitOutput("deadlock app waiting", TIMEOUT);
      String base = "http://127.0.0.1:" + port;

      HttpResponse<String> live = Http.get(base + "/health/live");
      assertEquals(200, live.statusCode(), live.body());
      assertEquals("UP", HealthJson.check(live.body(), "deadlock"), live.body());
      assertEquals("0", HealthJson.data(live.body(), "deadlock", "deadlocked_threads"), live.body());
      assertEquals(200, Http.status(base + "/health"));

      OutputStream stdin = app.process().getOutputStream();
      stdin.write("go\n".getBytes(StandardCharsets.UTF_8));
      stdin.flush();
      Poll.until(TIMEOUT, "/health/live 503 naming " + DEADLOCKED, () -> {
        HttpResponse<String> r = Http.get(base + "/health/live");
        return r.statusCode() == 503 && DEADLOCKED.equals(threadsNamed(r.body()));
      });

      live = Http.get(base + "/health/live");
      assertEquals(503, live.statusCode(), live.body());
      assertTrue(live.body().startsWith("{\"status\":\"DOWN\""), live.body());
      assertEquals("DOWN", HealthJson.check(live.body(), "deadlock"), live.body());
      assertEquals("4", HealthJson.data(live.body(), "deadlock", "deadlocked_threads"), live.body());
      HttpResponse<String> all = Http.get(base + "/health");
      assertEquals(503, all.statusCode(), all.body());
      assertEquals("DOWN", HealthJson.check(all.body(), "deadlock"), all.body());
      assertEquals(200, Http.status(base + "/health/ready"), "a deadlock is a liveness matter only");
    }
  }

  private static Set<String> threadsNamed(String body) {
    String threads = HealthJson.data(body, "deadlock", "threads");
    return threads == null ? Set.of() : Arrays.stream(threads.split(", ")).collect(Collectors.toSet());
  }
}
