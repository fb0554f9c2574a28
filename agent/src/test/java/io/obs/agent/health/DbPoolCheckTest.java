package io.obs.agent.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DbPoolCheckTest {

  private static final long MS = 1_000_000;

  /** Pool name → start of its longest-waiting checkout (nanos), absent: nothing waits. */
  private final Map<String, Long> oldest = new LinkedHashMap<>();
  private final Map<String, Boolean> pools = new LinkedHashMap<>();
  private long now = 1_000_000 * MS;

  private final DbPoolCheck check = new DbPoolCheck(new DbPoolCheck.Pools() {
    @Override
    public boolean any() {
      return !pools.isEmpty();
    }

    @Override
    public Map<String, Long> longestWaits(long at) {
      Map<String, Long> waits = new LinkedHashMap<>();
      pools.keySet().forEach(p -> waits.put(p, oldest.containsKey(p) ? at - oldest.get(p) : 0L));
      return waits;
    }
  }, 500, 2000, () -> now);

  @Test
  void absentUntilThereIsAPool() {
    assertFalse(check.reported());
    pools.put("a", true);
    assertTrue(check.reported());
    HealthResult up = check.check();
    assertTrue(up.isUp());
    assertEquals(Map.of("pools", 1, "longest_wait_ms", 0L, "max_wait_ms", 500L, "for_ms", 2000L), up.data());
  }

  @Test
  void oneCheckoutStuckPastMaxWaitPlusForIsDownAtOnce() {
    pools.put("a", true);
    oldest.put("a", now - 2400 * MS);
    assertTrue(check.check().isUp());
    now += 100 * MS;
    HealthResult down = check.check();
    assertFalse(down.isUp());
    assertEquals("a", down.data().get("saturated_pool"));
    assertEquals(2500L, down.data().get("longest_wait_ms"));
    oldest.remove("a");
    assertTrue(check.check().isUp());
  }

  @Test
  void successiveSlowCheckoutsAddUpWhileEveryEvaluationFindsOneAndStartOverAfterOneThatDoesNot() {
    pools.put("a", true);
    pools.put("b", true);
    for (int i = 0; i < 3; i++) {
      oldest.put("a", now - 600 * MS);
      assertTrue(check.check().isUp(), "evaluation " + i);
      now += 900 * MS;
    }
    oldest.put("a", now - 600 * MS);
    HealthResult down = check.check();
    assertFalse(down.isUp());
    assertEquals("a", down.data().get("saturated_pool"));
    oldest.put("a", now - 100 * MS);
    assertTrue(check.check().isUp());
    now += 100 * MS;
    oldest.put("a", now - 600 * MS);
    assertTrue(check.check().isUp());
  }

  @Test
  void waitsUpToMaxWaitNeverCount() {
    pools.put("a", true);
    for (int i = 0; i < 100; i++) {
      oldest.put("a", now - 500 * MS);
      assertTrue(check.check().isUp());
      now += 1000 * MS;
    }
  }
}
