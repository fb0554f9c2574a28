package io.obs.agent.saturation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.obs.agent.health.HealthResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestThreadsCheckTest {

  private static final long SECOND = 1_000_000_000L;

  private long now;
  private final RequestThreadsCheck check = new RequestThreadsCheck(3000, () -> now);

  private void at(long seconds, PoolSample... pools) {
    now = seconds * SECOND;
    check.observe(List.of(pools));
  }

  private static PoolSample tomcat(int busy, int queued) {
    return new PoolSample("tomcat", "http-nio-8080", 4, busy, 4, queued);
  }

  @Test
  void notReportedUntilAPoolIsSeen() {
    assertFalse(check.reported());
    at(0, tomcat(0, 0));
    assertTrue(check.reported());
    at(1);
    assertFalse(check.reported(), "a stopped pool is forgotten");
  }

  @Test
  void downOnlyOnceAllBusyWithWorkWaitingForTheWholeDuration() {
    at(0, tomcat(4, 2));
    at(1, tomcat(4, 3));
    at(2, tomcat(4, 2));
    assertTrue(check.check().isUp(), "saturated for 2 s of 3");
    at(3, tomcat(4, 2));
    HealthResult down = check.check();
    assertFalse(down.isUp());
    assertEquals(Map.of("thread_pool_name", "http-nio-8080", "webengine_name", "tomcat", "busy", 4, "idle", 0,
        "limit", 4, "queued", 2, "saturated_ms", 3000L, "for_ms", 3000L), down.data());
    at(4, tomcat(3, 0));
    assertTrue(check.check().isUp(), "UP at the first sample with a free thread");
    assertEquals(0L, check.check().data().get("saturated_ms"));
  }

  @Test
  void aFreeThreadOrAnEmptyQueueStartsTheDurationAgain() {
    at(0, tomcat(4, 1));
    at(1, tomcat(4, 0)); // all busy, nothing waiting: a pool at full use, not overloaded
    at(2, tomcat(4, 1));
    at(3, tomcat(3, 1));
    at(4, tomcat(4, 1));
    at(6, tomcat(4, 1));
    assertTrue(check.check().isUp());
    at(7, tomcat(4, 1));
    assertFalse(check.check().isUp());
  }

  @Test
  void aQueueReachingANewLowIsAPoolCatchingUpAndStartsTheDurationAgain() {
    at(0, tomcat(4, 10));
    at(3, tomcat(4, 9));
    assertTrue(check.check().isUp(), "shorter than when saturation began");
    at(4, tomcat(4, 12));
    at(5, tomcat(4, 9));
    assertTrue(check.check().isUp(), "back to its low, not below it: 2 s without progress");
    at(6, tomcat(4, 10));
    HealthResult down = check.check();
    assertFalse(down.isUp(), "3 s without progress");
    assertEquals(6000L, down.data().get("saturated_ms"), "saturated since the first sample");
  }

  @Test
  void aQueueDrainingStepByStepStaysUp() {
    for (int s = 0; s <= 10; s++) {
      at(s, tomcat(4, 20 - s));
      assertTrue(check.check().isUp(), "at " + s + " s");
    }
  }

  @Test
  void theOverloadedPoolIsTheOneDescribed() {
    PoolSample jetty = new PoolSample("jetty", "qtp1", 8, 8, 8, 5);
    at(0, tomcat(1, 0), jetty);
    at(3, tomcat(2, 0), jetty);
    HealthResult result = check.check();
    assertFalse(result.isUp());
    assertEquals("qtp1", result.data().get("thread_pool_name"));
  }

  @Test
  void aJettyThreadReservedForTheSelectorIsNoFreeThread() {
    // 4 threads of 4: 3 busy, 1 reserved (not busy, never takes queued jobs), 0 idle, 7 jobs waiting
    PoolSample reserved = new PoolSample("jetty", "qtp1", 4, 3, 0, 4, 7);
    at(0, reserved);
    at(3, reserved);
    HealthResult down = check.check();
    assertFalse(down.isUp(), down.data().toString());
    assertEquals(3, down.data().get("busy"));
    assertEquals(0, down.data().get("idle"));
    at(4, new PoolSample("jetty", "qtp1", 4, 3, 1, 4, 7));
    assertTrue(check.check().isUp(), "an idle thread takes the next queued job");
  }

  @Test
  void aPoolThatMayStillGrowIsNotSaturated() {
    PoolSample growing = new PoolSample("jetty", "qtp1", 3, 3, 0, 4, 2);
    at(0, growing);
    at(10, growing);
    assertTrue(check.check().isUp());
  }

  @Test
  void aPoolWithoutLimitIsNeverSaturated() {
    at(0, new PoolSample("tomcat", "virtual", 4, 4, -1, 3));
    at(10, new PoolSample("tomcat", "virtual", 4, 4, -1, 3));
    assertTrue(check.check().isUp());
  }
}
